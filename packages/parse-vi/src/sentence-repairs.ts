import type { Paragraph, Punctuation, Sentence, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'

type ParagraphChild = Paragraph['children'][number]
type SentenceChild = Sentence['children'][number]

/**
 * Abbreviations written with a full stop before a name in Vietnamese text
 * (TP. Hồ Chí Minh, PGS. TS. Nguyễn…), after which parse-latin would end
 * the sentence.
 */
const abbreviations = new Set(['TP', 'Tp', 'TT', 'TS', 'PGS', 'GS', 'ThS', 'BS', 'KS', 'CN', 'NXB', 'TX', 'St', 'Dr', 'Mr', 'Mrs', 'Ms'])
/** Closing marks that belong to the sentence before them. */
const closers = new Set(['»', '”', '’', ')', ']', '"'])

/**
 * Repairs parse-latin's sentences for Vietnamese, in a paragraph's children:
 * a full stop after a number ends a sentence when a capital follows
 * (`năm 2025. Trump…`; parse-latin reads `2025.` as an ordinal); an
 * abbreviation's full stop does not (`TP. Hồ Chí Minh`); a closing quote
 * after a sentence end stays with that sentence (`?  »`).
 */
export function repairSentences(children: readonly ParagraphChild[]): ParagraphChild[] {
  const split = children.flatMap((child) => (child.type === 'SentenceNode' ? splitAfterNumbers(child) : [child]))
  return attachClosingMarks(mergeAbbreviations(split))
}

function splitAfterNumbers(sentence: Sentence): ParagraphChild[] {
  const pieces: ParagraphChild[] = []
  let current: SentenceChild[] = []
  const children = sentence.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    const next = children[index + 1]
    const after = children[index + 2]
    if (child.type === 'WordNode' && endsWithNumberAndFullStop(child) && next?.type === 'WhiteSpaceNode' && after?.type === 'WordNode' && /^\p{Lu}/u.test(toString(after))) {
      const fullStop = child.children[child.children.length - 1] as Punctuation
      const number: Word = { type: 'WordNode', children: child.children.slice(0, -1) }
      number.position = spanOf(number.children)
      current.push(number, fullStop)
      pieces.push(makeSentence(current), next)
      current = []
      index++
      continue
    }
    current.push(child)
  }
  if (current.length > 0) pieces.push(makeSentence(current))
  return pieces
}

function endsWithNumberAndFullStop(word: Word): boolean {
  const last = word.children[word.children.length - 1]
  const before = word.children[word.children.length - 2]
  return last?.type === 'PunctuationNode' && last.value === '.' && before?.type === 'TextNode' && /^\d+$/.test(before.value)
}

function mergeAbbreviations(children: ParagraphChild[]): ParagraphChild[] {
  const merged: ParagraphChild[] = []
  for (const child of children) {
    const whiteSpace = merged[merged.length - 1]
    const previous = merged[merged.length - 2]
    if (child.type === 'SentenceNode' && whiteSpace?.type === 'WhiteSpaceNode' && previous?.type === 'SentenceNode' && endsWithAbbreviation(previous)) {
      merged.splice(merged.length - 2, 2, makeSentence([...previous.children, whiteSpace, ...child.children]))
      continue
    }
    merged.push(child)
  }
  return merged
}

function endsWithAbbreviation(sentence: Sentence): boolean {
  const last = sentence.children[sentence.children.length - 1]
  const word = sentence.children[sentence.children.length - 2]
  if (last?.type !== 'PunctuationNode' || last.value !== '.' || word?.type !== 'WordNode') return false
  const text = toString(word)
  // A lone capital is an initial (Donald J. Trump).
  return abbreviations.has(text) || /^\p{Lu}$/u.test(text)
}

function attachClosingMarks(children: ParagraphChild[]): ParagraphChild[] {
  const result: ParagraphChild[] = []
  for (const child of children) {
    const whiteSpace = result[result.length - 1]
    const previous = result[result.length - 2]
    if (child.type !== 'SentenceNode' || whiteSpace?.type !== 'WhiteSpaceNode' || previous?.type !== 'SentenceNode') {
      result.push(child)
      continue
    }
    let take = 0
    while (take < child.children.length && isCloser(child.children[take]!)) take++
    if (take === 0) {
      result.push(child)
      continue
    }
    result.splice(result.length - 2, 2, makeSentence([...previous.children, whiteSpace, ...child.children.slice(0, take)]))
    const rest = child.children.slice(take)
    let leading = 0
    while (leading < rest.length && rest[leading]!.type === 'WhiteSpaceNode') leading++
    for (const space of rest.slice(0, leading)) result.push(space as ParagraphChild)
    if (leading < rest.length) result.push(makeSentence(rest.slice(leading)))
  }
  return result
}

function isCloser(node: SentenceChild): boolean {
  return (node.type === 'PunctuationNode' || node.type === 'SymbolNode') && closers.has(node.value)
}

function makeSentence(children: SentenceChild[]): Sentence {
  const sentence: Sentence = { type: 'SentenceNode', children }
  const position = spanOf(children)
  if (position) sentence.position = position
  return sentence
}

function spanOf(nodes: ReadonlyArray<{ position?: Sentence['position'] }>): Sentence['position'] {
  const start = nodes[0]?.position?.start
  const end = nodes[nodes.length - 1]?.position?.end
  return start && end ? { start, end } : undefined
}
