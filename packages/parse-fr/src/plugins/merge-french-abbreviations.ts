import type { Paragraph, Sentence } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { isNeverFinalAbbreviation } from '../abbreviations.js'

/**
 * Paragraph plugin, in place of parse-latin's English `mergePrefixExceptions`:
 * a full stop after a French abbreviation that never ends a sentence (`M.`,
 * `MM.`, `p. ex.`, an initial) does not end one; nor does the full stop of
 * a number that opens a sentence (`1. Lingling Wei…`, a list marker). A
 * number after other words followed by a full stop (`… américain 1.`,
 * `… en 2019.`) ends its sentence, as it does in French running text;
 * parse-latin would glue the next sentence on.
 * The full stop itself is folded into the word later by parse-latin's
 * `mergeRemainingFullStops`.
 */
export function mergeFrenchAbbreviations(paragraph: Paragraph): undefined {
  const children = paragraph.children
  for (let index = 0; index < children.length - 1; index++) {
    const sentence = children[index]
    if (sentence?.type !== 'SentenceNode' || !endsWithContinuingFullStop(sentence)) continue
    const next = children[index + 1]
    if (next?.type !== 'SentenceNode') continue
    sentence.children.push(...next.children)
    if (sentence.position && next.position) sentence.position.end = next.position.end
    children.splice(index + 1, 1)
    index--
  }
  return undefined
}

function endsWithContinuingFullStop(sentence: Sentence): boolean {
  const nodes = sentence.children
  const stop = nodes[nodes.length - 1]
  const word = nodes[nodes.length - 2]
  if (stop === undefined || word?.type !== 'WordNode') return false
  if ((stop.type !== 'PunctuationNode' && stop.type !== 'SymbolNode') || stop.value !== '.') return false
  const value = toString(word)
  if (isNeverFinalAbbreviation(value)) return true
  return /^\d{1,3}$/.test(value) && isFirstWord(sentence, word)
}

function isFirstWord(sentence: Sentence, word: Sentence['children'][number]): boolean {
  return sentence.children.find((node) => node.type === 'WordNode') === word
}
