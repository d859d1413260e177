import type { Segment, Span } from '@renderings/types'
import { findHanRuns } from './han-runs.js'
import { findQuotes, type QuoteSpan } from './quotes.js'
import { tokenizeLatin } from './latin-tokens.js'
import { trimSpan } from './evidence.js'
import type { MiningDocument, UnpairedOriginal } from './types.js'

/** How the rendering sits next to its original. */
export type PairingPattern = 'adjacent' | 'fragment' | 'following' | 'preceding-text'

/** A Chinese original and the span of the same sentence that renders it. */
export interface QuotedPair {
  document: MiningDocument
  segment: Segment
  original: Span & { text: string }
  rendering: Span
  pattern: PairingPattern
  /** Earlier quotations of the sentence that render parts of the original. */
  fragments: Span[]
  score: number
}

// Latin letters: Han characters are letters too, and must not count here.
const letter = /\p{Script=Latin}/u
const han = /\p{Script=Han}/u
const introducer = /\b(?:en\s+)?(?:chinois|mandarin)\b|\b(?:texte\s+)?original\b|\bin\s+chinese\b|\bchinese\b/giu
const pairingScore: Record<PairingPattern, number> = { adjacent: 0.95, following: 0.9, fragment: 0.75, 'preceding-text': 0.5 }

/**
 * Pair each Chinese passage quoted in a Latin-script sentence with the span
 * that renders it:
 * - `adjacent`: « rendering » (« 中文 »), the rendering quoted just before;
 * - `fragment`: a quoted fragment earlier in the sentence, the sentence going
 *   on unquoted before the original (« retour … » de cet ordre (« 中文 »));
 * - `following`: 中文 (« rendering »), the original first;
 * - `preceding-text`: unquoted words right before a parenthesised original.
 * Earlier quotations since the previous original are kept as fragments.
 */
export function findQuotedPairs(document: MiningDocument, maxPerDocument: number): { pairs: QuotedPair[]; unpaired: UnpairedOriginal[] } {
  const pairs: QuotedPair[] = []
  const unpaired: UnpairedOriginal[] = []
  const text = document.segmented.text
  let seen = 0
  for (const segment of document.segmented.segments) {
    if (segment.lang === 'zh' || segment.kind === 'source-item' || !han.test(segment.text)) continue
    const quotes = findQuotes(segment.text, segment.start)
    let previousEnd = segment.start
    for (const original of findHanRuns(segment.text, segment.start)) {
      if (++seen > maxPerDocument) {
        unpaired.push(unpairedOf(document, segment, original, `more than ${maxPerDocument} Chinese passages in the document: the rest is skipped`))
        continue
      }
      const pair = pairOriginal(text, segment, quotes, original, previousEnd)
      previousEnd = Math.max(previousEnd, original.end)
      if (pair === undefined) {
        unpaired.push(unpairedOf(document, segment, original, 'no quoted or parenthesised rendering next to it'))
        continue
      }
      pairs.push({ document, segment, original, ...pair, score: pairingScore[pair.pattern] })
    }
  }
  return { pairs, unpaired }
}

function pairOriginal(
  text: string,
  segment: Segment,
  quotes: readonly QuoteSpan[],
  original: Span,
  previousEnd: number
): { rendering: Span; pattern: PairingPattern; fragments: Span[] } | undefined {
  const own = quotes.filter((quote) => quote.start <= original.start && original.end <= quote.end).at(-1)
  let containerStart = own && !letter.test(text.slice(own.start, own.end)) ? own.open : original.start
  let containerEnd = own && containerStart === own.open ? own.close + 1 : original.end
  const opening = skipBackBlanks(text, containerStart, segment.start)
  const parenthesised = text[opening - 1] === '('
  if (parenthesised) containerStart = opening - 1
  if (parenthesised && text[skipBlanks(text, containerEnd, segment.end)] === ')') containerEnd = skipBlanks(text, containerEnd, segment.end) + 1
  const latinQuotes = quotes.filter(
    (quote) => quote.open >= previousEnd && quote.close < containerStart && isLatin(text, quote)
  )
  const main = latinQuotes.at(-1)
  if (main !== undefined) {
    // "(en chinois : …)", "(original : …)" only introduce the original.
    const gap = text.slice(main.close + 1, containerStart).replace(introducer, ' ')
    const pattern = letter.test(gap) ? 'fragment' : 'adjacent'
    return { rendering: { start: main.start, end: main.end }, pattern, fragments: latinQuotes.slice(0, -1).map(spanOf) }
  }
  const after = skipBlanks(text, containerEnd, segment.end)
  const following = quotes.find((quote) => quote.open >= containerEnd && quote.open <= after + 1 && isLatin(text, quote))
  if (following !== undefined && (text[after] === '(' || following.open === after)) {
    return { rendering: spanOf(following), pattern: 'following', fragments: [] }
  }
  if (parenthesised) {
    const rendering = precedingWords(text, segment, previousEnd, containerStart, original.end - original.start)
    if (rendering !== undefined) return { rendering, pattern: 'preceding-text', fragments: [] }
  }
  return undefined
}

/**
 * The words right before a parenthesised original, back to the previous
 * clause mark, about as many content words as the original has characters
 * over two (Chinese words are mostly two characters).
 */
function precedingWords(text: string, segment: Segment, floor: number, before: number, originalLength: number): Span | undefined {
  let from = Math.max(floor, segment.start)
  const stretch = text.slice(from, before)
  const clause = Math.max(...[',', ';', ':', '«', '»', '"', '—', '(', ')'].map((mark) => stretch.lastIndexOf(mark)))
  if (clause >= 0) from += clause + 1
  const tokens = tokenizeLatin(text.slice(from, before), segment.lang, from)
  const wanted = Math.max(1, Math.round(originalLength / 2))
  let taken = 0
  let first = tokens.length
  while (first > 0 && taken < wanted) {
    first--
    if (!tokens[first]!.stop) taken++
  }
  if (taken === 0) return undefined
  const span = trimSpan(text, tokens[first]!.start, tokens.at(-1)!.end)
  return span.end > span.start ? span : undefined
}

function isLatin(text: string, quote: QuoteSpan): boolean {
  const inner = text.slice(quote.start, quote.end)
  return letter.test(inner) && !han.test(inner)
}

function spanOf(quote: QuoteSpan): Span {
  return { start: quote.start, end: quote.end }
}

function skipBlanks(text: string, index: number, limit: number): number {
  while (index < limit && /[\s\u00a0\u202f]/u.test(text[index]!)) index++
  return index
}

function skipBackBlanks(text: string, index: number, floor: number): number {
  while (index > floor && /[\s\u00a0\u202f]/u.test(text[index - 1]!)) index--
  return index
}

function unpairedOf(document: MiningDocument, segment: Segment, original: Span & { text: string }, reason: string): UnpairedOriginal {
  return { doc: document.segmented.doc, sentence: segment.sentence, start: original.start, end: original.end, text: original.text, reason }
}
