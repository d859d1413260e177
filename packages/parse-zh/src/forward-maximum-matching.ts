/**
 * Forward maximum matching: at each position take the longest dictionary
 * word that starts there, else one character (one code point). Linear in the
 * text for a bounded `longestWord`; used to find safe cut points in long
 * runs, never as the segmentation itself.
 */
export function forwardMaximumMatching(text: string, hasWord: (word: string) => boolean, longestWord: number): string[] {
  const tokens: string[] = []
  for (let index = 0; index < text.length; ) {
    let taken = codePointLength(text, index)
    for (let length = Math.min(longestWord, text.length - index); length > taken; length--) {
      if (isSurrogateCut(text, index + length)) continue
      if (hasWord(text.slice(index, index + length))) {
        taken = length
        break
      }
    }
    tokens.push(text.slice(index, index + taken))
    index += taken
  }
  return tokens
}

/** UTF-16 length of the code point at `index`. */
export function codePointLength(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1
}

/** Whether cutting `text` at `index` would split a surrogate pair. */
export function isSurrogateCut(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return index > 0 && index < text.length && code >= 0xdc00 && code <= 0xdfff
}
