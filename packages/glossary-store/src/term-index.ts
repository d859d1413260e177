import type { Attestation, ConceptEntry, RenderingStatus, TermEntry, TermIndex } from '@renderings/types'
import type { GlossaryStore } from './store.js'
import { attestationsByRendering, selectAttestations, toConcept, toTerm, type AttestationRow, type ConceptRow, type RenderingRow } from './concepts.js'

/**
 * The whole glossary as a TermIndex (what the checker and the exporters
 * need), in canonical order: concepts by id, terms source first, then
 * language, status and text; attestations by document and offset; with the
 * documents table. Sequential scans, so it stays linear for large glossaries.
 */
export interface LoadTermIndexOptions {
  /** `false`: no attestations. */
  attestations?: boolean
  /**
   * Keep only some of each rendering's attestations (given in document and
   * offset order): then they are read a range of renderings at a time, so
   * a glossary with millions of attestations is never all in memory.
   */
  keepAttestations?: (attestations: Attestation[]) => Attestation[]
}

// Renderings whose attestations are read together when only some are kept.
const renderingsPerBatch = 20_000

export async function loadTermIndex(store: GlossaryStore, options: LoadTermIndexOptions = {}): Promise<TermIndex> {
  const concepts = (await selectArrays(store, ['id', 'source_lang', 'source_text', 'gloss', 'domain', 'note', 'contested'], 'concepts', 'id')).map(
    (values): ConceptRow => ({
      id: values[0] as string,
      source_lang: values[1] as string,
      source_text: values[2] as string,
      gloss: values[3] as string | null,
      domain: values[4] as string | null,
      note: values[5] as string | null,
      contested: values[6] as ConceptRow['contested']
    })
  )
  const renderings = (await selectArrays(store, ['id', 'concept_id', 'lang', 'text', 'status', 'is_source', 'note'], 'renderings')).map((values): RenderingRow => ({
    id: values[0] as number,
    concept_id: values[1] as string,
    lang: values[2] as string,
    text: values[3] as string,
    status: values[4] as RenderingStatus,
    is_source: values[5] as number,
    note: values[6] as string | null
  }))
  const attestations =
    options.attestations === false
      ? new Map<number, Attestation[]>()
      : options.keepAttestations !== undefined
        ? await keptAttestations(store, renderings, options.keepAttestations)
        : attestationsByRendering(await store.db.all<AttestationRow>(`${selectAttestations} ORDER BY a.document_id, a.start, a."end"`))
  const termsByConcept = new Map<string, TermEntry[]>()
  for (const row of renderings) {
    const list = termsByConcept.get(row.concept_id) ?? []
    list.push(toTerm(row, attestations.get(row.id) ?? []))
    termsByConcept.set(row.concept_id, list)
  }
  // toConcept puts the terms in canonical order.
  const result: ConceptEntry[] = concepts.map((row) => toConcept(row, termsByConcept.get(row.id) ?? []))
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

/**
 * `SELECT columns FROM table [ORDER BY orderBy]`, each row as an array of
 * its values, fetched as one JSON array: node-sqlite3 builds each row object
 * in C++ (about 4 µs a row, 0.12 s for 30,000 renderings), where SQLite's
 * json_group_array and one JSON.parse take a third of that. Columns must
 * hold text, numbers or NULL.
 */
async function selectArrays(store: GlossaryStore, columns: readonly string[], table: string, orderBy?: string): Promise<unknown[][]> {
  const quoted = columns.map((column) => `"${column}"`).join(', ')
  const order = orderBy === undefined ? '' : ` ORDER BY "${orderBy}"`
  const result = await store.db.get<{ rows: string }>(`SELECT json_group_array(json_array(${quoted})${order}) AS rows FROM "${table}"`)
  return JSON.parse(result?.rows ?? '[]') as unknown[][]
}

/** Each rendering's attestations as `keep` reduces them, read by ranges of rendering ids (the unique index gives them in order). */
async function keptAttestations(store: GlossaryStore, renderings: readonly RenderingRow[], keep: (attestations: Attestation[]) => Attestation[]): Promise<Map<number, Attestation[]>> {
  const kept = new Map<number, Attestation[]>()
  const highest = renderings.reduce((most, row) => Math.max(most, row.id), 0)
  for (let from = 0; from <= highest; from += renderingsPerBatch) {
    const rows = await store.db.all<AttestationRow>(
      `${selectAttestations} WHERE a.rendering_id >= ? AND a.rendering_id < ? ORDER BY a.rendering_id, a.document_id, a.start, a."end"`,
      [from, from + renderingsPerBatch]
    )
    for (const [rendering, list] of attestationsByRendering(rows)) kept.set(rendering, keep(list))
  }
  return kept
}
