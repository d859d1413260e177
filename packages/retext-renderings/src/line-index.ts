import type { Point } from './finding.js'

/**
 * Offsets to line/column points for a piece of text that starts at `base`
 * (a chunk of a larger file, or a whole file with the default base). Lines
 * end at LF, CR LF or a lone CR, as vfile-location counts them.
 */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(
    private readonly text: string,
    private readonly base: Point = { line: 1, column: 1, offset: 0 }
  ) {
    if (!text.includes('\r')) {
      // indexOf runs native and vectorised: most texts have LF line ends only.
      for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.starts.push(index + 1)
      return
    }
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) this.starts.push(index + 1)
    }
  }

  /** The point of `offset`, an offset into this piece of text. */
  toPoint(offset: number): Point {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    const column = offset - this.starts[low]! + 1
    return {
      line: this.base.line + low,
      column: low === 0 ? this.base.column + column - 1 : column,
      offset: this.base.offset + offset
    }
  }

  /** The point just after the whole text (the base of the next chunk). */
  get endPoint(): Point {
    return this.toPoint(this.text.length)
  }
}
