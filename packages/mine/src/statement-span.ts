import type { Span } from '@renderings/types'
import type { LatinToken } from './latin-tokens.js'
import type { IndexedSentence } from './sentence-index.js'
import { trimSpan } from './evidence.js'

/** What the span finder knows about the rendering it looks for. */
export interface RenderingShape {
  tokens: readonly LatinToken[]
}

const clauseMark = /[,;:.!?«»"“”()—]|\s'|'\s/u
const infinitive = /(?:er|ir|re|oir)$/

/**
 * The span of `sentence` that renders the same thing as `shape`, given the
 * sentence tokens that share an anchor with it (`matched`):
 * 1. the densest run of matched tokens (at most two content words apart);
 * 2. if that run sits in a quotation not much longer than the rendering, the
 *    quotation;
 * 3. otherwise the run widened by as many content words as the rendering has
 *    unmatched before and after its own matched words, never across a
 *    clause mark; a rendering that opens on an infinitive ("préserver …")
 *    widens to the nearest infinitive on the left ("protéger …").
 */
export function findStatementSpan(
  sentence: IndexedSentence,
  matched: ReadonlyMap<number, number>,
  shape: RenderingShape,
  weightOf: (key: string) => number
): Span | undefined {
  const run = densestRun(sentence.tokens, matched, weightOf)
  if (run === undefined) return undefined
  const text = sentence.document.segmented.text
  const tokens = sentence.tokens
  const startOffset = tokens[run.first]!.start
  const endOffset = tokens[run.last]!.end
  const shapeContent = shape.tokens.filter((token) => !token.stop)
  const quote = sentence.quotes
    .filter((span) => span.start <= startOffset && endOffset <= span.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0]
  if (quote !== undefined) {
    const quoted = tokens.filter((token) => token.start >= quote.start && token.end <= quote.end && !token.stop).length
    if (quoted <= shapeContent.length * 2.5 + 2) return trimSpan(text, quote.start, quote.end)
  }
  // Words of the run matched by the rendering itself (not by extra anchors):
  // only the rendering's own unmatched words ask for widening, and only as
  // many as extra anchors did not already cover.
  const shapeStems = new Set(shapeContent.map((token) => token.stem))
  const runContent = tokens.slice(run.first, run.last + 1).filter((token) => !token.stop)
  const ownInRun = runContent.map((token) => shapeStems.has(token.stem))
  const matchedStems = new Set(runContent.filter((token) => shapeStems.has(token.stem)).map((token) => token.stem))
  const firstMatched = shapeContent.findIndex((token) => matchedStems.has(token.stem))
  const lastMatched = shapeContent.findLastIndex((token) => matchedStems.has(token.stem))
  const leadingExtras = Math.max(0, ownInRun.indexOf(true))
  const trailingExtras = ownInRun.lastIndexOf(true) < 0 ? 0 : ownInRun.length - 1 - ownInRun.lastIndexOf(true)
  let first = run.first
  let last = run.last
  const before = firstMatched - leadingExtras
  if (firstMatched > 0 && before > 0 && leadingExtras === 0) {
    const opener = shapeContent[0]!
    const wantInfinitive = infinitive.test(opener.folded) && !opener.capitalised
    const toInfinitive = wantInfinitive ? widen(text, tokens, first, -1, before, true) : first
    first = toInfinitive !== first ? toInfinitive : widen(text, tokens, first, -1, before, false)
  }
  const after = shapeContent.length - 1 - lastMatched - trailingExtras
  if (lastMatched >= 0 && after > 0 && trailingExtras === 0) last = widen(text, tokens, last, 1, after, false)
  const span = trimSpan(text, tokens[first]!.start, tokens[last]!.end)
  return span.end > span.start ? span : undefined
}

function widen(text: string, tokens: readonly LatinToken[], from: number, step: 1 | -1, count: number, toInfinitive: boolean): number {
  let edge = from
  let taken = 0
  let index = from + step
  const limit = toInfinitive ? count + 1 : count
  while (index >= 0 && index < tokens.length && taken < limit) {
    const [left, right] = step < 0 ? [tokens[index]!, tokens[index + 1]!] : [tokens[index - 1]!, tokens[index]!]
    if (clauseMark.test(text.slice(left.end, right.start))) break
    const token = tokens[index]!
    if (!token.stop) {
      taken++
      if (toInfinitive) {
        if (infinitive.test(token.folded) && !token.capitalised) return index
      } else edge = index
    }
    index += step
  }
  return toInfinitive ? from : edge
}

function densestRun(
  tokens: readonly LatinToken[],
  matched: ReadonlyMap<number, number>,
  weightOf: (key: string) => number
): { first: number; last: number } | undefined {
  let best: { first: number; last: number; weight: number } | undefined
  let current: { first: number; last: number; weight: number; stems: Set<string> } | undefined
  let gap = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.stop) continue
    if (matched.has(index)) {
      if (current === undefined || gap > 2) current = { first: index, last: index, weight: 0, stems: new Set() }
      current.last = index
      if (!current.stems.has(token.stem)) {
        current.stems.add(token.stem)
        current.weight += weightOf(token.stem)
      }
      gap = 0
      if (best === undefined || current.weight > best.weight) best = { first: current.first, last: current.last, weight: current.weight }
      else if (best.first === current.first) best.last = current.last
    } else gap++
  }
  return best
}
