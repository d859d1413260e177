import { vietnameseStopwords } from './stopwords.js'

/** A Vietnamese syllable with offsets into the original document. */
export interface Syllable {
  start: number
  end: number
  text: string
  /** Lower case NFC: tones are kept, they tell words apart. */
  folded: string
  stop: boolean
  number: boolean
}

const syllablePattern = /[\p{L}\p{M}]+|\p{N}+(?:[/.,]\p{N}+)*/gu

/** Syllables of Vietnamese text, offsets relative to `base`. */
export function tokenizeVietnamese(text: string, base = 0): Syllable[] {
  const syllables: Syllable[] = []
  for (const match of text.matchAll(syllablePattern)) {
    const start = (match.index ?? 0) + base
    const folded = match[0].normalize('NFC').toLowerCase()
    const number = /^\p{N}/u.test(folded)
    syllables.push({ start, end: start + match[0].length, text: match[0], folded, stop: vietnameseStopwords.has(folded), number })
  }
  return syllables
}
