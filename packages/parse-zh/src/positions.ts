import type { Root } from 'nlcst'

type Position = NonNullable<Root['position']>

/**
 * Turns UTF-16 offsets into unist positions (1-based line and column, as
 * vfile counts them) for one text, with a sorted table of line starts.
 */
export function createPositioner(text: string): (start: number, end: number) => Position {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    // \r\n is one line break; a lone \r is one too.
    if (character === '\n' || (character === '\r' && text[index + 1] !== '\n')) lineStarts.push(index + 1)
  }
  const point = (offset: number): Position['start'] => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1, offset }
  }
  return (start, end) => ({ start: point(start), end: point(end) })
}
