import type { Lexicon } from './lexicon.js'
import type { Syllable } from './syllables.js'
import { spellingMatches } from './word-list.js'

/**
 * Maximum matching over one chain of syllables: the split into lexicon words
 * and single syllables with the fewest words; among equals, the one whose
 * word lengths vary least (the MMSEG rules of Chen & Liu, 1992, here by
 * dynamic programming so the whole chain is considered, not a greedy prefix).
 * Returns the lengths, in syllables, of the words in order.
 */
export function maximumMatching(chain: readonly Syllable[], lexicon: Lexicon): number[] {
  const count = chain.length
  // best[i]: the best split of chain[i..]: word count, sum of squared lengths, first length.
  const words = new Array<number>(count + 1).fill(0)
  const squares = new Array<number>(count + 1).fill(0)
  const first = new Array<number>(count + 1).fill(0)
  for (let index = count - 1; index >= 0; index--) {
    // A single syllable is always a word.
    words[index] = 1 + words[index + 1]!
    squares[index] = 1 + squares[index + 1]!
    first[index] = 1
    // Longer words, as long as the keys so far begin a lexicon word. Shorter
    // first words are tried first and kept on a tie: like backward maximum
    // matching, a tie goes to the longer word further right (`bị cáo_buộc`,
    // `lần đầu_tiên`), which is right more often.
    let key = chain[index]!.key
    let capitals = chain[index]!.capitalised ? 1 : 0
    for (let length = 2; length <= Math.min(lexicon.longest, count - index); length++) {
      const syllable = chain[index + length - 1]!
      key += ' ' + syllable.key
      if (syllable.capitalised) capitals |= 1 << (length - 1)
      const spellings = lexicon.entries.get(key)
      if (spellings === undefined) break
      if (spellings === null || !(typeof spellings === 'number' ? spellingMatches(spellings, capitals) : spellings.some((spelling) => spellingMatches(spelling, capitals)))) continue
      const totalWords = 1 + words[index + length]!
      const totalSquares = length * length + squares[index + length]!
      // Fewer words wins; between equal counts over the same syllables, the
      // smaller sum of squares is the more even split.
      if (totalWords < words[index]! || (totalWords === words[index]! && totalSquares < squares[index]!)) {
        words[index] = totalWords
        squares[index] = totalSquares
        first[index] = length
      }
    }
  }
  const lengths: number[] = []
  for (let index = 0; index < count; index += first[index]!) lengths.push(first[index]!)
  return lengths
}
