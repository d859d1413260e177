import { createTermMatcher, type MatchTerm } from '@renderings/match'
import { foldKey } from '@renderings/normalize'
import { termLayers } from './term-layers.js'
import type { Attestation, DocumentInfo, SegmentedDocument, TermIndex } from '@renderings/types'

/** One document to search: what the manifest says of it, and its segments. */
export interface AttestationSource {
  info: DocumentInfo
  segmented: SegmentedDocument
}

/** An attestation with the term it attests. */
export interface FoundAttestation extends Attestation {
  conceptId: string
  lang: string
  /** The rendering as the glossary writes it (the attested text may be inflected or typographically different). */
  term: string
}

/**
 * Find every use of every term of `index` in the documents: one matcher per
 * nesting layer of the glossary (so a term inside a longer term is found
 * too), run on each segment in its own language, and on each
 * run of Chinese inside a segment with the Chinese terms (so a quoted
 * original such as « 战后国际秩序 » inside French attests the source phrase).
 * Offsets are document offsets; `text` is exactly the document's text there.
 * Attestations come out in document order, then by offset.
 */
export function findAttestations(index: TermIndex, documents: readonly AttestationSource[]): FoundAttestation[] {
  const terms: { conceptId: string; lang: string; text: string }[] = []
  const matchTerms: MatchTerm[] = []
  for (const concept of index.concepts) {
    for (const term of concept.terms) {
      matchTerms.push({ id: String(terms.length), text: term.text, lang: term.lang })
      terms.push({ conceptId: concept.id, lang: term.lang, text: term.text })
    }
  }
  // One matcher per nesting layer, so terms inside longer terms are attested too.
  const matchers = termLayers(matchTerms).map((layer) => createTermMatcher(layer))
  const termNumber = (match: { id: string }): number => Number(match.id)
  const found: FoundAttestation[] = []
  for (const { info, segmented } of documents) {
    const seen = new Set<string>()
    const record = (termIndex: number, start: number, end: number, sentence: number, context: string, contextStart: number): void => {
      const term = terms[termIndex]!
      const key = `${termIndex}:${start}:${end}`
      if (seen.has(key)) return
      seen.add(key)
      found.push({
        conceptId: term.conceptId,
        lang: term.lang,
        term: term.text,
        doc: info.id,
        outlet: info.outlet,
        date: info.date,
        sentence,
        start,
        end,
        text: segmented.text.slice(start, end),
        origin: 'curated',
        context,
        contextStart
      })
    }
    for (const matcher of matchers) {
      for (const segment of segmented.segments) {
        for (const match of matcher.match(segment.text, { lang: primary(segment.lang) })) {
          record(termNumber(match), segment.start + match.start, segment.start + match.end, segment.sentence, segment.text, segment.start)
        }
        if (primary(segment.lang) === 'zh') continue
        for (const run of segment.han) {
          for (const match of matcher.match(run.text, { lang: 'zh' })) {
            record(termNumber(match), run.start + match.start, run.start + match.end, segment.sentence, segment.text, segment.start)
          }
        }
      }
    }
  }
  return dropSameConceptNesting(found).sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.start - b.start || a.end - b.end))
}

/**
 * Keep a term found inside a longer term only when the two belong to
 * different concepts. « ordre international post-guerre » inside a quoted
 * statement is a use of that phrase; « Taïwan » inside « Taïwan (Chine) » or
 * « tarifs » inside « tarifs douaniers » is not a separate choice of the outlet.
 */
function dropSameConceptNesting(found: readonly FoundAttestation[]): FoundAttestation[] {
  const groups = new Map<string, FoundAttestation[]>()
  for (const attestation of found) {
    const key = `${attestation.doc}\u0000${attestation.conceptId}`
    const group = groups.get(key) ?? []
    group.push(attestation)
    groups.set(key, group)
  }
  const kept: FoundAttestation[] = []
  for (const group of groups.values()) {
    // Longest first at each start, then a sweep: a span ending before the
    // furthest end seen so far lies inside an earlier, longer one.
    group.sort((a, b) => a.start - b.start || b.end - a.end)
    let furthest = -1
    let sameSpan: FoundAttestation[] = []
    for (const attestation of group) {
      const previous = sameSpan[0]
      if (previous !== undefined && previous.start === attestation.start && previous.end === attestation.end) {
        sameSpan.push(attestation)
        continue
      }
      kept.push(...closestTerms(sameSpan))
      sameSpan = []
      if (attestation.end <= furthest) continue
      sameSpan.push(attestation)
      furthest = attestation.end
    }
    kept.push(...closestTerms(sameSpan))
  }
  return kept
}

/**
 * Two terms of one concept on the same span (a feminine variant of « Premier
 * ministre japonais » is « Première ministre japonaise », itself a term):
 * keep the one written as the text is, when there is one.
 */
function closestTerms(sameSpan: FoundAttestation[]): FoundAttestation[] {
  if (sameSpan.length < 2) return sameSpan
  const written = foldKey(sameSpan[0]!.text)
  const exact = sameSpan.filter((attestation) => foldKey(attestation.term) === written)
  return exact.length > 0 ? exact : sameSpan
}

function primary(lang: string): string {
  return lang.split('-')[0]!.toLowerCase()
}

/** Attach found attestations to the terms of `index` (a new index; the input is not changed). */
export function withAttestations(index: TermIndex, attestations: readonly FoundAttestation[]): TermIndex {
  const byTerm = new Map<string, Attestation[]>()
  for (const { conceptId, lang, term, ...attestation } of attestations) {
    const key = `${conceptId}\u0000${lang}\u0000${term}`
    const list = byTerm.get(key) ?? []
    list.push(attestation)
    byTerm.set(key, list)
  }
  return {
    concepts: index.concepts.map((concept) => ({
      ...concept,
      terms: concept.terms.map((term) => ({
        ...term,
        attestations: [...term.attestations, ...(byTerm.get(`${concept.id}\u0000${term.lang}\u0000${term.text}`) ?? [])]
      }))
    }))
  }
}
