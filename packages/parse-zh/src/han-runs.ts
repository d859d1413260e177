import type { Span } from '@renderings/types'
import { isChinesePunctuation, isChineseSentenceEnd, isClosingMark, isHanIdeograph, isLinkingCharacter } from './han-characters.js'

/** The longest stretch of linking characters kept inside a run. */
const maximumLinkLength = 16

/**
 * Maximal runs of Chinese inside any text: Han ideographs with the Chinese
 * punctuation among them, joined across short links of digits, letters or a
 * single space (`2025年11月24日`, `习近平 特朗普`), but never across a link that
 * mixes letters and spaces (`习近平 et 特朗普` is two runs) nor across a line
 * break. Surrounding Western quotation marks stay outside. A closing quote
 * right after 。！？ belongs to the run. Each run holds at least one ideograph.
 */
export function findHanRuns(text: string): Span[] {
  // Most documents hold no Chinese at all: one native scan settles it.
  if (!/\p{Script=Han}/u.test(text)) return []
  const runs: Span[] = []
  let start = -1
  let end = -1
  let hasIdeograph = false
  let linkStart = -1
  const close = (): void => {
    if (start >= 0 && hasIdeograph) runs.push({ start, end: extendOverClosingMarks(text, end) })
    start = -1
    hasIdeograph = false
    linkStart = -1
  }
  for (let index = 0; index < text.length; ) {
    const character = String.fromCodePoint(text.codePointAt(index) ?? 0)
    const ideograph = isHanIdeograph(character)
    if (ideograph || isChinesePunctuation(character)) {
      if (start >= 0 && linkStart >= 0 && !isAcceptableLink(text.slice(linkStart, index))) close()
      if (start < 0) start = index
      hasIdeograph ||= ideograph
      end = index + character.length
      linkStart = -1
    } else if (start >= 0 && isLinkingCharacter(character)) {
      if (linkStart < 0) linkStart = index
    } else {
      close()
    }
    index += character.length
  }
  close()
  return runs
}

function isAcceptableLink(link: string): boolean {
  if (link.length > maximumLinkLength) return false
  const hasLetter = /[A-Za-z]/.test(link)
  const hasSpace = /[ \u00a0\u3000]/.test(link)
  if (hasLetter && hasSpace) return false
  return !/[ \u00a0\u3000]{2}/.test(link)
}

/** After 。！？ a run takes the closing quotes that follow (`…。”`). */
function extendOverClosingMarks(text: string, end: number): number {
  const last = text[end - 1] ?? ''
  if (!isChineseSentenceEnd(last) && !isClosingMark(last)) return end
  let extended = end
  while (extended < text.length && isClosingMark(text[extended] ?? '') && !'"\')'.includes(text[extended] ?? '')) extended++
  return extended
}
