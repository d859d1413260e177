import type { LanguageCode } from '@renderings/types'

/** What a document's file name says about it: `20minutes.fr.txt`, `afp.2023-04-26.zh-Hant.txt`. */
export interface FileNameInfo {
  /** The part before the first dot: `20minutes`. */
  outlet: string
  /** ISO 639-1 codes from a language tag (`fr`, `zh-Hant` → zh, `zh-en` → zh and en); empty when none. */
  languages: LanguageCode[]
  /** The language tag as written (`zh-Hant`), when there is one. */
  languageTag?: string
  /** An ISO date written as a part (`2023-04-26`, `2023-04`, `2023`), when there is one. */
  date?: string
}

// A language tag as file names carry it: a two-letter primary code, then
// subtags that are a script (`Hant`), a region (`BR`) or, lower case, a
// second language of a bilingual page (`zh-en`).
const languageTag = /^[a-z]{2}(?:-(?:[A-Z][a-z]{3}|[A-Z]{2}|[a-z]{2}))*$/u
const isoDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u

/**
 * Read a file name as `<outlet>[.<date>][.<language tag>].txt`: the outlet
 * is the first dot-separated part; a later part that is a language tag gives
 * the languages, one that is an ISO date the date. Anything else in the
 * name is ignored (`news-24-a.fr.txt` is outlet `news-24-a`, French).
 */
export function describeFileName(name: string): FileNameInfo {
  const stem = name.replace(/\.txt$/iu, '')
  const parts = stem.split('.')
  const outlet = parts[0] === '' || parts[0] === undefined ? stem : parts[0]
  const info: FileNameInfo = { outlet, languages: [] }
  for (const part of parts.slice(1)) {
    if (info.languageTag === undefined && languageTag.test(part)) {
      info.languageTag = part
      info.languages = languagesOfTag(part)
    } else if (info.date === undefined && isoDate.test(part) && isRealDate(part)) info.date = part
  }
  return info
}

/**
 * The ISO 639-1 codes a language tag names: its primary language and any
 * lower-case two-letter subtag (a second language: `zh-en` is a bilingual
 * Chinese–English page). Scripts and regions add nothing.
 */
export function languagesOfTag(tag: string): LanguageCode[] {
  const codes: LanguageCode[] = []
  for (const [position, part] of tag.split(/[-_]/u).entries()) {
    const code = part.toLowerCase()
    if ((position === 0 || part === code) && /^[a-z]{2}$/u.test(code) && !codes.includes(code)) codes.push(code)
  }
  return codes
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a day, month or year that exists. */
export function isRealDate(value: string): boolean {
  if (!isoDate.test(value)) return false
  const [year, month = '01', day = '01'] = value.split('-')
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year}-${month}-${day}`)
}
