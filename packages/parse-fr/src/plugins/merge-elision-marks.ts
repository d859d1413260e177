import type { Paragraph, Sentence } from 'nlcst'

/**
 * Paragraph plugin: an ellipsis in brackets, `(...)`, `[…]`, marks words left
 * out of a quotation and ends no sentence (`Je l'ai dit (...) Paul le sait.`).
 * parse-latin ends the sentence at the ellipsis; once the closing bracket is
 * back with it (mergeClosingQuotes), the sentence after goes on this one,
 * unless the mark stands after an end mark, opening the next sentence.
 */
export function mergeElisionMarks(paragraph: Paragraph): undefined {
  const children = paragraph.children
  for (let index = 0; index < children.length - 1; index++) {
    const sentence = children[index]
    const next = children[index + 1]
    if (sentence?.type !== 'SentenceNode' || next?.type !== 'SentenceNode' || !endsWithElisionMark(sentence)) continue
    sentence.children.push(...next.children)
    if (sentence.position && next.position) sentence.position.end = next.position.end
    children.splice(index + 1, 1)
    index--
  }
  return undefined
}

const brackets: Record<string, string> = { ')': '(', ']': '[' }

/** `… word (...)` at the end of the sentence: bracket, ellipsis, bracket, after something other than an end mark. */
function endsWithElisionMark(sentence: Sentence): boolean {
  const marks: string[] = []
  let index = sentence.children.length - 1
  for (; index >= 0 && marks.length < 3; index--) {
    const node = sentence.children[index]!
    if (node.type === 'WhiteSpaceNode') continue
    if (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode') return false
    marks.unshift(node.value)
  }
  const [open, ellipsis, close] = marks
  if (close === undefined || brackets[close] !== open || (ellipsis !== '...' && ellipsis !== '…')) return false
  while (index >= 0 && sentence.children[index]!.type === 'WhiteSpaceNode') index--
  const before = sentence.children[index]
  return before !== undefined && !((before.type === 'PunctuationNode' || before.type === 'SymbolNode') && /^[.!?…]+$/u.test(before.value))
}
