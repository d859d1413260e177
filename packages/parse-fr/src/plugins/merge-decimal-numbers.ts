import type { Sentence } from 'nlcst'

/**
 * Sentence plugin: keep a French decimal number (`3,5`, `0,25`) one word.
 * parse-latin joins `3.5` (an inner full stop) but not the French decimal
 * comma, which it reads as punctuation between two words.
 */
export function mergeDecimalNumbers(sentence: Sentence): undefined {
  const nodes = sentence.children
  for (let index = 0; index + 2 < nodes.length; index++) {
    const left = nodes[index]
    const comma = nodes[index + 1]
    const right = nodes[index + 2]
    if (left?.type !== 'WordNode' || right?.type !== 'WordNode') continue
    if (comma?.type !== 'PunctuationNode' || comma.value !== ',') continue
    if (!/^\d+$/.test(wordText(left)) || !/^\d+$/.test(wordText(right))) continue
    left.children.push(comma, ...right.children)
    if (left.position && right.position) left.position = { start: left.position.start, end: right.position.end }
    nodes.splice(index + 1, 2)
    index--
  }
  return undefined
}

function wordText(word: { children: Array<{ type: string; value?: string }> }): string {
  return word.children.map((child) => child.value ?? '').join('')
}
