import { escapeHtml } from './html-page.js'
import type { BeadAnchor } from '@renderings/types'

/**
 * A sentence as HTML with its anchors marked: each occurrence of an
 * anchor's written form, compared without case or diacritics and only at
 * word boundaries (so `en` does not light up inside `présentée`), becomes a
 * `<mark>` titled with the anchor's kind. Ranges are found on the raw text
 * and everything is escaped afterwards, so an anchor can never match inside
 * an entity.
 */
export function highlightAnchors(text: string, anchors: readonly BeadAnchor[], side: 'source' | 'target'): string {
  const { folded, origin } = foldWithOrigins(text)
  const ranges: Array<{ start: number; end: number; kind: string }> = []
  for (const anchor of anchors) {
    const needle = foldWithOrigins(anchor[side]).folded
    if (needle.length === 0) continue
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const end = at + needle.length
      if (isWordCharacter(folded[at - 1]) && isWordCharacter(needle[0])) continue
      if (isWordCharacter(folded[end]) && isWordCharacter(needle[needle.length - 1])) continue
      ranges.push({ start: origin[at]!, end: origin[end]!, kind: anchor.kind })
    }
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end)
  let html = ''
  let position = 0
  for (const range of ranges) {
    if (range.start < position) continue
    html += escapeHtml(text.slice(position, range.start))
    html += `<mark title="${escapeHtml(range.kind)}">${escapeHtml(text.slice(range.start, range.end))}</mark>`
    position = range.end
  }
  return html + escapeHtml(text.slice(position))
}

/**
 * Lower-cased text without diacritics, with the offset in the original of
 * each folded character (and one past the end), so a match found in the
 * folded text maps back to the exact original span.
 */
function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = ''
  const origin: number[] = []
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index)!
    const character = String.fromCodePoint(codePoint)
    const plain = character.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace('đ', 'd')
    for (let unit = 0; unit < plain.length; unit++) origin.push(index)
    folded += plain
    index += character.length
  }
  origin.push(text.length)
  return { folded, origin }
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character)
}
