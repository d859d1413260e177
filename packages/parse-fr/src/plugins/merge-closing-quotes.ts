import type { Paragraph, Sentence, SentenceContent } from 'nlcst'
import { toString } from 'nlcst-to-string'

/**
 * Closing marks that belong to the sentence before them even when a space
 * separates them: French typography puts a no-break space before `»`, so
 * parse-latin, which ends the sentence at `!` or `.` inside the quotation,
 * would start the next sentence with `» …`. A straight `"` is left out: with
 * a space before it, it opens the next quotation.
 */
const closingMarks = new Set(['»', '›', '”', ')', ']'])

/**
 * Paragraph plugin: move a leading `[space] » ` (and further closing marks)
 * of a sentence back to the end of the sentence before it. Runs before
 * parse-latin's lower-case rule, so `« Quoi ? » a-t-il dit.` stays one
 * sentence.
 */
export function mergeClosingQuotes(paragraph: Paragraph): undefined {
  const children = paragraph.children
  for (let index = 1; index < children.length; index++) {
    const sentence = children[index]
    const previous = children[index - 1]
    if (sentence?.type !== 'SentenceNode' || previous?.type !== 'SentenceNode') continue
    const moved = leadingClosingMarks(sentence)
    if (moved === 0) continue
    const taken = sentence.children.splice(0, moved)
    previous.children.push(...taken)
    const last = taken[taken.length - 1]
    if (previous.position && last?.position) previous.position.end = last.position.end
    const first = sentence.children[0]
    if (first === undefined) {
      children.splice(index, 1)
      index--
    } else if (sentence.position && first.position) {
      sentence.position.start = first.position.start
    }
  }
  return undefined
}

/** How many leading children of `sentence` are `[white space] closing-mark+`. */
function leadingClosingMarks(sentence: Sentence): number {
  const nodes = sentence.children
  let index = 0
  if (nodes[0]?.type === 'WhiteSpaceNode' && !/[\n\r]/.test(toString(nodes[0]))) index = 1
  let end = index
  while (end < nodes.length && isClosingMark(nodes[end])) end++
  return end > index ? end : 0
}

function isClosingMark(node: SentenceContent | undefined): boolean {
  if (node === undefined || (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode')) return false
  return [...node.value].every((character) => closingMarks.has(character))
}
