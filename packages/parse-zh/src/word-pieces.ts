import type { Span } from '@renderings/types'
import { isWordCharacter } from './han-characters.js'

/**
 * Maximal stretches of word characters (letters, digits, marks; `.` `,` `:`
 * between two digits stay inside, as in `3.5`). Spaces and punctuation fall
 * between pieces, so no word ever contains them while the offsets of what
 * follows stay exact.
 */
export function findWordPieces(text: string): Span[] {
  const pieces: Span[] = []
  let start = -1
  for (let index = 0; index < text.length; ) {
    const character = String.fromCodePoint(text.codePointAt(index) ?? 0)
    const inside = isWordCharacter(character) || (start >= 0 && isNumberConnector(text, index))
    if (inside && start < 0) start = index
    if (!inside && start >= 0) {
      pieces.push({ start, end: index })
      start = -1
    }
    index += character.length
  }
  if (start >= 0) pieces.push({ start, end: text.length })
  return pieces
}

function isNumberConnector(text: string, index: number): boolean {
  return '.,:'.includes(text[index] ?? '') && /\d/.test(text[index - 1] ?? '') && /\d/.test(text[index + 1] ?? '')
}
