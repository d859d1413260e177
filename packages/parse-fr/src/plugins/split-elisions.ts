import type { Sentence, Word, WordContent } from 'nlcst'
import { isApostrophe, isElidedWord } from '../elisions.js'

/**
 * Sentence plugin: split an elided article or pronoun from the word it is
 * joined to, so that `l’ordre` is `l’` + `ordre` and a glossary term `ordre`
 * or `accord` (in `d’accord`) is a word of its own. Both ’ and ' count. The
 * elided word keeps its apostrophe and is marked `data.elision`.
 */
export function splitElisions(sentence: Sentence): undefined {
  const nodes = sentence.children
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]
    // Most words are a single text node: leave them before any call.
    if (node?.type !== 'WordNode' || node.children.length < 3) continue
    const split = splitWord(node)
    if (split === undefined) continue
    nodes.splice(index, 1, split[0], split[1])
    index++
  }
  return undefined
}

function splitWord(word: Word): [Word, Word] | undefined {
  // Most words are a single text node: leave them before any string work.
  if (word.children.length < 3) return undefined
  const [head, apostrophe, rest] = word.children
  if (apostrophe === undefined || apostrophe.type === 'TextNode' || !isApostrophe(apostrophe.value)) return undefined
  if (head?.type !== 'TextNode' || head.value.length > 6 || !isElidedWord(head.value)) return undefined
  if (rest?.type !== 'TextNode' || !/^\p{L}/u.test(rest.value)) return undefined
  const elided: Word = { type: 'WordNode', children: [head, apostrophe], data: { elision: true } }
  const remainder: Word = { type: 'WordNode', children: word.children.slice(2) }
  setPosition(elided, head, apostrophe)
  setPosition(remainder, rest, word.children[word.children.length - 1]!)
  return [elided, remainder]
}

function setPosition(word: Word, first: WordContent, last: WordContent): void {
  // Points are shared, not copied, as the tokenizer shares them: no rule
  // edits a point in place.
  if (first.position && last.position) word.position = { start: first.position.start, end: last.position.end }
}
