import type { Paragraph, Sentence, SentenceContent } from 'nlcst'
import { toString } from 'nlcst-to-string'

/**
 * Closing marks that belong to the sentence before them even when a space
 * separates them: French typography puts a no-break space before `»`, so
 * parse-latin, which ends the sentence at `!` or `.` inside the quotation,
 * would start the next sentence with `» …`. A straight `"` is one of them
 * only when it closes (see `closesQuotation`).
 */
const closingMarks = new Set(['»', '›', '”', ')', ']'])

/**
 * Paragraph plugin: move a leading `[space] » ` (and further closing marks)
 * of a sentence back to the end of the sentence before it. Runs before the
 * lower-case rule, so `« Quoi ? » a-t-il dit.` stays one sentence.
 */
export function mergeClosingQuotes(paragraph: Paragraph): undefined {
  const children = paragraph.children
  // Straight quotes before the sentence at hand: after an odd number, a
  // quotation is open. A quote with none after it in the paragraph closes a
  // quotation opened before the paragraph (or the text) began.
  let straightQuotes = children[0]?.type === 'SentenceNode' ? countStraightQuotes(children[0].children) : 0
  let total = 0
  for (const child of children) if (child.type === 'SentenceNode') total += countStraightQuotes(child.children)
  for (let index = 1; index < children.length; index++) {
    const sentence = children[index]
    const previous = children[index - 1]
    if (sentence?.type !== 'SentenceNode') continue
    const moved = previous?.type === 'SentenceNode' ? leadingClosingMarks(sentence, straightQuotes % 2 === 1 || total - straightQuotes === 1) : 0
    if (moved > 0 && previous?.type === 'SentenceNode') {
      const taken = sentence.children.splice(0, moved)
      previous.children.push(...taken)
      straightQuotes += countStraightQuotes(taken)
      const last = taken[taken.length - 1]
      if (previous.position && last?.position) previous.position.end = last.position.end
      const first = sentence.children[0]
      if (first === undefined) {
        children.splice(index, 1)
        index--
        continue
      }
      if (sentence.position && first.position) sentence.position.start = first.position.start
    }
    straightQuotes += countStraightQuotes(sentence.children)
  }
  return undefined
}

/**
 * How many leading children of `sentence` are `[white space] closing-mark+`,
 * a straight quote counting when it may close a quotation.
 */
function leadingClosingMarks(sentence: Sentence, quotationOpen: boolean): number {
  const nodes = sentence.children
  let index = 0
  if (nodes[0]?.type === 'WhiteSpaceNode' && !/[\n\r]/.test(toString(nodes[0]))) index = 1
  let end = index
  while (end < nodes.length && (isClosingMark(nodes[end]) || (end === index && quotationOpen && closesQuotation(nodes, end)))) end++
  return end > index ? end : 0
}

/**
 * A straight quote closes the open quotation unless it is glued to the word
 * after it (`"Fin.` opens one): `… une bête ! " Les serveuses…`.
 */
function closesQuotation(nodes: Sentence['children'], index: number): boolean {
  const node = nodes[index]
  return (node?.type === 'PunctuationNode' || node?.type === 'SymbolNode') && node.value === '"' && nodes[index + 1]?.type !== 'WordNode'
}

function countStraightQuotes(nodes: Sentence['children']): number {
  let count = 0
  for (const node of nodes) if ((node.type === 'PunctuationNode' || node.type === 'SymbolNode') && node.value === '"') count++
  return count
}

function isClosingMark(node: SentenceContent | undefined): boolean {
  if (node === undefined || (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode')) return false
  return [...node.value].every((character) => closingMarks.has(character))
}
