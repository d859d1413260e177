import type { Paragraph, Root, Sentence } from 'nlcst'
import type { ChineseSegmenter } from './chinese-segmenter.js'
import { splitChineseSentences } from './chinese-sentences.js'
import { createPositioner } from './positions.js'

type Positioner = ReturnType<typeof createPositioner>

/**
 * Chinese text to an nlcst tree: paragraphs at line breaks, sentences at
 * 。！？ (with the closing quotes after them), words from `segmenter`, and
 * every other character a punctuation, symbol or white-space node. Lossless
 * (`toString(tree) === text`), with positions (line, column, UTF-16 offset).
 */
export function parseChinese(text: string, segmenter: ChineseSegmenter): Root {
  const position = createPositioner(text)
  const children: Root['children'] = []
  let cursor = 0
  for (const match of text.matchAll(/[^\r\n]+/g)) {
    const start = match.index
    const end = start + match[0].length
    if (!/\S/u.test(match[0])) continue
    if (start > cursor) children.push({ type: 'WhiteSpaceNode', value: text.slice(cursor, start), position: position(cursor, start) })
    children.push(buildParagraph(text, start, end, segmenter, position))
    cursor = end
  }
  if (cursor < text.length) children.push({ type: 'WhiteSpaceNode', value: text.slice(cursor), position: position(cursor, text.length) })
  return { type: 'RootNode', children, position: position(0, text.length) }
}

function buildParagraph(text: string, start: number, end: number, segmenter: ChineseSegmenter, position: Positioner): Paragraph {
  const children: Paragraph['children'] = []
  let cursor = start
  for (const sentence of splitChineseSentences(text.slice(start, end), start)) {
    if (sentence.start > cursor) children.push({ type: 'WhiteSpaceNode', value: text.slice(cursor, sentence.start), position: position(cursor, sentence.start) })
    children.push(buildSentence(text, sentence.start, sentence.end, segmenter, position))
    cursor = sentence.end
  }
  if (cursor < end) children.push({ type: 'WhiteSpaceNode', value: text.slice(cursor, end), position: position(cursor, end) })
  return { type: 'ParagraphNode', children, position: position(start, end) }
}

function buildSentence(text: string, start: number, end: number, segmenter: ChineseSegmenter, position: Positioner): Sentence {
  const children: Sentence['children'] = []
  let cursor = start
  for (const word of segmenter.segment(text.slice(start, end), start)) {
    pushGap(text, cursor, word.start, children, position)
    children.push({
      type: 'WordNode',
      children: [{ type: 'TextNode', value: word.text, position: position(word.start, word.end) }],
      position: position(word.start, word.end)
    })
    cursor = word.end
  }
  pushGap(text, cursor, end, children, position)
  return { type: 'SentenceNode', children, position: position(start, end) }
}

/** What lies between words: runs of white space, and one node per other character. */
function pushGap(text: string, start: number, end: number, children: Sentence['children'], position: Positioner): void {
  for (const match of text.slice(start, end).matchAll(/\s+|[\s\S]/gu)) {
    const from = start + match.index
    const to = from + match[0].length
    const value = match[0]
    const type = /^\s/u.test(value) ? 'WhiteSpaceNode' : /^\p{P}$/u.test(value) ? 'PunctuationNode' : 'SymbolNode'
    children.push({ type, value, position: position(from, to) })
  }
}
