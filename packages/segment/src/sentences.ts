import type { Root, Sentence, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { ParseLatin } from 'parse-latin'
import { parseFrench } from '@renderings/parse-fr'
import { parseVietnamese } from '@renderings/parse-vi'
import { splitChineseSentences } from '@renderings/parse-zh'
import type { FootnoteReference, LanguageCode, Span } from '@renderings/types'
import { trim } from './lines.js'

/** A sentence of a paragraph, with the footnote calls the parser marked in it. */
export interface SentenceSpan extends Span {
  footnotes: FootnoteReference[]
}

let latin: ParseLatin | undefined

/**
 * Sentences of `text.slice(start, end)` in `lang`, with offsets into `text`:
 * French through parse-fr, Vietnamese through parse-vi, Chinese at 。！？,
 * any other language through plain parse-latin.
 */
export function splitSentences(text: string, start: number, end: number, lang: LanguageCode): SentenceSpan[] {
  // A paragraph wrapped over several lines: line breaks become spaces of the
  // same length, so the parsers see one paragraph and offsets do not move.
  const slice = text.slice(start, end).replace(/[\n\r\u2028\u2029\u0085]/gu, ' ')
  if (lang === 'zh') return splitChineseSentences(slice, start).map((span) => ({ ...span, footnotes: [] }))
  const tree = lang === 'fr' ? parseFrench(slice) : lang === 'vi' ? parseVietnamese(slice) : (latin ??= new ParseLatin()).parse(slice)
  return sentencesOf(tree, text, start)
}

function sentencesOf(tree: Root, text: string, offset: number): SentenceSpan[] {
  const sentences: SentenceSpan[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue
      const span = trim(text, offset + (sentence.position.start.offset ?? 0), offset + (sentence.position.end.offset ?? 0))
      if (span) sentences.push({ ...span, footnotes: footnotesOf(sentence, offset) })
    }
  }
  return sentences
}

function footnotesOf(sentence: Sentence, offset: number): FootnoteReference[] {
  const found: FootnoteReference[] = []
  for (const node of sentence.children) {
    if (node.type !== 'WordNode' || !(node as Word).data?.footnoteCall || !node.position) continue
    found.push({ start: offset + (node.position.start.offset ?? 0), end: offset + (node.position.end.offset ?? 0), label: toString(node) })
  }
  return found
}
