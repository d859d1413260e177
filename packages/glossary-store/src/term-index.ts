import type { Attestation, ConceptEntry, RenderingStatus, TermEntry, TermIndex } from '@renderings/types'
import type { GlossaryStore } from './store.js'
import { compareTerms, toAttestation, toConcept } from './concepts.js'

/**
 * The whole glossary as a TermIndex (what the checker and the exporters
 * need), in canonical order: concepts by id, terms source first, then
 * language, status and text; attestations by document and offset; with the
 * documents table. Sequential scans, so it stays linear for large glossaries.
 */
export async function loadTermIndex(store: GlossaryStore, options: { attestations?: boolean } = {}): Promise<TermIndex> {
  const concepts = await store.db.all<Parameters<typeof toConcept>[0]>('SELECT * FROM concepts ORDER BY id')
  const renderings = await store.db.all<{ id: number; concept_id: string; lang: string; text: string; status: RenderingStatus; is_source: number; note: string | null }>(
    'SELECT id, concept_id, lang, text, status, is_source, note FROM renderings'
  )
  const attestationsByRendering = new Map<number, Attestation[]>()
  if (options.attestations !== false) {
    const rows = await store.db.all<Parameters<typeof toAttestation>[0] & { rendering_id: number }>(
      `SELECT a.rendering_id, a.document_id AS doc, o.name AS outlet, d.date, a.sentence, a.start, a."end" AS "end", a.text,
              a.context, a.context_start, a.origin
       FROM attestations a JOIN documents d ON d.id = a.document_id JOIN outlets o ON o.id = d.outlet_id
       ORDER BY a.document_id, a.start, a."end"`
    )
    for (const row of rows) {
      const list = attestationsByRendering.get(row.rendering_id) ?? []
      list.push(toAttestation(row))
      attestationsByRendering.set(row.rendering_id, list)
    }
  }
  const termsByConcept = new Map<string, TermEntry[]>()
  for (const row of renderings) {
    const term: TermEntry = {
      conceptId: row.concept_id,
      lang: row.lang,
      text: row.text,
      status: row.status,
      isSource: row.is_source === 1,
      attestations: attestationsByRendering.get(row.id) ?? []
    }
    if (row.note !== null) term.note = row.note
    const list = termsByConcept.get(row.concept_id) ?? []
    list.push(term)
    termsByConcept.set(row.concept_id, list)
  }
  const result: ConceptEntry[] = concepts.map((row) => {
    const concept = toConcept(row, termsByConcept.get(row.id) ?? [])
    concept.terms.sort(compareTerms)
    return concept
  })
  const documents = await store.db.all<{ id: string; file: string | null; outlet: string; evidence: string | null; date: string; title: string | null; kind: string | null; languages: string }>(
    `SELECT d.id, d.file, o.name AS outlet, o.evidence, d.date, d.title, d.kind, d.languages
     FROM documents d JOIN outlets o ON o.id = d.outlet_id ORDER BY d.id`
  )
  return {
    concepts: result,
    documents: documents.map((row) => ({
      id: row.id,
      file: row.file ?? '',
      outlet: row.outlet,
      // The store keeps evidence per outlet, not per document.
      outletEvidence: row.evidence ?? '',
      date: row.date,
      title: row.title ?? '',
      kind: row.kind ?? '',
      languages: JSON.parse(row.languages) as string[]
    }))
  }
}
