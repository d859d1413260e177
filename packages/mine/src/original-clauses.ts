import type { Segment } from '@renderings/types'
import type { MiningDocument } from './types.js'

/** A clause of a Chinese original: the unit the coverage of an event is searched for. */
export interface OriginalClause {
  document: MiningDocument
  /** The segment that holds it (a Chinese sentence, or a mixed segment of a bilingual page). */
  segment: Segment
  start: number
  end: number
  text: string
  /** Index of its sentence in the event's list of Chinese sentences. */
  sentence: number
  /** Index of the clause inside its sentence. */
  position: number
}

/** A Chinese sentence of an original, cut into clauses. */
export interface OriginalSentence {
  document: MiningDocument
  segment: Segment
  start: number
  end: number
  clauses: OriginalClause[]
}

/** A Chinese passage inside another-language segment this long is text of its own (a bilingual page), not a quotation. */
const minEmbeddedLength = 8
const han = /\p{Script=Han}/u
const hanGlobal = /\p{Script=Han}/gu
// Clause marks: full-width and ASCII commas, semicolons, colons (the crawl
// of many pages writes ASCII punctuation in Chinese text), the title marks
// around a named document or book (《…》: its name is a unit of its own),
// and a space between two Han characters (titles: `中烏元首通話 習近平勸和促談`).
const clauseMark = /[，；：,;:《》〈〉]|(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu
const sentenceEnd = /[。！？!?]+/gu
// Edges that belong to no clause: blanks, sentence and quotation marks,
// brackets, and the number of a list item (`一、`, `3.`).
const leadingEdge = /^(?:[\s\u3000「」『』“”‘’"'《》〈〉()（）【】\[\]·…—-]|[一二三四五六七八九十百]+、|\d+[.、)）]\s*)+/u
const trailingEdge = /[\s\u3000。！？!?.「」『』“”‘’"'《》〈〉()（）【】\[\]·…—-]+$/u

/**
 * The Chinese sentences of a document, each cut into clauses: the
 * document's Chinese segments, and the longer Chinese passages written
 * inside segments of another language (a page that interleaves a Chinese
 * text with its translation). Clauses hold at least two Han characters.
 */
export function originalSentences(document: MiningDocument, firstIndex: number): OriginalSentence[] {
  const sentences: OriginalSentence[] = []
  const text = document.segmented.text
  const addSentence = (segment: Segment, start: number, end: number): void => {
    const sentence: OriginalSentence = { document, segment, start, end, clauses: [] }
    const index = firstIndex + sentences.length
    let from = start
    const cut = (to: number): void => {
      const clause = trimClause(text, from, to)
      if (clause !== undefined) sentence.clauses.push({ document, segment, ...clause, sentence: index, position: sentence.clauses.length })
    }
    for (const mark of text.slice(start, end).matchAll(clauseMark)) {
      const at = start + mark.index!
      // `1,4` and `20:10` are numbers, not clauses.
      if ((mark[0] === ',' || mark[0] === ':') && /\d/u.test(text[at - 1] ?? '') && /\d/u.test(text[at + 1] ?? '')) continue
      cut(at)
      from = at + mark[0].length
    }
    cut(end)
    if (sentence.clauses.length > 0) sentences.push(sentence)
  }
  for (const segment of document.segmented.segments) {
    if (segment.lang === 'zh') {
      for (const [start, end] of sentenceSpans(text, segment.start, segment.end)) addSentence(segment, start, end)
      continue
    }
    for (const run of segment.han) {
      if (run.context === 'quoted-original' || run.context === 'source-item' || run.context === 'parenthesised') continue
      if (countHan(run.text) < minEmbeddedLength) continue
      for (const [start, end] of sentenceSpans(text, run.start, run.end)) addSentence(segment, start, end)
    }
  }
  return sentences
}

/** `[start, end)` cut after each run of sentence-final marks. */
function sentenceSpans(text: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  let from = start
  for (const mark of text.slice(start, end).matchAll(sentenceEnd)) {
    const to = start + mark.index! + mark[0].length
    spans.push([from, to])
    from = to
  }
  if (from < end) spans.push([from, end])
  return spans
}

function trimClause(text: string, start: number, end: number): { start: number; end: number; text: string } | undefined {
  const slice = text.slice(start, end)
  const lead = leadingEdge.exec(slice)?.[0].length ?? 0
  const trail = trailingEdge.exec(slice.slice(lead))?.[0].length ?? 0
  const from = start + lead
  const to = end - trail
  if (to <= from) return undefined
  const clause = text.slice(from, to)
  return countHan(clause) >= 2 && han.test(clause) ? { start: from, end: to, text: clause } : undefined
}

function countHan(text: string): number {
  return text.match(hanGlobal)?.length ?? 0
}
