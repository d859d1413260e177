import type { Span } from '@renderings/types'

// A Chinese passage: Han characters with the Chinese punctuation between them.
const hanRun = /\p{Script=Han}(?:[\p{Script=Han}，、·：；“”‘’0-9]*\p{Script=Han})?/gu

/** Chinese passages of a text (offsets relative to `base`), at least `minLength` long. */
export function findHanRuns(text: string, base = 0, minLength = 2): Array<Span & { text: string }> {
  const runs: Array<Span & { text: string }> = []
  for (const match of text.matchAll(hanRun)) {
    if (match[0].length < minLength) continue
    const start = (match.index ?? 0) + base
    runs.push({ start, end: start + match[0].length, text: match[0] })
  }
  return runs
}

/** The original without spaces and punctuation: the key that groups quotations of one statement. */
export function originalKey(text: string): string {
  return text.replace(/[^\p{Script=Han}\p{N}]/gu, '')
}
