/**
 * Fold a word for comparison across languages: lower case, no diacritics,
 * and the few letters that decomposition leaves alone spelled out
 * (đ → d, ß → ss, œ → oe, æ → ae, ø → o, ł → l).
 */
export function fold(word: string): string {
  const lowered = word.toLowerCase()
  // Plain ASCII needs no decomposition: the common case, kept fast.
  if (/^[\x00-\x7f]*$/.test(lowered)) return lowered
  return lowered
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đðßœæøł]/g, (letter) => foldedLetters[letter] ?? letter)
}

const foldedLetters: Record<string, string> = { đ: 'd', ð: 'd', ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', ł: 'l' }
