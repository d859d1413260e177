/**
 * Which characters make up words for the boundary test of Latin-script
 * terms: letters, digits and combining marks, except Han, kana and other
 * scripts written without spaces (a French term right after a Chinese
 * quotation still starts a word; a Chinese term needs no boundary at all).
 */

const wordPattern = /^[\p{L}\p{N}\p{M}]$/u
const spacelessPattern = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u

// 0 = not computed, 1 = word character, 2 = not.
const table = new Uint8Array(0x10000)

/** Whether a UTF-16 code unit is part of a space-delimited word. Surrogates count as not. */
export function isWordUnit(unit: number): boolean {
  let known = table[unit]!
  if (known === 0) {
    const character = String.fromCharCode(unit)
    known = wordPattern.test(character) && !spacelessPattern.test(character) ? 1 : 2
    table[unit] = known
  }
  return known === 1
}

const letterPattern = /^\p{L}$/u
// 0 = not computed, 1 = letter, 2 = not.
const letters = new Uint8Array(0x10000)

/** Whether a code point is a letter (`\p{L}`). */
export function isLetter(codePoint: number): boolean {
  if (codePoint >= 0x10000) return letterPattern.test(String.fromCodePoint(codePoint))
  let known = letters[codePoint]!
  if (known === 0) {
    known = letterPattern.test(String.fromCharCode(codePoint)) ? 1 : 2
    letters[codePoint] = known
  }
  return known === 1
}
