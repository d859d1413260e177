const hanIdeograph = /^\p{Unified_Ideograph}$/u

/** The Han ideographs of `text`, one string per code point, in order; anything else is skipped. */
export function hanCharacters(text: string): string[] {
  return Array.from(text).filter((character) => hanIdeograph.test(character))
}
