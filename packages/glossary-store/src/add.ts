import { RenderingsError } from '@renderings/errors'
import { foldKey } from '@renderings/normalize'
import type { AttestationOrigin, RenderingStatus } from '@renderings/types'
import type { GlossaryStore } from './store.js'
import { writeOutlets } from './documents.js'

/** A new concept with its source phrase (stored as its source rendering). */
export interface NewConcept {
  id: string
  sourceLang: string
  sourceText: string
  gloss?: string
  domain?: string
  note?: string
  contested?: string
}

/** A new rendering of an existing concept. */
export interface NewRendering {
  conceptId: string
  lang: string
  text: string
  status?: RenderingStatus
  note?: string
}

/** A new attestation of an existing rendering. */
export interface NewAttestation {
  conceptId: string
  lang: string
  /** The rendering attested (as stored). */
  rendering: string
  doc: string
  /** Needed when the document is not in the store yet. */
  outlet?: string
  date?: string
  sentence: number
  start: number
  end: number
  /** The exact text at [start, end) in the document. */
  text: string
  origin: AttestationOrigin
  context?: string
  contextStart?: number
}

const statuses: readonly RenderingStatus[] = ['preferred', 'admitted', 'deprecated', 'superseded', 'forbidden']

function required(value: string | undefined, field: string): string {
  const trimmed = value?.normalize('NFC').trim() ?? ''
  if (trimmed === '') throw new RenderingsError(`${field} is empty`, { code: 'EINVALID' })
  return trimmed
}

/** Add a concept; refuses an id that exists. One transaction. */
export async function addConcept(store: GlossaryStore, concept: NewConcept): Promise<void> {
  const id = required(concept.id, 'concept id')
  const sourceText = required(concept.sourceText, 'source text')
  const sourceLang = required(concept.sourceLang, 'source language')
  await store.db.transaction(async () => {
    if (await store.db.get('SELECT 1 FROM concepts WHERE id = ?', [id])) {
      throw new RenderingsError(`duplicate concept: "${id}" already exists`, { code: 'EDUPLICATE', file: store.path })
    }
    await store.db.run('INSERT INTO concepts (id, source_lang, source_text, gloss, domain, note, contested) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      id, sourceLang, sourceText, concept.gloss ?? null, concept.domain ?? null, concept.note ?? null, concept.contested ?? null
    ])
    await store.db.run('INSERT INTO renderings (concept_id, lang, text, folded, status, is_source) VALUES (?, ?, ?, ?, ?, 1)', [
      id, sourceLang, sourceText, foldKey(sourceText), 'preferred'
    ])
  })
}

/** Add a rendering; refuses an unknown concept, an empty text, a bad status and a duplicate. Returns its row id. */
export async function addRendering(store: GlossaryStore, rendering: NewRendering): Promise<number> {
  const text = required(rendering.text, 'rendering text')
  const lang = required(rendering.lang, 'language')
  const status = rendering.status ?? 'admitted'
  if (!statuses.includes(status)) {
    throw new RenderingsError(`unknown status "${status}" (expected ${statuses.join(', ')})`, { code: 'EINVALID' })
  }
  return store.db.transaction(async () => {
    await requireConcept(store, rendering.conceptId)
    const duplicate = await store.db.get<{ text: string }>(
      'SELECT text FROM renderings WHERE concept_id = ? AND lang = ? AND (text = ? OR folded = ?)',
      [rendering.conceptId, lang, text, foldKey(text)]
    )
    if (duplicate) {
      throw new RenderingsError(`duplicate rendering: concept "${rendering.conceptId}" already has ${lang} "${duplicate.text}"`, { code: 'EDUPLICATE', file: store.path })
    }
    const result = await store.db.run('INSERT INTO renderings (concept_id, lang, text, folded, status, note) VALUES (?, ?, ?, ?, ?, ?)', [
      rendering.conceptId, lang, text, foldKey(text), status, rendering.note ?? null
    ])
    return result.lastID
  })
}

/** Add an attestation of a stored rendering, creating its document (and outlet) when missing. */
export async function addAttestation(store: GlossaryStore, attestation: NewAttestation): Promise<number> {
  const doc = required(attestation.doc, 'document id')
  const text = required(attestation.text, 'attested text')
  if (!(Number.isInteger(attestation.start) && Number.isInteger(attestation.end) && attestation.start >= 0 && attestation.end > attestation.start)) {
    throw new RenderingsError(`bad offsets [${attestation.start}, ${attestation.end}): expected whole numbers with 0 ≤ start < end`, { code: 'EINVALID' })
  }
  if (!(Number.isInteger(attestation.sentence) && attestation.sentence >= 0)) {
    throw new RenderingsError(`bad sentence index ${attestation.sentence}`, { code: 'EINVALID' })
  }
  return store.db.transaction(async () => {
    const rendering = await store.db.get<{ id: number }>('SELECT id FROM renderings WHERE concept_id = ? AND lang = ? AND text = ?', [
      attestation.conceptId, attestation.lang, attestation.rendering
    ])
    if (!rendering) {
      throw new RenderingsError(`no ${attestation.lang} rendering "${attestation.rendering}" in concept "${attestation.conceptId}" (add the rendering first)`, { code: 'ENOTFOUND', file: store.path })
    }
    await ensureDocument(store, doc, attestation.outlet, attestation.date)
    const existing = await store.db.get('SELECT 1 FROM attestations WHERE rendering_id = ? AND document_id = ? AND start = ? AND "end" = ?', [
      rendering.id, doc, attestation.start, attestation.end
    ])
    if (existing) throw new RenderingsError(`duplicate attestation: ${doc} [${attestation.start}, ${attestation.end}) is already recorded`, { code: 'EDUPLICATE', file: store.path })
    const result = await store.db.run(
      'INSERT INTO attestations (rendering_id, document_id, sentence, start, "end", text, context, context_start, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [rendering.id, doc, attestation.sentence, attestation.start, attestation.end, text, attestation.context ?? null, attestation.contextStart ?? null, attestation.origin]
    )
    return result.lastID
  })
}

export async function requireConcept(store: GlossaryStore, conceptId: string): Promise<void> {
  if (!(await store.db.get('SELECT 1 FROM concepts WHERE id = ?', [conceptId]))) {
    throw new RenderingsError(`no concept "${conceptId}" in the glossary`, { code: 'ENOTFOUND', file: store.path })
  }
}

/** Make sure a document row exists (inside the caller's transaction). */
export async function ensureDocument(store: GlossaryStore, doc: string, outlet: string | undefined, date: string | undefined): Promise<void> {
  if (await store.db.get('SELECT 1 FROM documents WHERE id = ?', [doc])) return
  if (outlet === undefined || outlet.trim() === '') {
    throw new RenderingsError(`document "${doc}" is not in the glossary: give its outlet (and date) to add it`, { code: 'EINVALID', file: store.path })
  }
  await writeOutlets(store, [{ name: outlet.trim() }])
  await store.db.run('INSERT INTO documents (id, outlet_id, date) VALUES (?, (SELECT id FROM outlets WHERE name = ?), ?)', [doc, outlet.trim(), date ?? 'unknown'])
}
