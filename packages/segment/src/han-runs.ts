import type { ChineseSegmenter } from '@renderings/parse-zh'
import { findHanRuns, splitChineseSentences } from '@renderings/parse-zh'
import type { HanContext, HanRun, Span } from '@renderings/types'

const openingQuotes = new Set(['«', '“', '"', '「', '『', '‘', '‹', '„'])
const closingQuotes = new Set(['»', '”', '"', '」', '』', '’', '›', '“'])
/** A quotation in Latin script: `« … »`, `“ … ”`, `" … "` holding a Latin letter. */
const latinQuotation = /«[^«»]*\p{Script=Latin}[^«»]*»|“[^“”]*\p{Script=Latin}[^“”]*”|"[^"]*\p{Script=Latin}[^"]*"/u
const hasHan = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u

/** Whether `text` holds at least one Han ideograph (cheap test before the work). */
export function containsHan(text: string): boolean {
  return hasHan.test(text)
}

/**
 * The Chinese runs of the segment `[start, end)` of `text`, each with its
 * context, its Chinese sentences and (when a segmenter is given) its words.
 * `where` is what the caller knows about the segment: in a Sources list, or
 * in a Chinese block.
 */
export function hanRunsOf(text: string, segment: Span, where: 'sources' | 'chinese' | 'other', segmenter?: ChineseSegmenter): HanRun[] {
  const segmentText = text.slice(segment.start, segment.end)
  if (!containsHan(segmentText)) return []
  return findHanRuns(segmentText).map((local) => {
    const run = { start: segment.start + local.start, end: segment.start + local.end }
    const runText = text.slice(run.start, run.end)
    return {
      ...run,
      text: runText,
      context: contextOf(text, segment, run, where),
      sentences: splitChineseSentences(runText, run.start),
      words: segmenter === undefined ? [] : segmenter.segment(runText, run.start)
    }
  })
}

function contextOf(text: string, segment: Span, run: Span, where: 'sources' | 'chinese' | 'other'): HanContext {
  if (where === 'sources') return 'source-item'
  if (where === 'chinese') return 'standalone'
  const before = skipSpaces(text, run.start - 1, -1, segment)
  const after = skipSpaces(text, run.end, 1, segment)
  const quoted = before >= 0 && after >= 0 && openingQuotes.has(text[before]!) && closingQuotes.has(text[after]!)
  const parenthesisBefore = quoted ? skipSpaces(text, before - 1, -1, segment) : before
  const parenthesisAfter = quoted ? skipSpaces(text, after + 1, 1, segment) : after
  const parenthesised = parenthesisBefore >= 0 && parenthesisAfter >= 0 && isOpeningBracket(text[parenthesisBefore]!) && isClosingBracket(text[parenthesisAfter]!)
  if (quoted) {
    // A Chinese quotation next to a quotation in Latin script is the original of that rendering.
    const rest = text.slice(segment.start, run.start - 1) + ' ' + text.slice(run.end + 1, segment.end)
    if (parenthesised || latinQuotation.test(rest)) return 'quoted-original'
  }
  return parenthesised ? 'parenthesised' : 'inline'
}

/** Index of the first non-space character from `index` going `step`, inside `segment`, or -1. */
function skipSpaces(text: string, index: number, step: 1 | -1, segment: Span): number {
  let at = index
  while (at >= segment.start && at < segment.end && /\s/u.test(text[at]!)) at += step
  return at >= segment.start && at < segment.end ? at : -1
}

function isOpeningBracket(character: string): boolean {
  return character === '(' || character === '（' || character === '['
}

function isClosingBracket(character: string): boolean {
  return character === ')' || character === '）' || character === ']'
}
