import type { Attestation, ConceptEntry, DocumentInfo, TermIndex } from '@renderings/types'
import { foldKey } from '@renderings/normalize'
import type { GlossaryStore } from './store.js'
import { inBatches } from './batches.js'
import { insertRows } from './bulk-insert.js'
import type { SqlValue } from './database.js'
import { writeDocuments, writeOutlets } from './documents.js'
import { DeferredUpkeep } from './deferred-upkeep.js'
import { ImportedConcepts } from './imported-concepts.js'

/** Options of {@link importTermIndex} and {@link importConcepts}. */
export interface ImportOptions {
  /**
   * `merge` (default): add what is new and update the descriptions of what
   * exists. `replace`: the index becomes the whole glossary (concepts not in
   * it are deleted with their renderings and attestations).
   */
  mode?: 'merge' | 'replace'
  /** Called after each batch with the rows written so far, and the total when it is known (for progress bars). */
  onProgress?: (written: number, total: number | undefined) => void
}

/** What an import wrote. */
export interface ImportSummary {
  concepts: number
  renderings: number
  attestations: number
}

/** Options of {@link importConcepts}. */
export interface ImportConceptsOptions extends ImportOptions {
  /**
   * The documents the attestations come from, asked for once every concept
   * is written (a TBX file lists them in its back matter, after the entries).
   */
  documents?: () => readonly DocumentInfo[] | undefined
  /** Rows counted for progress, when known beforehand. */
  total?: number
  /**
   * A concept whose id this import has already written (an entry repeated
   * in the file). Without this option the later one updates the concept and
   * adds its terms, as a merge does; with it, the later one is not written
   * and is handed to this function (which may throw to abort the import).
   * Checked against a temporary table, so memory does not grow with the
   * number of concepts.
   */
  onRepeated?: (concept: ConceptEntry) => void
}

// Rows of one batch (concepts, renderings and attestations together): large
// enough that SQLite sees few statements, small enough to hold in memory.
const rowsPerBatch = 20_000

/**
 * Write a whole TermIndex in ONE transaction: a failure or a killed process
 * leaves the database exactly as it was. Documents named by attestations but
 * missing from the documents table are created with the attestation's outlet
 * and date.
 */
export async function importTermIndex(store: GlossaryStore, index: TermIndex, options: ImportOptions = {}): Promise<ImportSummary> {
  const total = index.concepts.reduce((sum, concept) => sum + 1 + concept.terms.reduce((terms, term) => terms + 1 + term.attestations.length, 0), 0)
  return importConcepts(store, index.concepts, { ...options, total, documents: () => index.documents })
}

/**
 * Write concepts as they come (an array, or a stream read from a file of any
 * size) in ONE transaction, a batch at a time, so memory holds one batch
 * whatever the number of concepts and a failure, a throwing source or a
 * killed process leaves the database exactly as it was. While SQLite writes
 * one batch (on its own thread), the next is read and built here.
 */
export async function importConcepts(
  store: GlossaryStore,
  concepts: AsyncIterable<ConceptEntry> | Iterable<ConceptEntry>,
  options: ImportConceptsOptions = {}
): Promise<ImportSummary> {
  const summary: ImportSummary = { concepts: 0, renderings: 0, attestations: 0 }
  let rowsWritten = 0
  const progress = (count: number): void => {
    rowsWritten += count
    options.onProgress?.(rowsWritten, options.total)
  }
  // A big transaction spills pages out of SQLite's cache (2 MB by default)
  // into the WAL again and again; a larger cache for the import avoids that.
  // 64 MiB, not more: SQLite's memory is this cache, and as much again when
  // the deferred indexes are sorted at the end (see deferred-upkeep.ts).
  // Measured on an IATE-like termbase of 200 MB, an import fills the cache
  // with 128 MiB as with 32 MiB for the same CPU time (its writes append);
  // merging 30 MB into that glossary (its indexes kept, random inserts)
  // took 4.2 s of CPU time with 128 MiB, 5.5 s with 32 MiB. Statement
  // journals (each multi-row statement keeps the pages it changes, to undo
  // just itself on a constraint error) stay SQLite's default: in memory up
  // to 64 KiB, then in a temporary file. Kept in memory, they held a copy of
  // every page a statement touched: 440 MB for that merge, against 270 MB.
  await store.db.exec('PRAGMA cache_size = -65536')
  await store.db.transaction(async () => {
    const upkeep = await DeferredUpkeep.start(store.db, { replace: options.mode === 'replace' })
    const imported = options.onRepeated === undefined ? undefined : await ImportedConcepts.start(store.db)
    const write = async (concepts: ConceptEntry[]): Promise<void> => {
      let fresh = concepts
      if (imported !== undefined) {
        const taken = await imported.take(concepts)
        for (const concept of taken.repeated) options.onRepeated!(concept)
        fresh = taken.fresh
      }
      await writeBatch(store, fresh, upkeep, progress)
      for (const concept of fresh) {
        summary.concepts++
        for (const term of concept.terms) {
          summary.renderings++
          summary.attestations += term.attestations.length
        }
      }
    }
    let batch: ConceptEntry[] = []
    let rows = 0
    // The batch in SQLite's hands (one at a time, so statements stay in
    // order); its failure is kept, not left unhandled while the source is read.
    let writing: Promise<void> = Promise.resolve()
    let failure: { error: unknown } | undefined
    const written = async (): Promise<void> => {
      await writing
      if (failure !== undefined) throw failure.error
    }
    const flush = async (): Promise<void> => {
      await written()
      const full = batch
      batch = []
      rows = 0
      writing = write(full).catch((error: unknown) => {
        failure ??= { error }
      })
    }
    try {
      for await (const concept of concepts) {
        batch.push(concept)
        rows++
        for (const term of concept.terms) rows += 1 + term.attestations.length
        if (rows >= rowsPerBatch) await flush()
      }
      await flush()
    } finally {
      // Whatever happened, no statement of this transaction may still run when it ends.
      await writing
    }
    await written()
    await upkeep.finish()
    await imported?.finish()
    const documents = options.documents?.()
    if (documents !== undefined && documents.length > 0) await writeDocuments(store, documents)
  })
  return summary
}

