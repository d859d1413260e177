import type { Paragraph, Sentence } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { isFrenchAbbreviation } from '../abbreviations.js'

/**
 * Paragraph plugin, in place of parse-latin's lower-case rule: a sentence
 * that starts with a lower-case word goes on the one before it
 * (`Cesse de le flatter… il ne cédera pas.`, `« Quoi ? » a-t-il dit.`),
 * unless that one ends with a plain full stop: after a full stop that no
 * abbreviation explains, lower case starts a new sentence, carelessly
 * written (`Je m'appelle Paul. et vous`), as LanguageTool's French splitter
 * and the French treebanks read it. Abbreviations before lower case keep it
 * (`etc. et`, `& Co. à Lyon`; the others are merged by
 * mergeFrenchAbbreviations).
 */
export function mergeLowerCaseContinuations(paragraph: Paragraph): undefined {
  const children = paragraph.children
  for (let index = 1; index < children.length; index++) {
    const sentence = children[index]
    const previous = children[index - 1]
    if (sentence?.type !== 'SentenceNode' || previous?.type !== 'SentenceNode') continue
    if (!startsWithLowerCase(sentence) || endsWithPlainFullStop(previous)) continue
    previous.children.push(...sentence.children)
    if (previous.position && sentence.position) previous.position.end = sentence.position.end
    children.splice(index, 1)
    index--
  }
  return undefined
}

/** Whether the first word comes before any mark, and starts with a small letter. */
function startsWithLowerCase(sentence: Sentence): boolean {
  for (const node of sentence.children) {
    if (node.type === 'WordNode') return /^\p{Ll}/u.test(toString(node))
    if (node.type === 'SymbolNode' || node.type === 'PunctuationNode') return false
  }
  return false
}

function endsWithPlainFullStop(sentence: Sentence): boolean {
  const nodes = sentence.children
  let last = nodes.length - 1
  while (last >= 0 && nodes[last]!.type === 'WhiteSpaceNode') last--
  const stop = nodes[last]
  if (stop?.type !== 'PunctuationNode' || stop.value !== '.') return false
  const before = nodes[last - 1]
  return before?.type !== 'WordNode' || !isFrenchAbbreviation(toString(before))
}
