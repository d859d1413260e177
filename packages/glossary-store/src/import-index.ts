import type { Attestation, TermIndex } from '@renderings/types'
import { foldKey } from '@renderings/normalize'
import type { GlossaryStore } from './store.js'
import { inBatches } from './batches.js'
import { insertRows } from './bulk-insert.js'
import type { SqlValue } from './database.js'
import { writeDocuments, writeOutlets } from './documents.js'

/** Options of {@link importTermIndex}. */
export interface ImportOptions {
  /**
   * `merge` (default): add what is new and update the descriptions of what
   * exists. `replace`: the index becomes the whole glossary (concepts not in
   * it are deleted with their renderings and attestations).
   */
  mode?: 'merge' | 'replace'
  /** Called after each batch with the rows written so far (for progress bars). */
  onProgress?: (written: number, total: number) => void
}

/** What an import wrote. */
export interface ImportSummary {
  concepts: number
  renderings: number
  attestations: number
}

const batchSize = 5000

/**
 * Write a whole TermIndex in ONE transaction: a failure or a killed process
 * leaves the database exactly as it was. Documents named by attestations but
 * missing from the documents table are created with the attestation's outlet
 * and date.
 */
export async function importTermIndex(store: GlossaryStore, index: TermIndex, options: ImportOptions = {}): Promise<ImportSummary> {
  const concepts: SqlValue[][] = index.concepts.map((concept) => [
    concept.id, concept.sourceLang, concept.sourceText, concept.gloss ?? null, concept.domain ?? null, concept.note ?? null, concept.contested ?? null
  ])
  const renderings: SqlValue[][] = index.concepts.flatMap((concept) =>
    concept.terms.map((term) => [concept.id, term.lang, term.text, foldKey(term.text), term.status, term.isSource ? 1 : 0, term.note ?? null])
  )
  const attestationCount = index.concepts.reduce((sum, concept) => sum + concept.terms.reduce((terms, term) => terms + term.attestations.length, 0), 0)
  const total = concepts.length + renderings.length + attestationCount
  let written = 0
  const progress = (count: number): void => {
    written += count
    options.onProgress?.(written, total)
  }

  // A big transaction spills pages out of SQLite's cache (2 MB by default)
  // into the WAL again and again; a larger cache for the import avoids that.
  // Each multi-row statement keeps a statement journal (to undo just that
  // statement on a constraint error): in memory, not a temporary file.
  await store.db.exec('PRAGMA cache_size = -131072; PRAGMA temp_store = MEMORY')
  await store.db.transaction(async () => {
    if (options.mode === 'replace') await store.db.run('DELETE FROM concepts')
    if (index.documents !== undefined) await writeDocuments(store, index.documents)
    await writeAttestedDocuments(store, index)
    await insertRows(
      store.db,
      'INSERT INTO concepts (id, source_lang, source_text, gloss, domain, note, contested)',
      7,
      concepts,
      `ON CONFLICT (id) DO UPDATE SET source_lang = excluded.source_lang, source_text = excluded.source_text,
         gloss = excluded.gloss, domain = excluded.domain, note = excluded.note, contested = excluded.contested`,
      progress
    )
    // RETURNING gives the row id of every rendering, new or updated, so
    // attestations need no lookup by (concept, language, text) afterwards.
    const ids = await insertRows<{ id: number; concept_id: string; lang: string; text: string }>(
      store.db,
      'INSERT INTO renderings (concept_id, lang, text, folded, status, is_source, note)',
      7,
      renderings,
      `ON CONFLICT (concept_id, lang, text) DO UPDATE SET status = excluded.status, is_source = excluded.is_source, note = excluded.note
       RETURNING id, concept_id, lang, text`,
      progress
    )
    const renderingId = new Map(ids.map((row) => [termKey(row.concept_id, row.lang, row.text), row.id]))
    await writeAttestations(store, attestationRows(index, renderingId), progress)
  })
  return { concepts: concepts.length, renderings: renderings.length, attestations: attestationCount }
}

function termKey(concept: string, lang: string, text: string): string {
  return `${concept}\u0000${lang}\u0000${text}`
}

/** Every attestation of the index as a row, made one at a time as the writer asks for them. */
function* attestationRows(index: TermIndex, renderingId: ReadonlyMap<string, number>): Generator<SqlValue[]> {
  for (const concept of index.concepts) {
    for (const term of concept.terms) {
      const id = renderingId.get(termKey(concept.id, term.lang, term.text))!
      for (const attestation of term.attestations) yield attestationRow(id, attestation)
    }
  }
}

async function writeAttestations(store: GlossaryStore, rows: Iterable<SqlValue[]>, progress: (count: number) => void): Promise<void> {
  await insertRows(
    store.db,
    'INSERT INTO attestations (rendering_id, document_id, sentence, start, "end", text, context, context_start, origin)',
    9,
    rows,
    `ON CONFLICT (rendering_id, document_id, start, "end") DO UPDATE SET sentence = excluded.sentence,
       text = excluded.text, context = excluded.context, context_start = excluded.context_start, origin = excluded.origin`,
    progress
  )
}

function attestationRow(renderingId: number, attestation: Attestation): SqlValue[] {
  return [
    renderingId, attestation.doc, attestation.sentence, attestation.start, attestation.end, attestation.text,
    attestation.context ?? null, attestation.contextStart ?? null, attestation.origin
  ]
}

/** Create the outlets and documents that attestations name and the store lacks. */
async function writeAttestedDocuments(store: GlossaryStore, index: TermIndex): Promise<void> {
  const documents = new Map<string, { id: string; outlet: string; date: string }>()
  for (const concept of index.concepts) {
    for (const term of concept.terms) {
      for (const attestation of term.attestations) {
        if (!documents.has(attestation.doc)) documents.set(attestation.doc, { id: attestation.doc, outlet: attestation.outlet, date: attestation.date })
      }
    }
  }
  if (documents.size === 0) return
  await writeOutlets(store, [...new Set([...documents.values()].map((document) => document.outlet))].map((name) => ({ name })))
  for (const batch of inBatches([...documents.values()], batchSize)) {
    await store.db.run(
      `INSERT OR IGNORE INTO documents (id, outlet_id, date)
       SELECT value->>'id', (SELECT id FROM outlets WHERE name = value->>'outlet'), value->>'date' FROM json_each(?)`,
      [JSON.stringify(batch)]
    )
  }
}
