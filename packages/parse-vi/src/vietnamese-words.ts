import type { Span } from '@renderings/types'
import { getLexicon } from './lexicon.js'
import { maximumMatching } from './maximum-matching.js'
import { groupProperNames } from './proper-name-grouping.js'
import { findSyllableChains } from './syllables.js'

/** A Vietnamese word: one or more syllables, with offsets into the original text. */
export interface VietnameseWord extends Span {
  /** The original text of `[start, end)`, spaces between syllables included. */
  text: string
  /** The syllables, as written. */
  syllables: string[]
}

/**
 * Every word of `text`, single syllables included: maximum matching over
 * the built-in lexicon, then capitalised syllables grouped into names.
 * Offsets are into `text` plus `offset`. Digits and punctuation are in no word.
 */
export function segmentVietnamese(text: string, offset = 0): VietnameseWord[] {
  const lexicon = getLexicon()
  const words: VietnameseWord[] = []
  for (const chain of findSyllableChains(text)) {
    let index = 0
    for (const length of groupProperNames(chain, maximumMatching(chain, lexicon), lexicon)) {
      const first = chain[index]!
      const last = chain[index + length - 1]!
      words.push({
        start: first.start + offset,
        end: last.end + offset,
        text: text.slice(first.start, last.end),
        syllables: chain.slice(index, index + length).map((syllable) => syllable.text)
      })
      index += length
    }
  }
  return words
}

/**
 * The words of several syllables in `text` (`điện đàm`, `đất hiếm`,
 * `Tập Cận Bình`), with offsets into `text` plus `offset`.
 */
export function findVietnameseWords(text: string, offset = 0): VietnameseWord[] {
  return segmentVietnamese(text, offset).filter((word) => word.syllables.length > 1)
}
