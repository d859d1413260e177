import type { Segment } from '@renderings/types'
import type { EvidenceSpan, MiningDocument } from './types.js'

/** The evidence for `[start, end)` of a segment of a document. */
export function evidenceSpan(document: MiningDocument, segment: Segment, start: number, end: number): EvidenceSpan {
  return {
    doc: document.segmented.doc,
    outlet: document.outlet,
    date: document.date,
    lang: segment.lang,
    sentence: segment.sentence,
    sentenceText: segment.text,
    sentenceStart: segment.start,
    start,
    end,
    text: document.segmented.text.slice(start, end)
  }
}

/** Trim blanks and edge punctuation (quotes, commas) from `[start, end)` of `text`. */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  const edge = /[\s\u00a0\u202f«»“”"'’‘,;:.!?()—–-]/u
  while (start < end && edge.test(text[start]!)) start++
  while (end > start && edge.test(text[end - 1]!)) end--
  return { start, end }
}

/** The original text of `[start, end)` of a document. */
export function textOf(document: MiningDocument, span: { start: number; end: number }): string {
  return document.segmented.text.slice(span.start, span.end)
}
