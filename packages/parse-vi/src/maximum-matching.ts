import type { Lexicon } from './lexicon.js'
import type { Syllable } from './syllables.js'

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
    words[index] = Number.POSITIVE_INFINITY
    // Shorter first words are tried first and kept on a tie: like backward
    // maximum matching, a tie goes to the longer word further right
    // (`bị cáo_buộc`, `lần đầu_tiên`), which is right more often.
    for (let length = 1; length <= Math.min(lexicon.longest, count - index); length++) {
      if (length > 1 && !isLexiconWord(chain, index, length, lexicon)) continue
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

/**
 * Whether `length` syllables from `index` spell a lexicon word, in a case the
 * word allows: a common word may be capitalised on its first syllable only
 * (sentence start, title), so `Thành Công` inside a name is not `thành công`.
 */
function isLexiconWord(chain: readonly Syllable[], index: number, length: number, lexicon: Lexicon): boolean {
  const span = chain.slice(index, index + length)
  const entry = lexicon.entries.get(span.map((syllable) => syllable.key).join(' '))
  if (entry === undefined || entry.length !== length) return false
  return entry.proper || span.slice(1).every((syllable) => !syllable.capitalised)
}
