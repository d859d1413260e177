import type { Paragraph, SentenceContent, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'

/** Spaces a typesetter puts before a footnote call: no-break, narrow, thin, figure. */
const tightSpaces = /^[\u00a0\u202f\u2009\u2007]+$/
const closingQuotes = new Set(['»', '”', '"', '’', ')'])

/**
 * Paragraph plugin: mark a footnote call written after a sentence
 * (`… américain 1.`, `… à Tokyo 2.`, `… » 4.`) with `data.footnoteCall`.
 * Only typographic evidence counts here: the number (one to three digits)
 * ends the sentence and follows a no-break or thin space, or a closing
 * quotation mark. A plain `… est de 3.` is a quantity, not a call; callers
 * that know the document's notes list can mark more.
 */
export function markFootnoteCalls(paragraph: Paragraph): undefined {
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    const nodes = sentence.children
    let last = nodes.length - 1
    while (last >= 0 && nodes[last]?.type === 'WhiteSpaceNode') last--
    const stop = nodes[last]
    if (stop === undefined || stop.type === 'WordNode' || toString(stop) !== '.') continue
    const number = nodes[last - 1]
    if (number?.type !== 'WordNode' || !/^\d{1,3}$/.test(toString(number))) continue
    if (hasCallEvidence(nodes[last - 2], nodes[last - 3])) markCall(number)
  }
  return undefined
}

function hasCallEvidence(before: SentenceContent | undefined, beforeThat: SentenceContent | undefined): boolean {
  if (before === undefined) return false
  if (before.type === 'WhiteSpaceNode') {
    if (beforeThat === undefined || beforeThat.type === 'WhiteSpaceNode') return false
    return tightSpaces.test(before.value) || isClosingQuote(beforeThat)
  }
  return isClosingQuote(before)
}

function isClosingQuote(node: SentenceContent): boolean {
  return (node.type === 'PunctuationNode' || node.type === 'SymbolNode') && closingQuotes.has(node.value)
}

function markCall(word: Word): void {
  word.data = { ...word.data, footnoteCall: true }
}
