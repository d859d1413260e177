import type { Attestation } from '@renderings/types'
import type { GlossaryView, Rendering } from './glossary-view.js'

/**
 * The best attestation of a rendering to cite: curated before mined or
 * aligned, then the most recent, then the first in document order.
 */
export function bestAttestation(rendering: Rendering): Attestation | undefined {
  return citedAttestation(rendering.attestations)
}

/** The attestation a finding cites among `attestations` (see {@link bestAttestation}). */
export function citedAttestation(attestations: readonly Attestation[]): Attestation | undefined {
  const rank = { curated: 0, aligned: 1, mined: 2 } as const
  return [...attestations].sort(
    (a, b) => rank[a.origin] - rank[b.origin] || (b.date ?? '').localeCompare(a.date ?? '') || a.doc.localeCompare(b.doc) || a.start - b.start
  )[0]
}

/** `Le Grand Continent, 2025-11-25 (000_7cfc629149e3abd0, sentence 14): “… ordre international d’après-guerre …”` */
export function describeAttestation(attestation: Attestation): string {
  const outlet = attestation.outlet && attestation.outlet !== 'unknown' ? attestation.outlet : 'an unnamed outlet'
  const date = attestation.date && attestation.date !== 'unknown' ? `, ${attestation.date}` : ''
  return `${outlet}${date} (${attestation.doc}, sentence ${attestation.sentence + 1}): “${keywordInContext(attestation)}”`
}

// Words of context kept on each side of the attested rendering.
const contextWidth = 60

/** The rendering with some of its sentence around it (the whole sentence when short), on one line. */
function keywordInContext(attestation: Attestation): string {
  const { context, contextStart } = attestation
  if (context === undefined || contextStart === undefined) return attestation.text
  const from = attestation.start - contextStart
  const to = attestation.end - contextStart
  if (from < 0 || to > context.length || context.slice(from, to) !== attestation.text) return attestation.text
  const before = context.slice(Math.max(0, from - contextWidth), from)
  const after = context.slice(to, to + contextWidth)
  const left = from > contextWidth ? `…${before.replace(/^\S*\s/, '')}` : before
  const right = to + contextWidth < context.length ? `${after.replace(/\s\S*$/, '')}…` : after
  return `${left}${attestation.text}${right}`.replace(/\s+/g, ' ').trim()
}

/** The concept as a reader recognises it: `战后国际秩序 (postwar-order, “post-war international order”)`. */
export function describeConcept(glossary: GlossaryView, conceptId: string): string {
  const entry = glossary.concept(conceptId)?.entry
  if (!entry) return conceptId
  const gloss = entry.gloss ? `, “${entry.gloss}”` : ''
  return entry.sourceText === entry.id ? `${entry.id}${gloss}` : `${entry.sourceText} (${entry.id}${gloss})`
}

/**
 * The `note` of a finding: the glossary entry, the status of the rendering
 * used and who decided it, and an attestation of the agreed rendering (which
 * outlet used what, where), else one of the rendering used.
 */
export function evidenceNote(glossary: GlossaryView, conceptId: string, used: Rendering | undefined, expected: readonly string[], lang: string): Evidence {
  // Findings of one concept repeat the same note: work each one out once per run (the glossary does not change).
  let notes = notesByGlossary.get(glossary)
  if (!notes) {
    notes = new Map()
    notesByGlossary.set(glossary, notes)
  }
  const key = `${conceptId}\u0000${used?.index ?? -1}\u0000${lang}\u0000${expected.join('\u0000')}`
  let evidence = notes.get(key)
  if (!evidence) {
    evidence = workOutEvidence(glossary, conceptId, used, expected, lang)
    notes.set(key, evidence)
  }
  return evidence
}

/** A finding's note and the attestation it cites. */
export interface Evidence {
  note: string
  attestation: Attestation | undefined
}

const notesByGlossary = new WeakMap<GlossaryView, Map<string, Evidence>>()

function workOutEvidence(glossary: GlossaryView, conceptId: string, used: Rendering | undefined, expected: readonly string[], lang: string): Evidence {
  const parts = [`Glossary entry: ${describeConcept(glossary, conceptId)}.`]
  if (used && !used.isSource) {
    const who = used.decidedBy === 'policy' ? 'the project policy' : 'the glossary'
    parts.push(`“${used.text}” (${used.lang}) is ${used.status} according to ${who}.`)
  }
  let attestation: Attestation | undefined
  for (const text of expected) {
    const rendering = glossary.concept(conceptId)?.renderings.find((candidate) => candidate.text === text && !candidate.isSource)
    attestation = rendering && bestAttestation(rendering)
    if (attestation) {
      parts.push(`“${text}” is attested in ${describeAttestation(attestation)}.`)
      break
    }
  }
  if (!attestation && used && !used.isSource) {
    attestation = bestAttestation(used)
    if (attestation) parts.push(`“${used.text}” is attested in ${describeAttestation(attestation)}.`)
  }
  if (!attestation) parts.push(`No attestation of the ${lang} renderings in the glossary.`)
  return { note: parts.join(' '), attestation }
}
