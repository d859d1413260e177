import type { Span } from '@renderings/types'

/** A line of the document, without its line break, trimmed of outer white space. */
export interface Line extends Span {
  /** Whether a blank line (or the start of the text) comes before it. */
  afterBlank: boolean
}

const lineBreak = /\r\n|[\n\r\u2028\u2029\u0085]/g

/**
 * The non-blank lines of `text`, trimmed, with offsets into `text`, in one
 * linear pass. Callers refuse over-long lines before this (a 50 MB line is
 * not a document).
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let from = 0
  let afterBlank = true
  const take = (end: number): void => {
    const span = trim(text, from, end)
    if (span === undefined) afterBlank = true
    else {
      lines.push({ ...span, afterBlank })
      afterBlank = false
    }
  }
  lineBreak.lastIndex = 0
  for (let match = lineBreak.exec(text); match !== null; match = lineBreak.exec(text)) {
    take(match.index)
    from = match.index + match[0].length
  }
  take(text.length)
  return lines
}

/** `[start, end)` without leading and trailing white space, or undefined when blank. */
export function trim(text: string, start: number, end: number): Span | undefined {
  let first = start
  let last = end
  while (first < last && isSpace(text.charCodeAt(first))) first++
  while (last > first && isSpace(text.charCodeAt(last - 1))) last--
  return first < last ? { start: first, end: last } : undefined
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0xfeff || code === 0x85 || code === 0x2028 || code === 0x2029
}
