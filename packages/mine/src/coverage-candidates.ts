import { calibratedScore, coverageModel } from './candidate-score.js'
import { independentAgreement } from './coverage-copies.js'
import { groupUnits, proposeConcept, unitVariants } from './coverage-outlets.js'
import { evidenceSpan, textOf } from './evidence.js'
import type { KnownConcepts } from './known-concepts.js'
import type { ClauseLink, EventCoverage, PassageRendering } from './rendered-clauses.js'
import { findPhraseRenderings, type PhraseRendering } from './rendered-phrases.js'
import type { Segment, Span } from '@renderings/types'
import type { CandidatePart, ConceptProposal, MinedCandidate, MiningDocument } from './types.js'

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
  /** The passage rendering it comes from (a clause's own, or the one a phrase lies in). */
  passage: PassageRendering
  /** The pipeline's own score (links, agreement, order), on the scale its variant and proposal thresholds are set on. */
  rawScore: number
}

/**
 * The clause renderings of an event as candidates: each pairs a passage of
 * the Chinese original (source) with the span that renders it (rendering),
 * both sentences as evidence, the word links as anchors and the figures of
 * the evidence, scored by the calibrated model (`candidate-score.ts`).
 * Proposed: passages rendered by at least `minDocuments` documents, scoring
 * the model's threshold or more, one per stretch of a document. With
 * `calibrating`, every passage is returned, whatever its score, for fitting
 * the model.
 */
function clauseCandidates(coverage: EventCoverage, minDocuments: number, calibrating: boolean): CoverageCandidate[] {
  const documentsOf = new Map<string, Set<string>>()
  const keyOf = (clause: PassageRendering['clauses'][number]): string => `${clause.document.segmented.doc}\u0000${clause.start}`
  for (const rendering of coverage.renderings) {
    const key = keyOf(rendering.clause)
    const set = documentsOf.get(key) ?? new Set<string>()
    set.add(rendering.target.document.segmented.doc)
    documentsOf.set(key, set)
  }
  // The lead of each original: its title lines and its first full sentence
  // (a readout's who met whom, when), what every report repeats and no
  // outlet words its own way.
  const leads = new Set<number>()
  const leadDone = new Set<MiningDocument>()
  coverage.sentences.forEach((sentence, index) => {
    if (leadDone.has(sentence.document) || sentence.clauses.length === 0) return
    leads.add(index)
    if (/[。！？!?]/u.test(sentence.document.segmented.text.slice(sentence.clauses.at(-1)!.end, sentence.end))) leadDone.add(sentence.document)
  })
  // What all the renderings of one passage of the original show.
  const unitOf = (passage: PassageRendering): string => `${passage.clauses[0]!.document.segmented.doc}\u0000${passage.source.start}\u0000${passage.source.end}`
  const byUnit = new Map<string, PassageRendering[]>()
  for (const passage of coverage.passages) byUnit.set(unitOf(passage), [...(byUnit.get(unitOf(passage)) ?? []), passage])
  const agreementApart = independentAgreement(coverage.renderings)
  const candidates: CoverageCandidate[] = []
  for (const rendering of coverage.passages) {
    // A passage counts the documents of its best-rendered clause.
    const rendered = rendering.clauses.map((clause) => documentsOf.get(keyOf(clause)) ?? new Set<string>()).reduce((a, b) => (b.size > a.size ? b : a))
    const { target } = rendering
    const clause = rendering.clauses[0]!
    const sourceText = clause.document.segmented.text.slice(rendering.source.start, rendering.source.end)
    // The lead says who met whom: every report repeats it, and no outlet
    // words it its own way; only a named document in it (《…》) is a phrase.
    if (leads.has(clause.sentence) && !rendering.clauses.some(isNamedDocument)) continue
    const copies = rendering.clauses.flatMap((member) => coverage.copies.get(member) ?? [])
    const unit = byUnit.get(unitOf(rendering))!
    const figures = roundFigures({
      ...passageFigures(rendering, rendered.size),
      independentAgreement: agreementApart(rendering),
      position: clause.start / Math.max(1, clause.document.segmented.text.length),
      lead: leads.has(clause.sentence) ? 1 : 0,
      passageRenderings: unit.length,
      passageQuoted: unit.some(isQuoted) ? 1 : 0,
      passageMass: unit.reduce((heaviest, member) => Math.max(heaviest, member.mass), 0),
      passageMeanMass: unit.reduce((sum, member) => sum + member.mass, 0) / unit.length
    })
    const candidate: NewCandidate = {
      method: 'rendered-clause',
      score: round(calibratedScore(figures)),
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
          (copies.length > 0 ? `; also written in ${copies.map((copy) => copy.document.segmented.doc).join(', ')}` : ''),
        figures
      }
    }
    if (!calibrating && (rendered.size < minDocuments || candidate.score < coverageModel.threshold)) continue
    candidates.push({ candidate, unit: unitOf(rendering), sourceDocument: clause.document, sourceSegment: clause.segment, target: { document: target.document, segment: target.segment, span: rendering.span }, links: rendering.links, passage: rendering, rawScore: rendering.score })
  }
  return calibrating ? candidates : oneSourcePerSpan(candidates)
}

