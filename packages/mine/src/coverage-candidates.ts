import { evidenceSpan, textOf } from './evidence.js'
import type { KnownConcepts } from './known-concepts.js'
import type { ClauseLink, EventCoverage, PassageRendering } from './rendered-clauses.js'
import { findPhraseRenderings, type PhraseRendering } from './rendered-phrases.js'
import type { Segment, Span } from '@renderings/types'
import type { MinedCandidate, MiningDocument } from './types.js'

type NewCandidate = Omit<MinedCandidate, 'id'>

/** A candidate of the coverage with where both sides are, for grouping across outlets. */
export interface CoverageCandidate {
  candidate: NewCandidate
  /** The Chinese phrase or clause: same key, same original. */
  unit: string
  sourceDocument: MiningDocument
  sourceSegment: Segment
  target: { document: MiningDocument; segment: Segment; span: Span }
  /** The word links behind the rendering (Chinese word → target word). */
  links: readonly ClauseLink[]
}

/**
 * The clause renderings of an event as candidates: each pairs a clause of
 * the Chinese original (source) with the span that renders it (rendering),
 * both sentences as evidence, and the word links as anchors. Only clauses
 * rendered by at least `minDocuments` documents are proposed.
 */
export function clauseCandidates(coverage: EventCoverage, minDocuments: number): CoverageCandidate[] {
  const documentsOf = new Map<string, Set<string>>()
  const keyOf = (clause: PassageRendering['clauses'][number]): string => `${clause.document.segmented.doc}\u0000${clause.start}`
  for (const rendering of coverage.renderings) {
    const key = keyOf(rendering.clause)
    const set = documentsOf.get(key) ?? new Set<string>()
    set.add(rendering.target.document.segmented.doc)
    documentsOf.set(key, set)
  }
  const candidates: CoverageCandidate[] = []
  for (const rendering of coverage.passages) {
    // A passage counts the documents of its best-rendered clause.
    const rendered = rendering.clauses.map((clause) => documentsOf.get(keyOf(clause)) ?? new Set<string>()).reduce((a, b) => (b.size > a.size ? b : a))
    if (rendered.size < minDocuments) continue
    const { target } = rendering
    const clause = rendering.clauses[0]!
    const sourceText = clause.document.segmented.text.slice(rendering.source.start, rendering.source.end)
    const copies = rendering.clauses.flatMap((member) => coverage.copies.get(member) ?? [])
    const candidate: NewCandidate = {
      method: 'rendered-clause',
      score: round(rendering.score),
      source: { lang: 'zh', text: sourceText },
      rendering: { lang: target.segment.lang, text: textOf(target.document, rendering.span) },
      known: false,
      evidence: {
        rendering: evidenceSpan(target.document, target.segment, rendering.span.start, rendering.span.end),
        source: evidenceSpan(clause.document, clause.segment, rendering.source.start, rendering.source.end),
        anchors: rendering.links.map((link) => `${link.source.text}→${link.target.text}`),
        note:
          `renders ${rendering.clauses.length === 1 ? 'a clause' : `${rendering.clauses.length} clauses`} of ${clause.document.segmented.doc} (${rendered.size} documents render it; ` +
          (rendering.inferred
            ? 'inferred between the renderings of its neighbours in a document that follows the original\'s order, no words of its own linked)'
            : `${Math.round(rendering.coverage * 100)} % of the clause linked, ${Math.round(rendering.density * 100)} % of the span)`) +
          (copies.length > 0 ? `; also written in ${copies.map((copy) => copy.document.segmented.doc).join(', ')}` : '')
      }
    }
    candidates.push({ candidate, unit: `${clause.document.segmented.doc}\u0000${rendering.source.start}\u0000${rendering.source.end}`, sourceDocument: clause.document, sourceSegment: clause.segment, target: { document: target.document, segment: target.segment, span: rendering.span }, links: rendering.links })
  }
  return candidates
}

/**
 * The phrases inside the clause renderings as candidates (`rendered-phrase`):
 * a glossary concept or a chunk of linked words, and the part of the
 * passage's span that renders it. Only phrases rendered by at least
 * `minDocuments` documents are proposed.
 */
export function phraseCandidates(coverage: EventCoverage, known: KnownConcepts, toSimplified: (text: string) => string, minDocuments: number): CoverageCandidate[] {
  const phrases: PhraseRendering[] = []
  for (const passage of coverage.passages) {
    const words = passage.clauses.flatMap((clause) => coverage.words.get(clause) ?? [])
    for (const phrase of findPhraseRenderings(passage, words, known, toSimplified)) phrases.push(phrase)
  }
  const documentsOf = new Map<string, Set<string>>()
  const keyOf = (phrase: PhraseRendering): string => `${phrase.passage.clauses[0]!.document.segmented.doc}\u0000${phrase.source.start}\u0000${phrase.source.end}`
  for (const phrase of phrases) {
    if (phrase.score < minPhraseScore) continue
    const set = documentsOf.get(keyOf(phrase)) ?? new Set<string>()
    set.add(phrase.passage.target.document.segmented.doc)
    documentsOf.set(keyOf(phrase), set)
  }
  return phrases.filter((phrase) => phrase.score >= minPhraseScore && documentsOf.get(keyOf(phrase))!.size >= minDocuments).map((phrase) => {
    const { passage } = phrase
    const clause = passage.clauses[0]!
    const target = passage.target
    const rendered = documentsOf.get(keyOf(phrase))!.size
    const candidate: NewCandidate = {
      method: 'rendered-phrase' as const,
      ...(phrase.conceptId === undefined ? {} : { conceptId: phrase.conceptId }),
      score: round(phrase.score),
      source: { lang: 'zh', text: phrase.source.text },
      rendering: { lang: target.segment.lang, text: textOf(target.document, phrase.span) },
      known: phrase.known,
      evidence: {
        rendering: evidenceSpan(target.document, target.segment, phrase.span.start, phrase.span.end),
        source: evidenceSpan(clause.document, clause.segment, phrase.source.start, phrase.source.end),
        anchors: phrase.links.map((link) => `${link.source.text}→${link.target.text}`),
        note: `inside «${textOf(target.document, passage.span)}», the rendering of «${clause.document.segmented.text.slice(passage.source.start, passage.source.end)}» (${rendered} documents render the phrase)`
      }
    }
    return { candidate, unit: keyOf(phrase), sourceDocument: clause.document, sourceSegment: clause.segment, target: { document: target.document, segment: target.segment, span: phrase.span }, links: phrase.links }
  })
}

/** Lowest score of a phrase proposed: a phrase rests on fewer links than its clause. */
const minPhraseScore = 0.4

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
