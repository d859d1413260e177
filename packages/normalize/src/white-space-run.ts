import { isLineBreak, isSpaceSeparator } from './character-classes.js'

/** End of the white-space run that starts at `index`. */
export function collapsedRunEnd(text: string, index: number): number {
  let end = index
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (!(code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || isLineBreak(code) || isSpaceSeparator(code))) break
    end++
  }
  return end
}

/** A run with two or more line breaks is a paragraph break (line feed); any other run is one space. */
export function collapsedRunUnit(text: string, start: number, end: number): number {
  let breaks = 0
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    // CR LF counts once.
    if (code === 0x0a ? text.charCodeAt(index - 1) !== 0x0d : isLineBreak(code)) breaks++
  }
  return breaks >= 2 ? 0x0a : 0x20
}
