/**
 * Character classes the normalised view needs, answered from a lookup table
 * for the Basic Multilingual Plane so the hot loop never runs a regular
 * expression twice for the same code unit.
 */

const markPattern = /^\p{M}$/u
const spacePattern = /^\p{Zs}$/u

// 0 = not computed yet, 1 = yes, 2 = no.
const markTable = new Uint8Array(0x10000)
const spaceTable = new Uint8Array(0x10000)

/** Whether a code point is a combining mark (joins the preceding base in NFC). */
export function isCombiningMark(codePoint: number): boolean {
  if (codePoint < 0x300) return false
  if (codePoint >= 0x10000) return markPattern.test(String.fromCodePoint(codePoint))
  let known = markTable[codePoint]!
  if (known === 0) {
    known = markPattern.test(String.fromCharCode(codePoint)) ? 1 : 2
    markTable[codePoint] = known
  }
  return known === 1
}

/** Whether a code point is a space separator (no-break, narrow no-break, em space…). */
export function isSpaceSeparator(codePoint: number): boolean {
  if (codePoint === 0x20 || codePoint === 0xa0) return true
  if (codePoint < 0x1680 || codePoint >= 0x10000) return false
  let known = spaceTable[codePoint]!
  if (known === 0) {
    known = spacePattern.test(String.fromCharCode(codePoint)) ? 1 : 2
    spaceTable[codePoint] = known
  }
  return known === 1
}

/** Apostrophes that French and Vietnamese typography use interchangeably: ’ ' ʼ. */
export function isApostrophe(codePoint: number): boolean {
  return codePoint === 0x27 || codePoint === 0x2019 || codePoint === 0x2bc || codePoint === 0xff07
}

/**
 * Hyphens that join compounds (U+2010 hyphen, U+2011 non-breaking hyphen,
 * U+2012 figure dash, small and full-width hyphen-minus). En and em dashes
 * are punctuation between phrases, not hyphens, and are left alone.
 */
export function isHyphen(codePoint: number): boolean {
  return codePoint === 0x2d || codePoint === 0x2010 || codePoint === 0x2011 || codePoint === 0x2012 || codePoint === 0xfe63 || codePoint === 0xff0d
}

/**
 * Invisible format characters that typesetting inserts inside words (soft
 * hyphen, zero-width space and joiners, word joiner, byte-order mark): they
 * never change what a word is, so the matching view drops them.
 */
export function isInvisible(codePoint: number): boolean {
  return codePoint === 0xad || (codePoint >= 0x200b && codePoint <= 0x200d) || codePoint === 0x2060 || codePoint === 0xfeff
}

/** Whether a code point is a line break (LF, CR, NEL, line and paragraph separators). */
export function isLineBreak(codePoint: number): boolean {
  return codePoint === 0x0a || codePoint === 0x0d || codePoint === 0x85 || codePoint === 0x2028 || codePoint === 0x2029
}
