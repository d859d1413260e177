import { readFileSync } from 'node:fs'
import { hanCharacters } from './han-characters.js'

let table: Map<string, string[]> | undefined

/**
 * The Vietnamese readings table (data/sino-vietnamese.txt, derived from
 * Unihan's kVietnamese by scripts/generate-sino-vietnamese.ts), read on
 * first use only: about 100 KB that most runs never need. It ships inside
 * the package, beside src/ and dist/ alike.
 */
function loadTable(): Map<string, string[]> {
  if (table) return table
  const text = readFileSync(new URL('../data/sino-vietnamese.txt', import.meta.url), 'utf8')
  const loaded = new Map<string, string[]>()
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line.length === 0) continue
    const [character, readings] = line.split('\t')
    if (character !== undefined && readings !== undefined) loaded.set(character, readings.split(' '))
  }
  table = loaded
  return table
}

/**
 * The Vietnamese readings of each Han character of `text` (other characters
 * are skipped), as Unihan lists them (习 → ['tập'], 近 → ['cận']). A
 * character Unihan gives no reading for has an empty list.
 */
export function toSinoVietnamese(text: string): string[][] {
  const readings = loadTable()
  return hanCharacters(text).map((character) => [...(readings.get(character) ?? [])])
}
