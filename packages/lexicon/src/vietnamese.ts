import { toSinoVietnamese, vietnameseToneKey } from '@renderings/transliterate'

/**
 * Vietnamese is written a syllable at a time, and its words are runs of
 * syllables (`chủ quyền`, `đất hiếm`). A Vietnamese segment's syllables
 * carry the keys of every run of up to `maxRun` syllables they belong to,
 * so a Chinese word meets the run that renders it, whatever the words
 * around it: `vi:` and the syllables keyed with their tones, wherever the
 * tone mark sits (`hòa` = `hoà`).
 */
export const maxRun = 4

/** The key of a run of syllables. */
export function runKey(syllables: readonly string[]): string {
  return `vi:${syllables.join(' ')}`
}

/** Tone keys of the syllables of a Vietnamese text (letters, digits and marks between separators). */
export function syllablesOf(text: string): string[] {
  return text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((part) => part.length > 0)
    .map(vietnameseToneKey)
}

/**
 * The keys a Vietnamese rendering links through: the whole rendering when
 * it is a run short enough for a segment's keys, else each of its runs of
 * `maxRun` syllables.
 */
export function vietnameseKeys(text: string): string[] {
  const syllables = syllablesOf(text)
  if (syllables.length === 0) return []
  if (syllables.length <= maxRun) return [runKey(syllables)]
  const keys: string[] = []
  for (let start = 0; start + maxRun <= syllables.length; start++) keys.push(runKey(syllables.slice(start, start + maxRun)))
  return [...new Set(keys)]
}

/** Most reading combinations kept for a word whose characters have several readings. */
const maxReadings = 8

/** A Sino-Vietnamese reading: its syllables as written, and as keyed. */
export interface Reading {
  syllables: string[]
  keys: string[]
}

/**
 * The Sino-Vietnamese readings of a Chinese word, a syllable per character
 * (共产党 → `cộng sản đảng`, 主权 → `chủ quyền`), every combination of
 * the characters' readings up to `maxReadings`, the usual ones first; empty
 * when a character has none.
 */
export function sinoVietnameseReadings(han: string): Reading[] {
  let combinations: Reading[] = [{ syllables: [], keys: [] }]
  for (const options of toSinoVietnamese(han)) {
    if (options.length === 0) return []
    const distinct = new Map<string, string>()
    for (const option of options) if (!distinct.has(vietnameseToneKey(option))) distinct.set(vietnameseToneKey(option), option.normalize('NFC'))
    combinations = combinations
      .flatMap((prefix) => [...distinct].map(([key, syllable]) => ({ syllables: [...prefix.syllables, syllable], keys: [...prefix.keys, key] })))
      .slice(0, maxReadings)
  }
  return combinations[0]!.keys.length === 0 ? [] : combinations
}
