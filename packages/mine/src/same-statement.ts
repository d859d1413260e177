import type { Span } from '@renderings/types'
import type { AnchorIndex, IndexedSentence } from './sentence-index.js'
import { findStatementSpan } from './statement-span.js'
import { makeRendering, type Statement, type StatementRendering } from './statements.js'

/** A sentence found to render a statement without quoting the original. */
export interface StatementMatch {
  statement: Statement
  sentence: IndexedSentence
  span: Span
  score: number
  /** The rendering it was found from. */
  from: StatementRendering
  anchors: string[]
}

export interface SameStatementOptions {
  /** Extra anchors of the statement: names read from the original, glossary renderings of its concepts. */
  extraKeys: ReadonlyMap<string, Set<string>>
  minScore: number
}

// Stems of French verbs and words that report speech.
const reportingStems: ReadonlySet<string> = new Set(['declar', 'affirm', 'ajout', 'soulign', 'indiqu', 'rappel', 'assur', 'expliqu', 'estim', 'insist', 'selon', 'dit', 'dir', 'appel'])

// An anchor found in more than this share of the sentences says nothing about
// which statement a sentence renders ("Chine" in a corpus about China).
const commonShare = 0.2

/**
 * Sentences of the corpus that render each statement without quoting it.
 * Candidates are gathered through the anchor index (shared rare stems, names,
 * numbers); each is scored by how much of a known rendering its span
 * contains (0.55), how much of the quoting sentence's context it shares
 * (0.25) and how close its document is to the quoting one (0.2), all
 * weighted by rarity.
 */
export function findSameStatements(index: AnchorIndex, statements: readonly Statement[], options: SameStatementOptions): StatementMatch[] {
  const matches: StatementMatch[] = []
  const tooCommon = index.sentences.length >= 10 ? Math.max(3, index.sentences.length * commonShare) : Infinity
  const weight = (key: string): number => index.weight(key)
  for (const statement of statements) {
    const extra = options.extraKeys.get(statement.key) ?? new Set<string>()
    const best = new Map<number, StatementMatch>()
    // Spans already known as renderings, by sentence: a match may not overlap them.
    const taken = new Map<object, Span[]>()
    for (const rendering of statement.renderings) taken.set(rendering.segment, [...(taken.get(rendering.segment) ?? []), rendering.span])
    // The same rendering quoted in many documents searches once: the
    // postings read grow with the corpus, not with the corpus squared.
    const searched = new Set<string>()
    for (const rendering of statement.renderings) {
      const text = rendering.tokens.map((token) => token.folded).join(' ')
      if (searched.has(text)) continue
      searched.add(text)
      const own = new Set(rendering.tokens.filter((token) => !token.stop).map((token) => token.stem))
      const anchors = new Set([...own, ...extra])
      const keys = [...anchors].filter((key) => index.has(key) && index.frequency(key) <= tooCommon)
      const total = [...own].reduce((sum, key) => sum + weight(key), 0)
      const contextTotal = [...rendering.context].reduce((sum, key) => sum + weight(key), 0)
      if (total === 0) continue
      const shared = new Map<number, number>()
      for (const key of keys) for (const id of index.posting(key)) shared.set(id, (shared.get(id) ?? 0) + 1)
      for (const [id, count] of shared) {
        const sentence = index.sentences[id]!
        if (count < 2 || sentence.segment.lang !== rendering.segment.lang || sentence.segment.kind === 'source-item') continue
        const matched = new Map<number, number>()
        sentence.tokens.forEach((token, position) => {
          if (!token.stop && anchors.has(token.stem)) matched.set(position, 1)
        })
        const span = findStatementSpan(sentence, matched, rendering, weight)
        if (span === undefined) continue
        if ((taken.get(sentence.segment) ?? []).some((other) => overlaps(other, span))) continue
        // Evidence counts inside the span only: scattered words elsewhere in
        // the sentence do not make it a rendering.
        const inSpan = new Set(
          sentence.tokens.filter((token) => !token.stop && token.start >= span.start && token.end <= span.end && anchors.has(token.stem)).map((token) => token.stem)
        )
        if (inSpan.size < 2) continue
        const local = Math.min(1, [...inSpan].reduce((sum, key) => sum + weight(key), 0) / total)
        const context = contextTotal === 0 ? 0 : [...rendering.context].filter((key) => sentence.keys.has(key)).reduce((sum, key) => sum + weight(key), 0) / contextTotal
        const related = index.documentSimilarity(rendering.document.segmented.doc, sentence.document.segmented.doc)
        // A statement is quoted or reported ("a déclaré", "selon"): a sentence
        // that reports speech is more likely to render one.
        const reported = sentence.quotes.some((quote) => quote.start <= span.start && span.end <= quote.end) || sentence.tokens.some((token) => reportingStems.has(token.stem))
        const score = round(Math.min(1, 0.55 * local + 0.25 * Math.min(1, context * 2) + 0.2 * Math.min(1, related * 3) + (reported ? 0.1 : 0)))
        if (score < options.minScore) continue
        const previous = best.get(id)
        if (previous !== undefined && previous.score >= score) continue
        best.set(id, { statement, sentence, span, score, from: rendering, anchors: [...inSpan] })
      }
    }
    matches.push(...best.values())
  }
  return matches
}

/** Add the matches found to their statements, as renderings found by similarity. */
export function adoptMatches(matches: readonly StatementMatch[], minScore: number): void {
  for (const match of matches) {
    if (match.score < minScore) continue
    const { document, segment } = match.sentence
    match.statement.renderings.push(makeRendering(document, segment, match.span, false, match.score))
  }
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
