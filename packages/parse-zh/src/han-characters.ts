// Character classes shared by run finding, sentence splitting and the
// segmenter. Kept as single-character tests so callers can walk a string once.

const hanIdeograph = /^\p{Script=Han}$/u

/** Whether `character` (one code point) is a Han ideograph (including 〇 and 々). */
export function isHanIdeograph(character: string): boolean {
  return hanIdeograph.test(character)
}

/**
 * Punctuation that only Chinese (or Japanese) text uses: the CJK Symbols and
 * Punctuation block, the CJK compatibility and vertical forms, and the
 * fullwidth forms (fullwidth digits and letters included: they are written
 * only inside CJK text). The ideographic space U+3000 is left out: it is a
 * space, not a mark.
 */
export function isChinesePunctuation(character: string): boolean {
  const code = character.codePointAt(0) ?? 0
  return (
    (code > 0x3000 && code <= 0x303f) ||
    (code >= 0xfe10 && code <= 0xfe1f) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff01 && code <= 0xff65) ||
    code === 0x30fb // katakana middle dot, used between transcribed foreign names
  )
}

/** Characters that end a Chinese sentence. */
export function isChineseSentenceEnd(character: string): boolean {
  return character === '。' || character === '！' || character === '？' || character === '｡'
}

/** Closing quotes and brackets that stay with the sentence end before them. */
export function isClosingMark(character: string): boolean {
  return '”’」』）》〉】〕〗〙〛"\')'.includes(character)
}

/**
 * Characters that may sit BETWEEN two Chinese characters inside one run
 * without ending it: digits, Latin letters (as in G20峰会), single spaces, and
 * the general punctuation Chinese shares with Western text (“ ” ‘ ’ … — ·).
 * At the edges of a run they belong to the surrounding text, so `« 中国 »`
 * or `“中国”` inside French gives the run `中国`.
 */
export function isLinkingCharacter(character: string): boolean {
  return /^[0-9A-Za-z \u00a0\u3000“”‘’…—–·.,:%/\-]$/u.test(character)
}

/** Whether a character can be part of a word (letters, digits, marks). */
export function isWordCharacter(character: string): boolean {
  return /^[\p{L}\p{N}\p{M}]$/u.test(character)
}