/** A clause that is the name of a document or book, between title marks. */
function isNamedDocument(clause: PassageRendering['clauses'][number]): boolean {
  const text = clause.document.segmented.text
  return /[《〈]\s*$/u.test(text.slice(Math.max(0, clause.start - 2), clause.start)) && /^\s*[》〉]/u.test(text.slice(clause.end, clause.end + 2))
}

function isQuoted(passage: PassageRendering): boolean {
  return passage.target.quotes.some((quote) => quote.start <= passage.span.start && passage.span.end <= quote.end)
}

function roundFigures(figures: Record<string, number>): Record<string, number> {
  for (const key of Object.keys(figures)) figures[key] = Math.round(figures[key]! * 10000) / 10000
  return figures
}

/** The figures of a passage rendering its candidate is scored by. */
function passageFigures(passage: PassageRendering, documents: number): Record<string, number> {
  const tokens = passage.target.tokens.slice(passage.first, passage.last + 1)
  const direct = passage.links.filter((link) => !link.via.startsWith('as in '))
  const linkedWords = new Set(direct.map((link) => link.source.start)).size
  const evidence = passage.evidence
  const figures: Record<string, number> = {
    coverage: passage.coverage,
    density: passage.density,
    mass: passage.mass,
    chance: evidence.chance,
    rank: Number.isFinite(evidence.rank) ? evidence.rank : 99,
    agreement: evidence.agreement,
    inOrder: evidence.inOrder ? 1 : 0,
    sibling: evidence.sibling ? 1 : 0,
    documents,
    clauses: passage.clauses.length,
    words: tokens.filter((token) => !token.stop).length,
    linkedWords,
    bridged: passage.links.length === 0 ? 0 : (passage.links.length - direct.length) / passage.links.length,
    linkWeight: direct.reduce((sum, link) => sum + link.weight, 0),
    maxLink: direct.reduce((heaviest, link) => Math.max(heaviest, link.weight), 0),
    strongWords: new Set(direct.filter((link) => link.weight >= strongLink).map((link) => link.source.start)).size,
    reports: passage.target.reports ? 1 : 0,
    quoted: isQuoted(passage) ? 1 : 0,
    inferred: passage.inferred ? 1 : 0,
    han: (passage.clauses[0]!.document.segmented.text.slice(passage.source.start, passage.source.end).match(/\p{Script=Han}/gu) ?? []).length,
    score: passage.score
  }
  return figures
}

/** A link this heavy (the lexicon's weight times the specificity of both words) is a word rendered, not a gloss shared by chance. */
const strongLink = 0.5

/**
 * A stretch of a document renders one passage of the original: where two
 * candidates' spans overlap in one document, the better one keeps it.
 */
