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

/** Each token as written and folded, in order. */
export function writtenTokens(text: string): Array<{ written: string; folded: string }> {
  const tokens: Array<{ written: string; folded: string }> = []
  for (const match of text.matchAll(token)) tokens.push({ written: match[0], folded: fold(match[0]) })
  return tokens
}
