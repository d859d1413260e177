import type { Span } from '@renderings/types'
import type { Line } from './lines.js'

/** A paragraph: one or more lines joined when the line break was only a wrap. */
export interface ParagraphSpan extends Span {
  /** Whether a blank line (or the start of the text) comes before it. */
  afterBlank: boolean
}

/** What ends a line that is a paragraph of its own: a sentence end, a closing quote, a colon. */
const closedEnding = /[.!?…:;»”"')\]。！？]$/u
/** A line that starts a list item: a bullet or a number. */
export const listItemStart = /^(?:[•◦▪‣●○■□–—*-]\s|\d{1,3}[.)]\s)/u

/**
 * Group lines into paragraphs. Both blank-line separated paragraphs and
 * one-paragraph-per-line texts occur in news text; a line break is read as
 * a wrap inside a paragraph only when the line does not look finished (no
 * sentence end, colon or closing quote) and the next line goes on in lower
 * case, or when the line stops on a comma, opening quote or hyphen.
 * Bullets and numbered items are always paragraphs of their own.
 */
export function groupParagraphs(text: string, lines: readonly Line[]): ParagraphSpan[] {
  const paragraphs: ParagraphSpan[] = []
  let current: ParagraphSpan | undefined
  let previousLine = ''
  for (const line of lines) {
    const lineText = text.slice(line.start, line.end)
    const wrapped = current !== undefined && !line.afterBlank && isWrap(previousLine, lineText)
    previousLine = lineText
    if (wrapped && current !== undefined) {
      current.end = line.end
      continue
    }
    current = { start: line.start, end: line.end, afterBlank: line.afterBlank }
    paragraphs.push(current)
  }
  return paragraphs
}

function isWrap(previous: string, next: string): boolean {
  if (closedEnding.test(previous) || listItemStart.test(next)) return false
  // A line that stops on a comma, an opening quote or a hyphen is cut mid-sentence,
  // whatever the case of the next line (`…a déclaré le président,\nXi Jinping`).
  if (/[,«“(‑-]$/u.test(previous)) return true
  return /^\p{Ll}/u.test(next)
}