function oneSourcePerSpan(candidates: readonly CoverageCandidate[]): CoverageCandidate[] {
  const kept: CoverageCandidate[] = []
  const byDocument = new Map<MiningDocument, Span[]>()
  for (const entry of [...candidates].sort((a, b) => b.candidate.score - a.candidate.score || a.target.span.start - b.target.span.start)) {
    const spans = byDocument.get(entry.target.document) ?? []
    if (spans.some((span) => span.start < entry.target.span.end && entry.target.span.start < span.end)) continue
    spans.push(entry.target.span)
    byDocument.set(entry.target.document, spans)
    kept.push(entry)
  }
  return kept
}

/**
 * The phrases inside the clause renderings as candidates (`rendered-phrase`):
 * a glossary concept or a chunk of linked words, and the part of the
 * passage's span that renders it. Only phrases rendered by at least
 * `minDocuments` documents are proposed.
 */
function phraseCandidates(coverage: EventCoverage, known: KnownConcepts, toSimplified: (text: string) => string, minDocuments: number): CoverageCandidate[] {
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
    return { candidate, unit: keyOf(phrase), sourceDocument: clause.document, sourceSegment: clause.segment, target: { document: target.document, segment: target.segment, span: phrase.span }, links: phrase.links, passage, rawScore: phrase.score }
  })
}

/**
 * The coverage of an event as candidates, one per pair of a Chinese passage
 * and the span that renders it, each listing what was found inside it (its
 * phrases, and where it differs from other outlets' renderings) as parts. A
 * phrase of a glossary concept is a candidate of its own: a new rendering
 * of a known concept is the glossary's business. Queues them with `add`
 * and returns the new contested phrases.
 */
export function assembleCoverage(
  coverage: EventCoverage,
  known: KnownConcepts,
  toSimplified: (text: string) => string,
  minDocuments: number,
  calibrating: boolean,
  add: (candidate: NewCandidate) => string
): ConceptProposal[] {
  const clauses = clauseCandidates(coverage, minDocuments, calibrating)
  const phrases = phraseCandidates(coverage, known, toSimplified, minDocuments)
  const clauseOf = new Map(clauses.map((entry) => [entry.passage, entry]))
  const parts = new Map<CoverageCandidate, CandidatePart[]>()
  const addPart = (owner: CoverageCandidate, part: CandidatePart): void => {
    parts.set(owner, [...(parts.get(owner) ?? []), part])
  }
  const ownerOf = (entry: CoverageCandidate): CoverageCandidate | undefined => (entry.candidate.conceptId === undefined ? clauseOf.get(entry.passage) : undefined)
  for (const phrase of phrases) {
    const owner = ownerOf(phrase)
    if (owner !== undefined) addPart(owner, phrase.candidate)
  }
  const units = groupUnits([...clauses, ...phrases])
  for (const unit of units) {
    for (const { variant, member } of unitVariants(unit, known)) addPart(clauseOf.get(member.passage) ?? member, variant)
  }
  const ids = new Map<CoverageCandidate, string>()
  for (const entry of [...clauses, ...phrases]) {
    // A phrase is a part of its passage's candidate, and goes with it; only a glossary concept's stands alone.
    if (entry.candidate.method === 'rendered-phrase' && entry.candidate.conceptId === undefined) continue
    const found = parts.get(entry)?.sort((a, b) => a.evidence.rendering.start - b.evidence.rendering.start || a.evidence.rendering.end - b.evidence.rendering.end)
    ids.set(entry, add(found === undefined ? entry.candidate : { ...entry.candidate, parts: found }))
  }
  const idOf = (member: CoverageCandidate): string => ids.get(member) ?? ids.get(clauseOf.get(member.passage)!)!
  const proposals: ConceptProposal[] = []
  for (const unit of units) {
    // A phrase whose passage is not proposed has no candidate to point at.
    const members = unit.members.filter((member) => ids.has(member) || ids.has(clauseOf.get(member.passage)!))
    const proposal = members.length === 0 ? undefined : proposeConcept({ members }, known, idOf)
    if (proposal !== undefined) proposals.push(proposal)
  }
  return proposals
}

/** Lowest score of a phrase proposed: a phrase rests on fewer links than its clause. */
const minPhraseScore = 0.4

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
