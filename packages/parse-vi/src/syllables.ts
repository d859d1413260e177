import { SyllableKeys } from './word-list.js'

const syllableKeys = new SyllableKeys()

/** One syllable of the text (a run of letters and combining marks). */
export interface Syllable {
  start: number
  end: number
  text: string
  key: string
  capitalised: boolean
}

/**
 * Chains of syllables that may form words together: consecutive syllables
 * separated only by spaces (ASCII or no-break, no line break). Anything else
 * between two syllables (punctuation, a hyphen, a digit, a line break) ends
 * the chain, because Vietnamese writes the syllables of a word apart by one
 * space and nothing else.
 */
export function findSyllableChains(text: string): Syllable[][] {
  const chains: Syllable[][] = []
  let chain: Syllable[] = []
  let previousEnd = -1
  for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const start = match.index
    const syllableText = match[0]
    const linked = previousEnd >= 0 && /^[ \u00a0\u202f]+$/u.test(text.slice(previousEnd, start))
    // A syllable glued to digits (`5h`, `G7`) is not a syllable of a word.
    const glued = /\p{N}/u.test(text[start - 1] ?? '') || /\p{N}/u.test(text[start + syllableText.length] ?? '')
    if (!linked || glued) {
      if (chain.length > 0) chains.push(chain)
      chain = []
    }
    if (glued) {
      previousEnd = -1
      continue
    }
    chain.push({
      start,
      end: start + syllableText.length,
      text: syllableText,
      key: syllableKeys.of(syllableText),
      capitalised: isCapitalised(syllableText)
    })
    previousEnd = start + syllableText.length
  }
  if (chain.length > 0) chains.push(chain)
  return chains
}

/**
 * A capital followed by lower case, or a lone capital. Words in capitals
 * throughout (`TP`, `ASEAN`, a headline in capitals) are not names by case.
 */
function isCapitalised(syllable: string): boolean {
  const composed = syllable.normalize('NFC')
  return /^\p{Lu}/u.test(composed) && (composed.length === 1 || /\p{Ll}/u.test(composed.slice(1)))
}