/** One batch of concepts: its attested documents, concepts, renderings (ids returned when attestations need them), attestations. */
async function writeBatch(store: GlossaryStore, concepts: readonly ConceptEntry[], upkeep: DeferredUpkeep, progress: (count: number) => void): Promise<void> {
  if (concepts.length === 0) return
  await writeAttestedDocuments(store, concepts)
  await insertRows(
    store.db,
    'INSERT INTO concepts (id, source_lang, source_text, gloss, domain, note, contested)',
    7,
    concepts.map((concept) => [concept.id, concept.sourceLang, concept.sourceText, concept.gloss ?? null, concept.domain ?? null, concept.note ?? null, concept.contested ?? null]),
    `ON CONFLICT (id) DO UPDATE SET source_lang = excluded.source_lang, source_text = excluded.source_text,
       gloss = excluded.gloss, domain = excluded.domain, note = excluded.note, contested = excluded.contested`,
    progress
  )
  // RETURNING gives the row id of every rendering, new or updated, so
  // attestations need no lookup by (concept, language, text) afterwards; a
  // batch without attestations (a termbase such as IATE) asks for none.
  const attested = concepts.some((concept) => concept.terms.some((term) => term.attestations.length > 0))
  const renderings = concepts.flatMap((concept) => concept.terms.map((term) => [concept.id, term.lang, term.text, foldKey(term.text), term.status, term.isSource ? 1 : 0, term.note ?? null]))
  const ids = await insertRows<{ id: number; concept_id: string; lang: string; text: string }>(
    store.db,
    'INSERT INTO renderings (concept_id, lang, text, folded, status, is_source, note)',
    7,
    renderings,
    `ON CONFLICT (concept_id, lang, text) DO UPDATE SET status = excluded.status, is_source = excluded.is_source, note = excluded.note
     ${attested ? 'RETURNING id, concept_id, lang, text' : ''}`,
    progress
  )
  await upkeep.written(renderings.length)
  if (!attested) return
  const renderingId = new Map(ids.map((row) => [termKey(row.concept_id, row.lang, row.text), row.id]))
  await insertRows(
    store.db,
    'INSERT INTO attestations (rendering_id, document_id, sentence, start, "end", text, context, context_start, origin)',
    9,
    attestationRows(concepts, renderingId),
    `ON CONFLICT (rendering_id, document_id, start, "end") DO UPDATE SET sentence = excluded.sentence,
       text = excluded.text, context = excluded.context, context_start = excluded.context_start, origin = excluded.origin`,
    progress
  )
}

function termKey(concept: string, lang: string, text: string): string {
  return `${concept}\u0000${lang}\u0000${text}`
}

/** Every attestation of the batch as a row, made one at a time as the writer asks for them. */
function* attestationRows(concepts: readonly ConceptEntry[], renderingId: ReadonlyMap<string, number>): Generator<SqlValue[]> {
  for (const concept of concepts) {
    for (const term of concept.terms) {
      const id = renderingId.get(termKey(concept.id, term.lang, term.text))!
      for (const attestation of term.attestations) yield attestationRow(id, attestation)
    }
  }
}

function attestationRow(renderingId: number, attestation: Attestation): SqlValue[] {
  return [
    renderingId, attestation.doc, attestation.sentence, attestation.start, attestation.end, attestation.text,
    attestation.context ?? null, attestation.contextStart ?? null, attestation.origin
  ]
}

/** Create the outlets and documents that the batch's attestations name and the store lacks. */
async function writeAttestedDocuments(store: GlossaryStore, concepts: readonly ConceptEntry[]): Promise<void> {
  const documents = new Map<string, { id: string; outlet: string; date: string }>()
  for (const concept of concepts) {
    for (const term of concept.terms) {
      for (const attestation of term.attestations) {
        if (!documents.has(attestation.doc)) documents.set(attestation.doc, { id: attestation.doc, outlet: attestation.outlet, date: attestation.date })
      }
    }
  }
  if (documents.size === 0) return
  await writeOutlets(store, [...new Set([...documents.values()].map((document) => document.outlet))].map((name) => ({ name })))
  for (const batch of inBatches([...documents.values()], 5000)) {
    await store.db.run(
      `INSERT OR IGNORE INTO documents (id, outlet_id, date)
       SELECT value->>'id', (SELECT id FROM outlets WHERE name = value->>'outlet'), value->>'date' FROM json_each(?)`,
      [JSON.stringify(batch)]
    )
  }
}
