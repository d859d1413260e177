import type { Paragraph, SentenceContent } from 'nlcst'
import { toString } from 'nlcst-to-string'

/** parse-latin's `terminalMarker`. */
const terminalMarker = /^([!.?\u2026\u203D]+)$/

/**
 * Paragraph plugin, the same rule as parse-latin's `mergeRemainingFullStops`:
 * a full stop that does not end its sentence (`U.S.A. et`, `3. mai`) joins
 * the word before it, or else the word after it. parse-latin turns every
 * punctuation node into a new string (`toString`) before testing it; a
 * punctuation node's value is that string already.
 */
export function mergeRemainingFullStops(paragraph: Paragraph): undefined {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    const children = sentence.children
    let hasFoundDelimiter = false
    for (let position = children.length - 1; position >= 0; position--) {
      const node = children[position]!
      if (node.type !== 'SymbolNode' && node.type !== 'PunctuationNode') {
        if (node.type === 'WordNode') hasFoundDelimiter = true
        continue
      }
      if (!terminalMarker.test(node.value)) continue
      if (!hasFoundDelimiter) {
        // The sentence's own terminal mark.
        hasFoundDelimiter = true
        continue
      }
      if (node.value !== '.') continue
      const previous = children[position - 1]
      const next = children[position + 1]
      if (previous?.type === 'WordNode') {
        const nextNext = children[position + 2]
        // `word . .`: left for the full stop after it.
        if (next?.type === 'WhiteSpaceNode' && nextNext !== undefined && toString(nextNext as SentenceContent) === '.') continue
        children.splice(position, 1)
        previous.children.push(node)
        if (node.position && previous.position) previous.position.end = node.position.end
        position--
      } else if (next?.type === 'WordNode') {
        children.splice(position, 1)
        next.children.unshift(node)
        if (node.position && next.position) next.position.start = node.position.start
      }
    }
  }
  return undefined
}
