import { findVietnameseWords } from '@renderings/parse-vi'
import type { Span, VietnameseWordSpan } from '@renderings/types'

/**
 * The words of several syllables inside a Vietnamese segment, offsets into
 * the document. A dictionary user, a miner or an aligner then sees
 * `đất hiếm` (rare earths) as one word, not `đất` (earth) and `hiếm` (rare).
 */
export function vietnameseWordsOf(text: string, segment: Span): VietnameseWordSpan[] {
  return findVietnameseWords(text.slice(segment.start, segment.end), segment.start).map(({ start, end, text: word }) => ({ start, end, text: word }))
}
