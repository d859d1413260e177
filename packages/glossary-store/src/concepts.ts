import type { Attestation, ConceptEntry, RenderingStatus, TermEntry } from '@renderings/types'
import { foldKey } from '@renderings/normalize'
import type { GlossaryStore } from './store.js'

/** A term with how often each outlet used it. */
export interface TermDetails extends TermEntry {
  /** Outlets that used this rendering, most attestations first. */
  outlets: { outlet: string; count: number }[]
}

/** A concept with everything the query command prints. */
export interface ConceptDetails extends ConceptEntry {
  terms: TermDetails[]
}

export interface ConceptRow {
  id: string
  source_lang: string
  source_text: string
  gloss: string | null
  domain: string | null
  note: string | null
  contested: string | null
}

export interface RenderingRow {
  id: number
  concept_id: string
  lang: string
  text: string
  status: RenderingStatus
  is_source: number
  note: string | null
}

export interface AttestationRow {
  rendering_id: number
  doc: string
  outlet: string
  date: string
  sentence: number
  start: number
  end: number
  text: string
  context: string | null
  context_start: number | null
  origin: Attestation['origin']
}

const statusOrder: Record<RenderingStatus, number> = { preferred: 0, admitted: 1, deprecated: 2, superseded: 3, forbidden: 4 }

/**
 * Load concepts with their renderings and attestations, in the order of
 * `ids`. With `outlet`, only attestations from that outlet are kept (the
 * renderings stay, so a reader still sees what else exists).
 */
export async function getConcepts(store: GlossaryStore, ids: readonly string[], options: { outlet?: string } = {}): Promise<ConceptDetails[]> {
  if (ids.length === 0) return []
  const idsJson = JSON.stringify(ids)
  const concepts = await store.db.all<ConceptRow>('SELECT * FROM concepts WHERE id IN (SELECT value FROM json_each(?))', [idsJson])
  const renderings = await store.db.all<RenderingRow>(
    'SELECT id, concept_id, lang, text, status, is_source, note FROM renderings WHERE concept_id IN (SELECT value FROM json_each(?))',
    [idsJson]
  )
  const attestations = await store.db.all<AttestationRow>(
    `${selectAttestations}
     WHERE a.rendering_id IN (SELECT r.id FROM renderings r WHERE r.concept_id IN (SELECT value FROM json_each(?1)))
       AND (?2 IS NULL OR o.name = ?2 OR o.folded = ?3)
     ORDER BY a.document_id, a.start`,
    [idsJson, options.outlet ?? null, options.outlet === undefined ? null : foldKey(options.outlet)]
  )
  const byRendering = attestationsByRendering(attestations)
  const byConcept = new Map<string, TermDetails[]>()
  for (const row of renderings) {
    const list = byConcept.get(row.concept_id) ?? []
    const term = toTerm(row, byRendering.get(row.id) ?? [])
    list.push({ ...term, outlets: countOutlets(term.attestations) })
    byConcept.set(row.concept_id, list)
  }
  const found = new Map(concepts.map((row) => [row.id, toConcept(row, byConcept.get(row.id) ?? [])]))
  return ids.flatMap((id) => found.get(id) ?? [])
}

/** Canonical order of terms: source first, then language, status, text. */
export function compareTerms(a: TermEntry, b: TermEntry): number {
  if (a.isSource !== b.isSource) return a.isSource ? -1 : 1
  if (a.lang !== b.lang) return a.lang < b.lang ? -1 : 1
  if (a.status !== b.status) return statusOrder[a.status] - statusOrder[b.status]
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0
}

function toConcept<Term extends TermEntry>(row: ConceptRow, terms: Term[]): ConceptEntry & { terms: Term[] } {
  const concept: ConceptEntry & { terms: Term[] } = { id: row.id, sourceLang: row.source_lang, sourceText: row.source_text, terms: terms.sort(compareTerms) }
  if (row.gloss !== null) concept.gloss = row.gloss
  if (row.domain !== null) concept.domain = row.domain
  if (row.note !== null) concept.note = row.note
  if (row.contested !== null) concept.contested = row.contested
  return concept
}

/**
 * The attestation columns with their document's date and outlet, as
 * {@link AttestationRow}s (append a WHERE and an ORDER BY).
 */
export const selectAttestations = `SELECT a.rendering_id, a.document_id AS doc, o.name AS outlet, d.date, a.sentence, a.start, a."end" AS "end", a.text,
            a.context, a.context_start, a.origin
     FROM attestations a JOIN documents d ON d.id = a.document_id JOIN outlets o ON o.id = d.outlet_id`

/** Attestation rows grouped by rendering id, in the rows' order. */
export function attestationsByRendering(rows: readonly AttestationRow[]): Map<number, Attestation[]> {
  const byRendering = new Map<number, Attestation[]>()
  for (const row of rows) {
    const list = byRendering.get(row.rendering_id) ?? []
    list.push(toAttestation(row))
    byRendering.set(row.rendering_id, list)
  }
  return byRendering
}

/** A rendering row as a term, with its attestations. */
export function toTerm(row: RenderingRow, attestations: Attestation[]): TermEntry {
  const term: TermEntry = {
    conceptId: row.concept_id,
    lang: row.lang,
    text: row.text,
    status: row.status,
    isSource: row.is_source === 1,
    attestations
  }
  if (row.note !== null) term.note = row.note
  return term
}

export function toAttestation(row: Omit<AttestationRow, 'rendering_id'>): Attestation {
  const attestation: Attestation = {
    doc: row.doc,
    outlet: row.outlet,
    date: row.date,
    sentence: row.sentence,
    start: row.start,
    end: row.end,
    text: row.text,
    origin: row.origin
  }
  if (row.context !== null) attestation.context = row.context
  if (row.context_start !== null) attestation.contextStart = row.context_start
  return attestation
}

function countOutlets(attestations: readonly Attestation[]): { outlet: string; count: number }[] {
  const counts = new Map<string, number>()
  for (const attestation of attestations) counts.set(attestation.outlet, (counts.get(attestation.outlet) ?? 0) + 1)
  return [...counts].map(([outlet, count]) => ({ outlet, count })).sort((a, b) => b.count - a.count || (a.outlet < b.outlet ? -1 : 1))
}

export { toConcept }
