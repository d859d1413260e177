/**
 * Fold a word for comparison across languages: lower case, no diacritics,
 * and the few letters that decomposition leaves alone spelled out
 * (đ → d, ß → ss, œ → oe, æ → ae, ø → o, ł → l).
 */
export function fold(word: string): string {
  // One Chinese character (the aligner's token for Chinese) has no case,
  // marks nor decomposition in the unified blocks: it is its own fold.
  // (The compatibility ideographs, U+F900 on, do decompose: not here.)
  if (word.length === 1) {
    const code = word.charCodeAt(0)
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return word
  }
  const lowered = word.toLowerCase()
  // Plain ASCII needs no decomposition: the common case, kept fast.
  if (/^[\x00-\x7f]*$/.test(lowered)) return lowered
  // Other words recur (names, inflections): decompose each once.
  const known = cache.get(lowered)
  if (known !== undefined) return known
  const folded = lowered
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đðßœæøł]/g, (letter) => foldedLetters[letter] ?? letter)
  if (cache.size >= cacheLimit) cache.clear()
  cache.set(lowered, folded)
  return folded
}

const cache = new Map<string, string>()
/** Bounded, so a huge vocabulary cannot grow the cache without end. */
const cacheLimit = 50_000

const foldedLetters: Record<string, string> = { đ: 'd', ð: 'd', ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', ł: 'l' }
