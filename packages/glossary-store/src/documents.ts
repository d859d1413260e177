import type { DocumentInfo } from '@renderings/types'
import { foldKey } from '@renderings/normalize'
import type { GlossaryStore } from './store.js'
import { inBatches } from './batches.js'

/** An outlet with what the glossary knows of it. */
export interface OutletSummary {
  name: string
  evidence: string | null
  documents: number
  attestations: number
}

/**
 * Insert or update documents and their outlets (from the manifest), in the
 * caller's transaction. Existing documents take the new description.
 */
export async function writeDocuments(store: GlossaryStore, documents: readonly DocumentInfo[]): Promise<void> {
  const outlets = new Map<string, string | null>()
  for (const document of documents) if (!outlets.has(document.outlet)) outlets.set(document.outlet, document.outletEvidence || null)
  await writeOutlets(store, [...outlets].map(([name, evidence]) => ({ name, evidence })))
  for (const batch of inBatches(documents, 2000)) {
    const rows = batch.map((document) => ({
      id: document.id,
      file: document.file || null,
      outlet: document.outlet,
      date: document.date || 'unknown',
      title: document.title || null,
      kind: document.kind || null,
      languages: JSON.stringify(document.languages ?? [])
    }))
    await store.db.run(
      `INSERT INTO documents (id, file, outlet_id, date, title, kind, languages)
       SELECT value->>'id', value->>'file', (SELECT id FROM outlets WHERE name = value->>'outlet'),
              value->>'date', value->>'title', value->>'kind', value->>'languages'
       FROM json_each(?)
       WHERE true
       ON CONFLICT (id) DO UPDATE SET file = excluded.file, outlet_id = excluded.outlet_id, date = excluded.date,
         title = excluded.title, kind = excluded.kind, languages = excluded.languages`,
      [JSON.stringify(rows)]
    )
  }
}

/** Insert outlets that are missing (an existing outlet keeps its evidence unless it had none). */
export async function writeOutlets(store: GlossaryStore, outlets: readonly { name: string; evidence?: string | null }[]): Promise<void> {
  for (const batch of inBatches(outlets, 2000)) {
    const rows = batch.map((outlet) => ({ name: outlet.name, folded: foldKey(outlet.name), evidence: outlet.evidence ?? null }))
    await store.db.run(
      `INSERT INTO outlets (name, folded, evidence)
       SELECT value->>'name', value->>'folded', value->>'evidence' FROM json_each(?)
       WHERE true
       ON CONFLICT (name) DO UPDATE SET evidence = coalesce(outlets.evidence, excluded.evidence)`,
      [JSON.stringify(rows)]
    )
  }
}

/** Every outlet with its number of documents and attestations, most attested first (one pass over the attestations). */
export async function listOutlets(store: GlossaryStore): Promise<OutletSummary[]> {
  return store.db.all<OutletSummary>(
    `SELECT o.name AS name, o.evidence AS evidence,
            (SELECT count(*) FROM documents d WHERE d.outlet_id = o.id) AS documents,
            coalesce(used.attestations, 0) AS attestations
     FROM outlets o
     LEFT JOIN (SELECT d.outlet_id AS outlet_id, count(*) AS attestations
                FROM attestations a JOIN documents d ON d.id = a.document_id
                GROUP BY d.outlet_id) used ON used.outlet_id = o.id
     ORDER BY attestations DESC, name`
  )
}
