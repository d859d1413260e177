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
