import { conceptsInside, chineseOf, isKnown, wholeConcept } from './concept-lookup.js'
import type { CoverageCandidate } from './coverage-candidates.js'
import type { ClauseLink } from './rendered-clauses.js'
import { evidenceSpan, textOf } from './evidence.js'
import { originalKey } from './han-runs.js'
import type { KnownConcepts } from './known-concepts.js'
import { findStatementVariants } from './statement-variants.js'
import { contentStems, dice } from './stem-overlap.js'
import { makeRendering, type Statement } from './statements.js'
import type { ConceptProposal, MinedCandidate } from './types.js'

type NewCandidate = Omit<MinedCandidate, 'id'>

/** The candidates of one Chinese phrase or clause. */
export interface RenderedUnit {
  members: CoverageCandidate[]
}

/** Group the coverage candidates of an event by the Chinese phrase or clause they render. */
export function groupUnits(candidates: readonly CoverageCandidate[]): RenderedUnit[] {
  const units = new Map<string, RenderedUnit>()
  for (const candidate of candidates) {
    const unit = units.get(candidate.unit)
    if (unit === undefined) units.set(candidate.unit, { members: [candidate] })
    else unit.members.push(candidate)
  }
  return [...units.values()]
}

/**
 * Where the outlets' renderings of one phrase or clause differ, the
 * differing spans (the statement-variant method of quoted statements, fed
 * with the renderings the coverage found): compared within one language,
 * word by word, projecting the glossary's concepts inside the original.
 * Each comes with the rendering it lies in.
 */
export function unitVariants(unit: RenderedUnit, known: KnownConcepts): Array<{ variant: NewCandidate; member: CoverageCandidate }> {
  const first = unit.members[0]!
  const source = first.candidate.evidence.source!
  const { sourceDocument, sourceSegment } = first
  const variants: Array<{ variant: NewCandidate; member: CoverageCandidate }> = []
  const byLanguage = new Map<string, typeof unit.members>()
  for (const member of unit.members) byLanguage.set(member.target.segment.lang, [...(byLanguage.get(member.target.segment.lang) ?? []), member])
  for (const all of byLanguage.values()) {
    // Only sure renderings are compared: a differing span of a doubtful one says nothing.
    const members = all.filter((member) => member.rawScore >= minVariantScore)
    if (members.length < 2) continue
    const statement: Statement = {
      key: originalKey(source.text), text: source.text, document: sourceDocument, segment: sourceSegment,
      span: { start: source.start, end: source.end },
      renderings: members.map((member) => makeRendering(member.target.document, member.target.segment, member.target.span, false, member.rawScore))
    }
    const concepts = conceptsInside(known, statement.key)
    const whole = wholeConcept(known, statement.text)
    if (whole !== undefined) concepts.delete(whole)
    const seen = new Set<string>()
    for (const variant of findStatementVariants(statement, known, concepts)) {
      const conceptId = variant.conceptId
      const tokens = variant.target.tokens.filter((token) => token.start >= variant.span.start && token.end <= variant.span.end)
      // A differing span means something where the two renderings are alike
      // but for it (`élément important` / `élément essentiel`); between two
      // renderings that differ throughout it is only noise.
      const alike = dice(contentStems(variant.from.tokens), contentStems(variant.target.tokens)) >= minAlike
      // …and the span sits between words both renderings share, not at an edge where one simply runs longer.
      const content = variant.target.tokens.filter((token) => !token.stop)
      const interior = content.length > 0 && variant.span.start > content[0]!.start && variant.span.end < content.at(-1)!.end
      if (!alike || !interior || tokens.filter((token) => !token.stop).length > maxVariantWords) continue
      const key = `${variant.target.document.segmented.doc}\u0000${variant.span.start}\u0000${variant.span.end}`
      if (seen.has(key)) continue
      seen.add(key)
      // The part of the original the differing words render, where their links say so.
      const member = members.find((entry) => entry.target.document === variant.target.document && entry.target.span.start === variant.target.span.start)!
      const part = partRendered(member.links, variant.span, sourceDocument.segmented.text, statement.span)
      variants.push({ member, variant: {
        method: 'statement-variant',
        ...(conceptId === undefined ? {} : { conceptId }),
        score: variant.score,
        source: { lang: 'zh', text: conceptId !== undefined ? chineseOf(known, conceptId) ?? part.text : part.text },
        rendering: { lang: variant.target.segment.lang, text: textOf(variant.target.document, variant.span) },
        known: conceptId !== undefined && isKnown(known, conceptId, tokens),
        evidence: {
          rendering: evidenceSpan(variant.target.document, variant.target.segment, variant.span.start, variant.span.end),
          source: evidenceSpan(statement.document, statement.segment, part.start, part.end),
          anchors: [variant.kind],
          note: `${variant.kind === 'projected' ? 'renders the part written' : 'differs from'} «${variant.fromText}» (${variant.from.document.segmented.doc})`
        }
      } })
    }
  }
  return variants
}

