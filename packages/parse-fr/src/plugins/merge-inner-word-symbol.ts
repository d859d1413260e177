import type { Sentence, SentenceContent, WordContent } from 'nlcst'

/**
 * parse-latin's `wordSymbolInner` (`/^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/`):
 * symbols that join two words into one (`a-t-il`, `aujourd’hui`, `s.v.p`).
 * Tested on every mark after a word, so single marks are a set lookup.
 */
const innerSymbols = new Set(['&', "'", '-', '.', ':', '=', '?', '@', '\u00AD', '\u00B7', '\u2010', '\u2011', '\u2019', '\u2027', '_'])
const underscores = /^_+$/

function isInnerWordSymbol(value: string): boolean {
  return value.length === 1 ? innerSymbols.has(value) : underscores.test(value)
}

/**
 * Sentence plugin, the same rule as parse-latin's `mergeInnerWordSymbol`: a
 * word, inner symbols, a word (and so on) become one word. parse-latin's
 * version builds two arrays at every punctuation mark after a word, merge or
 * not, which was much of the garbage on long texts; this one looks ahead
 * first and only copies nodes when it merges.
 */
export function mergeInnerWordSymbol(sentence: Sentence): undefined {
  const siblings = sentence.children
  for (let index = 1; index < siblings.length; index++) {
    const previous = siblings[index - 1]!
    if (previous.type !== 'WordNode' || !isSymbol(siblings[index]!)) continue
    // The last word reached through inner symbols only; -1 if none.
    let lastWord = -1
    for (let position = index; position < siblings.length; position++) {
      const sibling = siblings[position]!
      if (sibling.type === 'WordNode') lastWord = position
      else if (!isSymbol(sibling) || !isInnerWordSymbol(sibling.value)) break
    }
    if (lastWord === -1) continue
    const merged = siblings.splice(index, lastWord + 1 - index)
    for (const node of merged) {
      if (node.type === 'WordNode') previous.children.push(...node.children)
      else previous.children.push(node as WordContent)
    }
    const last = previous.children[previous.children.length - 1]
    if (previous.position && last?.position) previous.position.end = last.position.end
    // Look at the same index again: it now holds the node after the merged ones.
    index--
  }
  return undefined
}

function isSymbol(node: SentenceContent): node is Extract<SentenceContent, { type: 'SymbolNode' | 'PunctuationNode' }> {
  return node.type === 'SymbolNode' || node.type === 'PunctuationNode'
}
