/**
 * Which characters make up words for the boundary test of Latin-script
 * terms: letters, digits and combining marks, except Han, kana and other
 * scripts written without spaces (a French term right after a Chinese
 * quotation still starts a word; a Chinese term needs no boundary at all).
 */

const wordPattern = /^[\p{L}\p{N}\p{M}]$/u
const spacelessPattern = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]$/u
const letterPattern = /^\p{L}$/u

/**
 * A property of code points, answered from a table for the Basic
 * Multilingual Plane filled as units are met, so a loop over a text or a
 * glossary runs each regular expression once per distinct unit.
 */
function cachedProperty(holds: (character: string) => boolean): (codePoint: number) => boolean {
  // 0 = not computed, 1 = yes, 2 = no.
  const table = new Uint8Array(0x10000)
  return (codePoint) => {
    if (codePoint >= 0x10000) return holds(String.fromCodePoint(codePoint))
    let known = table[codePoint]!
    if (known === 0) {
      known = holds(String.fromCharCode(codePoint)) ? 1 : 2
      table[codePoint] = known
    }
    return known === 1
  }
}

/** Whether a UTF-16 code unit is part of a space-delimited word. Surrogates count as not. */
export const isWordUnit: (unit: number) => boolean = cachedProperty((character) => wordPattern.test(character) && !spacelessPattern.test(character))

/** Whether a code point is a letter (`\p{L}`). */
export const isLetter: (codePoint: number) => boolean = cachedProperty((character) => letterPattern.test(character))

/**
 * Whether a UTF-16 code unit is a letter of a script written with spaces
 * (a letter and a word unit): what French inflection changes at the end of
 * a word. Han, kana and the other spaceless scripts are not, nor surrogates.
 */
export const isStemLetter: (unit: number) => boolean = cachedProperty((character) => letterPattern.test(character) && wordPattern.test(character) && !spacelessPattern.test(character))
