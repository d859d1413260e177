import type { Paragraph, Root, RootContent } from 'nlcst'
import type { Point } from 'unist'
import { FrenchParser } from './french-parser.js'

const lineBreak = /[\n\r\u2028\u2029\u0085]/g
const hasLineBreak = /[\n\r\u2028\u2029\u0085]/
const space = /\s/u

let shared: FrenchParser | undefined

/**
 * Parse French text into a lossless nlcst tree (`toString(tree) === text`)
 * whose positions are offsets, lines and columns in `text`.
 *
 * Each line is a paragraph, as in parse-latin. Unlike parse-latin's own
 * root tokenizer, which tokenizes the whole text as one sentence before
 * splitting it (quadratic in the number of sentences), each paragraph is
 * parsed on its own, so time grows linearly with the text.
 */
export function parseFrench(text: string): Root {
  const parser = (shared ??= new FrenchParser())
  if (!hasLineBreak.test(text)) {
    // One line, one paragraph (the common case of a caller that split lines itself).
    const children: RootContent[] = text.length > 0 ? [parseParagraph(parser, text, 0, text.length, 1)] : []
    return { type: 'RootNode', children, position: { start: point(1, 1, 0), end: point(1, text.length + 1, text.length) } }
  }
  const children: RootContent[] = []
  let line = 1
  let from = 0
  for (const separator of paragraphSeparators(text)) {
    if (separator.start > from) children.push(parseParagraph(parser, text, from, separator.start, line))
    line += countLineBreaks(text, from, separator.start)
    children.push(whiteSpace(text, separator.start, separator.end, line, columnOf(text, separator.start)))
    line += countLineBreaks(text, separator.start, separator.end)
    from = separator.end
  }
  if (text.length > from) children.push(parseParagraph(parser, text, from, text.length, line))
  const root: Root = { type: 'RootNode', children }
  root.position = { start: point(1, 1, 0), end: endPoint(text, line, from) }
  return root
}

/**
 * Runs of white space that hold a line break (parse-latin's paragraph
 * separator, no-break spaces included), found in one linear pass: a regular
 * expression with a leading `\s*` would backtrack quadratically on long runs
 * of spaces.
 */
function* paragraphSeparators(text: string): Generator<{ start: number; end: number }> {
  lineBreak.lastIndex = 0
  let floor = 0
  for (let match = lineBreak.exec(text); match !== null; match = lineBreak.exec(text)) {
    let start = match.index
    while (start > floor && space.test(text[start - 1]!)) start--
    let end = match.index + 1
    while (end < text.length && space.test(text[end]!)) end++
    yield { start, end }
    floor = end
    lineBreak.lastIndex = end
  }
}

function parseParagraph(parser: FrenchParser, text: string, start: number, end: number, line: number): Paragraph {
  // The tokenizer positions tokens from the paragraph's place in the text,
  // so the tree needs no shifting afterwards.
  parser.origin = point(line, columnOf(text, start), start)
  try {
    return parser.tokenizeParagraph(text.slice(start, end)) as Paragraph
  } finally {
    parser.origin = point(1, 1, 0)
  }
}

function whiteSpace(text: string, start: number, end: number, line: number, column: number): RootContent {
  const endLine = line + countLineBreaks(text, start, end)
  return {
    type: 'WhiteSpaceNode',
    value: text.slice(start, end),
    position: { start: point(line, column, start), end: point(endLine, columnOf(text, end), end) }
  }
}

function endPoint(text: string, line: number, from: number): Point {
  return point(line + countLineBreaks(text, from, text.length), columnOf(text, text.length), text.length)
}

function point(line: number, column: number, offset: number): Point {
  return { line, column, offset }
}

function countLineBreaks(text: string, start: number, end: number): number {
  let count = 0
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 0x2028 || code === 0x2029 || code === 0x85) count++
    else if (code === 13 && text.charCodeAt(index + 1) !== 10) count++
  }
  return count
}

/** 1-based column of `offset`: distance from the last line break before it. */
function columnOf(text: string, offset: number): number {
  let index = offset
  while (index > 0) {
    const code = text.charCodeAt(index - 1)
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85) break
    index--
  }
  return offset - index + 1
}