/**
 * A phrase or clause not in the glossary that outlets render in two or more
 * different ways is proposed as a new concept, with one sure rendering
 * per outlet. How much its renderings differ is one minus their mean
 * pairwise overlap of content stems (within a language); proposals are
 * ranked by how telling that difference is (highest for renderings that
 * share some words and not others), the log of the number of outlets, and
 * the renderings' mean score.
 */
export function proposeConcept(unit: RenderedUnit, known: KnownConcepts, idOf: (member: CoverageCandidate) => string): ConceptProposal | undefined {
  const first = unit.members[0]!
  const source = first.candidate.evidence.source!
  if (first.candidate.conceptId !== undefined || wholeConcept(known, source.text) !== undefined) return undefined
  // One rendering per outlet: its best, and only sure ones.
  const byOutlet = new Map<string, (typeof unit.members)[number]>()
  for (const member of unit.members) {
    if (member.rawScore < minProposalScore) continue
    const outlet = member.target.document.outlet
    const previous = byOutlet.get(outlet)
    if (previous === undefined || previous.rawScore < member.rawScore) byOutlet.set(outlet, member)
  }
  const chosen = [...byOutlet.values()]
  if (chosen.length < 2) return undefined
  const stems = chosen.map((member) => contentStems(makeRendering(member.target.document, member.target.segment, member.target.span, false, 0).tokens))
  const distinct = new Set(stems.map((set) => [...set].sort().join(' '))).size
  if (distinct < 2) return undefined
  let overlap = 0
  let pairs = 0
  for (let a = 0; a < chosen.length; a++) {
    for (let b = a + 1; b < chosen.length; b++) {
      if (chosen[a]!.target.segment.lang !== chosen[b]!.target.segment.lang) continue
      pairs++
      overlap += dice(stems[a]!, stems[b]!)
    }
  }
  if (pairs === 0) return undefined
  const difference = 1 - overlap / pairs
  const meanScore = chosen.reduce((sum, member) => sum + member.rawScore, 0) / chosen.length
  return {
    text: source.text,
    source,
    renderings: chosen.map((member) => ({
      candidateId: idOf(member), doc: member.target.document.segmented.doc, outlet: member.target.document.outlet,
      lang: member.target.segment.lang, text: member.candidate.rendering.text
    })),
    outlets: chosen.length,
    distinct,
    difference: Math.round(difference * 1000) / 1000,
    score: Math.round(contested(difference) * Math.log2(1 + chosen.length) * meanScore * 1000) / 1000
  }
}

/**
 * The stretch of the original whose words are linked into `span`, or the
 * whole original when none is: the Chinese a differing span renders.
 */
function partRendered(links: readonly ClauseLink[], span: { start: number; end: number }, text: string, whole: { start: number; end: number }): { start: number; end: number; text: string } {
  let start = Infinity
  let end = -Infinity
  for (const link of links) {
    if (link.via.startsWith('as in ') || link.target.start < span.start || link.target.end > span.end) continue
    start = Math.min(start, link.source.start)
    end = Math.max(end, link.source.end)
  }
  // A single character linked (為 → faire) says too little about which part it is.
  if (start >= end || end - start < 2 || start < whole.start || end > whole.end) return { ...whole, text: text.slice(whole.start, whole.end) }
  return { start, end, text: text.slice(start, end) }
}

/** Two renderings this alike (shared content stems, Dice) may differ in one telling place. */
const minAlike = 0.6
/** Most content words of a differing span. */
const maxVariantWords = 3
/** Lowest score of the renderings compared. */
const minVariantScore = 0.6


/** Lowest score of a rendering that a proposal lists. */
const minProposalScore = 0.5

/**
 * How telling a difference is: renderings that share part of their words
 * and part not (`surmonter les différends` / `transcender les divergences`)
 * are the contested ones; renderings with nothing in common are more often
 * one rendering and one chance match, so the measure falls again towards 1.
 */
function contested(difference: number): number {
  return Math.min(1, 4 * difference * (1 - difference) + 0.25 * difference)
}

