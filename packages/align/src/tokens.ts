import { fold } from './fold.js'

// One Han character, or a run of other letters and digits (which must stop
// at a Han character: `1月1日` is four tokens, not one).
const token = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu

/**
 * Folded words of a sentence, one Chinese character per token (Chinese
 * has no spaces, and a character is the unit both a dictionary phrase and
 * an induced lexicon can rely on without a segmenter).
 */
export function foldedTokens(text: string): string[] {
  const tokens: string[] = []
  for (const match of text.matchAll(token)) tokens.push(fold(match[0]))
  return tokens
}

/**
 * Call `visit` with each token as written, in order. A loop over the
 * pattern's matches: the induced lexicon reads every token of both texts
 * (each Chinese character one), and an object per token, an array of them
 * per sentence and matchAll's iterator were most of what it allocated.
 */
export function forEachWrittenToken(text: string, visit: (written: string) => void): void {
  token.lastIndex = 0
  for (let match = token.exec(text); match !== null; match = token.exec(text)) visit(match[0])
}
