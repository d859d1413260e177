import type { Span } from '@renderings/types'
import { isChineseSentenceEnd, isClosingMark } from './han-characters.js'

/**
 * Chinese sentences of `text`: each ends after 。！？ and the closing quotes
 * or brackets right after it (`…。”`); text after the last end is a sentence
 * too. Leading and trailing white space is left out of every span; offsets
 * are into `text` plus `offset`.
 */
export function splitChineseSentences(text: string, offset = 0): Span[] {
  const sentences: Span[] = []
  let start = 0
  const push = (end: number): void => {
    const span = trimSpan(text, start, end)
    if (span) sentences.push({ start: span.start + offset, end: span.end + offset })
    start = end
  }
  for (let index = 0; index < text.length; index++) {
    if (!isChineseSentenceEnd(text[index] ?? '')) continue
    let end = index + 1
    // A run of ends (！？ or 。。。) is one sentence end.
    while (end < text.length && isChineseSentenceEnd(text[end] ?? '')) end++
    while (end < text.length && isClosingMark(text[end] ?? '')) end++
    push(end)
    index = end - 1
  }
  push(text.length)
  return sentences
}

function trimSpan(text: string, start: number, end: number): Span | undefined {
  let from = start
  let to = end
  while (from < to && /\s/u.test(text[from] ?? '')) from++
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to--
  return from < to ? { start: from, end: to } : undefined
}
