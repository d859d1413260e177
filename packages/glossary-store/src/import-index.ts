import type { Attestation, TermIndex } from '@renderings/types'
import { foldKey } from '@renderings/normalize'
import type { GlossaryStore } from './store.js'
import { inBatches } from './batches.js'
import { writeOutlets } from './documents.js'

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
  const concepts = index.concepts.map((concept) => ({
    id: concept.id,
    sourceLang: concept.sourceLang,
    sourceText: concept.sourceText,
    gloss: concept.gloss ?? null,
    domain: concept.domain ?? null,
    note: concept.note ?? null,
    contested: concept.contested ?? null
  }))
  const renderings = index.concepts.flatMap((concept) =>
    concept.terms.map((term) => ({
      concept: concept.id,
      lang: term.lang,
      text: term.text,
      folded: foldKey(term.text),
      status: term.status,
      source: term.isSource ? 1 : 0,
      note: term.note ?? null
    }))
  )
  const attestations = index.concepts.flatMap((concept) =>
    concept.terms.flatMap((term) => term.attestations.map((attestation) => attestationRow(concept.id, term.lang, term.text, attestation)))
  )
  const total = concepts.length + renderings.length + attestations.length
  let written = 0
  const progress = (count: number): void => {
    written += count
    options.onProgress?.(written, total)
  }

  await store.db.transaction(async () => {
    if (options.mode === 'replace') await store.db.run('DELETE FROM concepts')
    await writeAttestedDocuments(store, index)
    for (const batch of inBatches(concepts, batchSize)) {
      await store.db.run(
        `INSERT INTO concepts (id, source_lang, source_text, gloss, domain, note, contested)
         SELECT value->>'id', value->>'sourceLang', value->>'sourceText', value->>'gloss', value->>'domain', value->>'note', value->>'contested'
         FROM json_each(?) WHERE true
         ON CONFLICT (id) DO UPDATE SET source_lang = excluded.source_lang, source_text = excluded.source_text,
           gloss = excluded.gloss, domain = excluded.domain, note = excluded.note, contested = excluded.contested`,
        [JSON.stringify(batch)]
      )
      progress(batch.length)
    }
    for (const batch of inBatches(renderings, batchSize)) {
      await store.db.run(
        `INSERT INTO renderings (concept_id, lang, text, folded, status, is_source, note)
         SELECT value->>'concept', value->>'lang', value->>'text', value->>'folded', value->>'status', value->>'source', value->>'note'
         FROM json_each(?) WHERE true
         ON CONFLICT (concept_id, lang, text) DO UPDATE SET status = excluded.status, is_source = excluded.is_source, note = excluded.note`,
        [JSON.stringify(batch)]
      )
      progress(batch.length)
    }
    for (const batch of inBatches(attestations, batchSize)) {
      await store.db.run(
        `INSERT INTO attestations (rendering_id, document_id, sentence, start, "end", text, context, context_start, origin)
         SELECT r.id, value->>'doc', value->>'sentence', value->>'start', value->>'end', value->>'text',
                value->>'context', value->>'contextStart', value->>'origin'
         FROM json_each(?) JOIN renderings r
           ON r.concept_id = value->>'concept' AND r.lang = value->>'lang' AND r.text = value->>'term'
         WHERE true
         ON CONFLICT (rendering_id, document_id, start, "end") DO UPDATE SET sentence = excluded.sentence,
           text = excluded.text, context = excluded.context, context_start = excluded.context_start, origin = excluded.origin`,
        [JSON.stringify(batch)]
      )
      progress(batch.length)
    }
  })
  return { concepts: concepts.length, renderings: renderings.length, attestations: attestations.length }
}

function attestationRow(concept: string, lang: string, term: string, attestation: Attestation) {
  return {
    concept,
    lang,
    term,
    doc: attestation.doc,
    sentence: attestation.sentence,
    start: attestation.start,
    end: attestation.end,
    text: attestation.text,
    context: attestation.context ?? null,
    contextStart: attestation.contextStart ?? null,
    origin: attestation.origin
  }
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
