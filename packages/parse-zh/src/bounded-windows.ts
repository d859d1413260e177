import { forwardMaximumMatching } from './forward-maximum-matching.js'

/** A slice of a long piece that is small enough for segmentit. */
export interface Window {
  /** Offset of the window inside the piece. */
  start: number
  text: string
  /** Set when the window is one dictionary word longer than the limit: taken whole, as is. */
  wholeWord: boolean
}

/**
 * Cuts `text` into windows of at most `limit` UTF-16 units, cutting only
 * between the words that forward maximum matching finds, so that a known
 * word (a glossary term above all) is never split by a cut. segmentit's time
 * grows exponentially with the length of what it is given; bounded windows
 * make the whole segmentation linear in the length of the text.
 */
export function cutIntoWindows(text: string, hasWord: (word: string) => boolean, longestWord: number, limit: number): Window[] {
  if (text.length <= limit) return [{ start: 0, text, wholeWord: false }]
  const windows: Window[] = []
  let start = 0
  let current = ''
  const flush = (): void => {
    if (current.length > 0) windows.push({ start, text: current, wholeWord: false })
    start += current.length
    current = ''
  }
  for (const token of forwardMaximumMatching(text, hasWord, longestWord)) {
    if (token.length > limit) {
      flush()
      windows.push({ start, text: token, wholeWord: true })
      start += token.length
      continue
    }
    if (current.length + token.length > limit) flush()
    current += token
  }
  flush()
  return windows
}
