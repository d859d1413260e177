import type { Paragraph, Sentence } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { continuesBeforeNumber, isNeverFinalAbbreviation } from '../abbreviations.js'

/**
 * Paragraph plugin, in place of parse-latin's English `mergePrefixExceptions`:
 * a full stop after a French abbreviation that never ends a sentence (`M.`,
 * `MM.`, `p. ex.`, an initial) does not end one, nor one that announces the
 * number after it (`art. 5`, `vol. 2`); nor does the full stop of a number
 * that opens a sentence (`1. Lingling Wei…`, a list marker). A
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
    const next = children[index + 1]
    if (sentence?.type !== 'SentenceNode' || next?.type !== 'SentenceNode' || !endsWithContinuingFullStop(sentence, next)) continue
    sentence.children.push(...next.children)
    if (sentence.position && next.position) sentence.position.end = next.position.end
    children.splice(index + 1, 1)
    index--
  }
  return undefined
}

function endsWithContinuingFullStop(sentence: Sentence, next: Sentence): boolean {
  const nodes = sentence.children
  const stop = nodes[nodes.length - 1]
  const word = nodes[nodes.length - 2]
  if (stop === undefined || word?.type !== 'WordNode') return false
  if ((stop.type !== 'PunctuationNode' && stop.type !== 'SymbolNode') || stop.value !== '.') return false
  const value = toString(word)
  if (isNeverFinalAbbreviation(value)) return true
  const nextWord = next.children.find((node) => node.type === 'WordNode')
  if (nextWord !== undefined && continuesBeforeNumber(value, toString(nextWord))) return true
  return /^\d{1,3}$/.test(value) && isFirstWord(sentence, word)
}

function isFirstWord(sentence: Sentence, word: Sentence['children'][number]): boolean {
  return sentence.children.find((node) => node.type === 'WordNode') === word
}
