import type { Segment, Span } from '@renderings/types'
import { tokenizeLatin, type LatinToken } from './latin-tokens.js'
import { originalKey } from './han-runs.js'
import type { MiningDocument } from './types.js'

/** One rendering of a Chinese statement somewhere in the corpus. */
export interface StatementRendering {
  document: MiningDocument
  segment: Segment
  span: Span
  /** Tokens of the rendering span. */
  tokens: LatinToken[]
  /** Content stems of the rest of the sentence: what the statement was said about. */
  context: Set<string>
  /** Quoted next to the original, or found by similarity. */
  quoted: boolean
  score: number
  /** Quoted fragments of the same sentence that render parts of the original. */
  fragments: Span[]
}

/** A Chinese original and every rendering of it found so far. */
export interface Statement {
  key: string
  text: string
  /** Where the original is written (the first quotation). */
  document: MiningDocument
  segment: Segment
  span: Span
  renderings: StatementRendering[]
}

/** Build a rendering record for `span` of `segment`, excluding `exclude` from its context. */
export function makeRendering(
  document: MiningDocument,
  segment: Segment,
  span: Span,
  quoted: boolean,
  score: number,
  fragments: Span[] = [],
  exclude: Span[] = []
): StatementRendering {
  const text = document.segmented.text
  const tokens = tokenizeLatin(text.slice(span.start, span.end), segment.lang, span.start)
  const context = new Set(
    tokenizeLatin(segment.text, segment.lang, segment.start)
      .filter((token) => !token.stop && (token.end <= span.start || token.start >= span.end))
      .filter((token) => !exclude.some((other) => token.start >= other.start && token.end <= other.end))
      .map((token) => token.stem)
  )
  return { document, segment, span, tokens, context, quoted, score, fragments }
}

/** Group quoted pairs by their original (ignoring spaces and punctuation). */
export function groupStatements(
  pairs: ReadonlyArray<{ document: MiningDocument; segment: Segment; original: Span & { text: string }; rendering: StatementRendering }>
): Statement[] {
  const byKey = new Map<string, Statement>()
  for (const pair of pairs) {
    const key = originalKey(pair.original.text)
    let statement = byKey.get(key)
    if (statement === undefined) {
      statement = { key, text: pair.original.text, document: pair.document, segment: pair.segment, span: pair.original, renderings: [] }
      byKey.set(key, statement)
    }
    statement.renderings.push(pair.rendering)
  }
  return [...byKey.values()]
}
