// Reading FreeDict dictionaries as Debian installs them (dictd format:
// NAME.index + NAME.dict.dz), for the generators of the committed
// English–French tables.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'

/** One headword of a dictd dictionary and its translations, one string each. */
export interface DictdEntry {
  headword: string
  translations: string[]
}

export interface Dictd {
  name: string
  /** The edition its header states (`0.1.6`, `2022.11.18`, `1.9-fd1`). */
  edition: string
  entries: DictdEntry[]
}

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
function decodeNumber(text: string): number {
  let value = 0
  for (const character of text) value = value * 64 + base64.indexOf(character)
  return value
}

/** Whether `folder` holds the dictd files of `name` (e.g. `freedict-deu-fra`). */
export function hasDictd(folder: string, name: string): boolean {
  return existsSync(join(folder, `${name}.dict.dz`)) && existsSync(join(folder, `${name}.index`))
}

/**
 * The entries of a dictd dictionary. FreeDict writes three layouts: Ergane's
 * (headword line, translations on the next lines), WikDict's (one line per
 * sense, numbered when there are several, each optionally followed by a
 * definition in the source language, which is not a translation) and
 * Ding's (one line of translations, then indented examples, synonyms and
 * cross-references). The translations are the numbered lines where there
 * are any, else the first line after the headword (Ergane's other lines
 * included when `allLines`).
 */
export function readDictd(folder: string, name: string, options: { allLines?: boolean } = {}): Dictd {
  const data = gunzipSync(readFileSync(join(folder, `${name}.dict.dz`)))
  const entries: DictdEntry[] = []
  let edition = ''
  for (const line of readFileSync(join(folder, `${name}.index`), 'utf8').split('\n')) {
    const [word, offset, length] = line.split('\t')
    if (word === undefined || offset === undefined || length === undefined) continue
    const start = decodeNumber(offset)
    const text = data.subarray(start, start + decodeNumber(length)).toString('utf8')
    if (word.startsWith('00database')) {
      edition ||= /Edition:\s*(\S+)/.exec(text)?.[1] ?? ''
      continue
    }
    const [first = '', ...rest] = text.split('\n')
    const headword = first.replace(/\s*\/[^/]*\/.*$/, '').replace(/\s*<[^>]*>.*$/, '').replace(/‐/g, '-').trim()
    const numbered = rest.filter((sense) => /^\d+\.\s/.test(sense))
    const lines = numbered.length > 0 ? numbered : options.allLines === true ? rest.filter((sense) => !/^\s/.test(sense)) : rest.slice(0, 1)
    const translations = lines.flatMap(splitTranslations)
    if (headword !== '' && translations.length > 0) entries.push({ headword, translations })
  }
  return { name, edition, entries }
}

/** The translations of one sense line: labels, grammar and bracketed notes dropped, split at commas and semicolons. */
function splitTranslations(line: string): string[] {
  return line
    .replace(/^\s*\d+\.\s*/, '')
    .replace(/<[^>]*>|\[[^\]]*\]|\{[^}]*\}|\([^)]*\)/g, ' ')
    .split(/\s*[,;]\s*/)
    .map((part) => part.replace(/\s+/g, ' ').replace(/‐/g, '-').trim())
    .filter((part) => /\p{L}/u.test(part))
}
