/**
 * A language tag as the glossary stores it (`fr`, `zh-Hans`), or undefined
 * when it is not a two-letter ISO 639-1 code with an optional subtag.
 */
export function languageTag(raw: string): string | undefined {
  const match = /^([A-Za-z]{2})(?:[-_]([A-Za-z]{4}|[A-Za-z]{2}|\d{3}))?$/.exec(raw.trim())
  if (match === null) return undefined
  const primary = match[1]!.toLowerCase()
  const subtag = match[2]
  if (subtag === undefined) return primary
  return subtag.length === 4 ? `${primary}-${subtag[0]!.toUpperCase()}${subtag.slice(1).toLowerCase()}` : `${primary}-${subtag.toUpperCase()}`
}

/**
 * Why a language tag is refused, for the error. The glossary holds ISO 639-1
 * codes by design (every package of the toolkit speaks them, and the store
 * refuses anything else), so a termbase's ISO 639-2/3 codes, such as IATE's
 * `mul` (terms common to several languages: Latin names, symbols), are named
 * for what they are rather than called unknown.
 */
export function unknownLanguage(raw: string): string {
  if (/^[A-Za-z]{3}(?:[-_]|$)/.test(raw.trim())) {
    return `language "${raw}" is an ISO 639-2/3 code: the glossary holds ISO 639-1 codes (fr, vi, zh, en…), optionally with a script or region`
  }
  return `unknown language "${raw}"`
}
