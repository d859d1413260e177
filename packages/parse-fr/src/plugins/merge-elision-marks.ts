import type { Paragraph, Sentence } from 'nlcst'

/**
 * Paragraph plugin: an ellipsis in brackets, `(...)`, `[…]`, marks words left
 * out of a quotation and ends no sentence (`Je l'ai dit (...) Paul le sait.`).
 * parse-latin ends the sentence at the ellipsis; once the closing bracket is
 * back with it (mergeClosingQuotes), the sentence after goes on this one.
 * After an end mark the ellipsis opens the next sentence instead, and goes
 * to it (`… 42 matchs. (...) Les universités…`).
 */
export function mergeElisionMarks(paragraph: Paragraph): undefined {
  const children = paragraph.children
  for (let index = 0; index < children.length - 1; index++) {
    const sentence = children[index]
    const next = children[index + 1]
    if (sentence?.type !== 'SentenceNode' || next?.type !== 'SentenceNode') continue
    const mark = finalElisionMark(sentence)
    if (mark === undefined) continue
    if (mark.afterEndMark) {
      const moved = sentence.children.splice(mark.start)
      next.children.unshift(...moved)
      if (sentence.position) sentence.position.end = sentence.children[sentence.children.length - 1]!.position!.end
      if (next.position) next.position.start = moved[0]!.position!.start
      continue
    }
    sentence.children.push(...next.children)
    if (sentence.position && next.position) sentence.position.end = next.position.end
    children.splice(index + 1, 1)
    index--
  }
  return undefined
}

const brackets: Record<string, string> = { ')': '(', ']': '[' }

/**
 * `… word (...)` at the end of the sentence (white space after it allowed):
 * bracket, ellipsis, bracket. Where it starts, and whether an end mark comes
 * before it (`… matchs. (...)`).
 */
function finalElisionMark(sentence: Sentence): { start: number; afterEndMark: boolean } | undefined {
  const marks: string[] = []
  let index = sentence.children.length - 1
  for (; index >= 0 && marks.length < 3; index--) {
    const node = sentence.children[index]!
    if (node.type === 'WhiteSpaceNode') continue
    if (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode') return undefined
    marks.unshift(node.value)
  }
  const [open, ellipsis, close] = marks
  if (close === undefined || brackets[close] !== open || (ellipsis !== '...' && ellipsis !== '…')) return undefined
  const start = index + 1
  while (index >= 0 && sentence.children[index]!.type === 'WhiteSpaceNode') index--
  const before = sentence.children[index]
  if (before === undefined) return undefined
  const afterEndMark = (before.type === 'PunctuationNode' || before.type === 'SymbolNode') && /^[.!?…]+$/u.test(before.value)
  return { start, afterEndMark }
}
