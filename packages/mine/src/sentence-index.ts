import type { Segment, Span } from '@renderings/types'
import { tokenizeLatin, type LatinToken } from './latin-tokens.js'
import { findQuotes } from './quotes.js'
import type { MiningDocument } from './types.js'

/** A Latin-script sentence of the corpus, tokenised once. */
export interface IndexedSentence {
  id: number
  document: MiningDocument
  segment: Segment
  tokens: LatinToken[]
  /** Quotations, straight single quotes included, as trimmed content spans. */
  quotes: Span[]
  keys: Set<string>
}

/**
 * An inverted index from anchors (content stems, names, numbers) to the
 * sentences that contain them. Comparing a statement with the corpus only
 * touches the sentences that share one of its rarer anchors: time grows with
 * the postings read, not with every pair of sentences.
 */
export class AnchorIndex {
  readonly sentences: IndexedSentence[] = []
  private readonly postings = new Map<string, number[]>()
  private readonly documentKeys = new Map<string, Set<string>>()
  private readonly documentFrequency = new Map<string, number>()
  private readonly similarities = new Map<string, number>()

  add(document: MiningDocument): void {
    const documentKeys = new Set<string>()
    this.documentKeys.set(document.segmented.doc, documentKeys)
    for (const segment of document.segmented.segments) {
      if (segment.lang === 'zh' || segment.lang === 'vi') continue
      const tokens = tokenizeLatin(segment.text, segment.lang, segment.start)
      const keys = new Set(tokens.filter((token) => !token.stop).map((token) => token.stem))
      const id = this.sentences.length
      const quotes = [...findQuotes(segment.text, segment.start), ...findStraightSingleQuotes(segment.text, segment.start)]
      this.sentences.push({ id, document, segment, tokens, quotes, keys })
      for (const key of keys) documentKeys.add(key)
      for (const key of keys) {
        const list = this.postings.get(key)
        if (list === undefined) this.postings.set(key, [id])
        else list.push(id)
      }
    }
  }

  /** Finish adding documents (counts how many documents hold each anchor). */
  seal(): void {
    for (const keys of this.documentKeys.values()) for (const key of keys) this.documentFrequency.set(key, (this.documentFrequency.get(key) ?? 0) + 1)
  }

  /**
   * How much two documents are about the same thing: the rarity-weighted
   * share of anchors they have in common (weighted Jaccard), cached per pair.
   * A statement is more likely rendered again in a report of the same event.
   */
  documentSimilarity(a: string, b: string): number {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`
    const cached = this.similarities.get(key)
    if (cached !== undefined) return cached
    const left = this.documentKeys.get(a) ?? new Set<string>()
    const right = this.documentKeys.get(b) ?? new Set<string>()
    const documents = this.documentKeys.size
    const weight = (anchor: string): number => Math.log(1 + documents / (this.documentFrequency.get(anchor) ?? 1))
    let shared = 0
    let union = 0
    for (const anchor of left) {
      const value = weight(anchor)
      union += value
      if (right.has(anchor)) shared += value
    }
    for (const anchor of right) if (!left.has(anchor)) union += weight(anchor)
    const similarity = union === 0 ? 0 : shared / union
    this.similarities.set(key, similarity)
    return similarity
  }

  /** How many sentences contain `key`. */
  frequency(key: string): number {
    return this.postings.get(key)?.length ?? 0
  }

  has(key: string): boolean {
    return this.postings.has(key)
  }

  /** Inverse sentence frequency: rare anchors weigh more. */
  weight(key: string): number {
    return Math.log(1 + this.sentences.length / (1 + this.frequency(key)))
  }

  posting(key: string): readonly number[] {
    return this.postings.get(key) ?? []
  }
}

/**
 * Straight single quotes used as quotation marks ('…'): an opening one after
 * a blank and before a letter, a closing one after a letter and before a
 * blank or punctuation. Apostrophes inside words (l'ordre) are neither.
 */
export function findStraightSingleQuotes(text: string, base = 0): Span[] {
  const spans: Span[] = []
  let open = -1
  for (let index = 0; index < text.length; index++) {
    if (text[index] !== "'") continue
    const before = text[index - 1] ?? ' '
    const after = text[index + 1] ?? ' '
    if (/[\s(]/u.test(before) && /\p{L}/u.test(after)) open = index
    else if (open >= 0 && /[\p{L}\p{N}.!?]/u.test(before) && /[\s.,;:!?)]/u.test(after)) {
      spans.push({ start: open + 1 + base, end: index + base })
      open = -1
    }
  }
  return spans
}
