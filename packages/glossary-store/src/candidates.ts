import { RenderingsError } from '@renderings/errors'
import { foldKey } from '@renderings/normalize'
import type { Candidate, CandidateEdits, CandidateEvidence, CandidateStatus, NewCandidate } from './candidate-types.js'
import type { GlossaryStore } from './store.js'
import { inBatches } from './batches.js'
import { ensureDocument } from './add.js'

interface CandidateRow {
  id: number
  concept_id: string | null
  source_lang: string | null
  source_text: string | null
  lang: string
  text: string
  method: string
  score: number
  evidence: string
  document_id: string | null
  outlet: string | null
  status: CandidateStatus
  reason: string | null
  rendering_id: number | null
  created_at: string
  decided_at: string | null
}

/** Queue candidates for review in one transaction; returns their ids. */
export async function addCandidates(store: GlossaryStore, candidates: readonly NewCandidate[]): Promise<number[]> {
  for (const [index, candidate] of candidates.entries()) {
    if (candidate.text.trim() === '') throw new RenderingsError(`candidate ${index + 1} has an empty text`, { code: 'EINVALID' })
    if (candidate.conceptId === undefined && (candidate.sourceText === undefined || candidate.sourceLang === undefined)) {
      throw new RenderingsError(`candidate ${index + 1} ("${candidate.text}") names neither a concept nor a source text and language`, { code: 'EINVALID' })
    }
  }
  const ids: number[] = []
  await store.db.transaction(async () => {
    for (const batch of inBatches(candidates, 2000)) {
      const rows = batch.map((candidate) => ({
        concept: candidate.conceptId ?? null,
        sourceLang: candidate.sourceLang ?? null,
        sourceText: candidate.sourceText ?? null,
        lang: candidate.lang,
        text: candidate.text,
        method: candidate.method,
        score: candidate.score,
        evidence: JSON.stringify({ ...candidate.evidence, origin: candidate.origin ?? 'mined' }),
        doc: candidate.doc ?? candidate.evidence.doc,
        outlet: candidate.outlet ?? null
      }))
      const first = await store.db.get<{ next: number }>('SELECT coalesce(max(id), 0) + 1 AS next FROM candidates')
      await store.db.run(
        `INSERT INTO candidates (concept_id, source_lang, source_text, lang, text, method, score, evidence, document_id, outlet)
         SELECT value->>'concept', value->>'sourceLang', value->>'sourceText', value->>'lang', value->>'text', value->>'method',
                value->>'score', value->>'evidence', value->>'doc', value->>'outlet'
         FROM json_each(?) ORDER BY key`,
        [JSON.stringify(rows)]
      )
      for (let offset = 0; offset < batch.length; offset++) ids.push(first!.next + offset)
    }
  })
  return ids
}

/** Candidates, best score first (optionally only those with a status). */
export async function listCandidates(store: GlossaryStore, options: { status?: CandidateStatus } = {}): Promise<Candidate[]> {
  const rows = await store.db.all<CandidateRow>(
    `SELECT * FROM candidates WHERE (?1 IS NULL OR status = ?1) ORDER BY score DESC, id`,
    [options.status ?? null]
  )
  return rows.map(toCandidate)
}

/**
 * Accept a candidate: create its rendering (status `admitted` unless the
 * reviewer says otherwise: a machine never makes a rendering preferred) and
 * its attestation, in one transaction. A concept named only by its source
 * text is created first. Returns the rendering's row id.
 */
export async function acceptCandidate(store: GlossaryStore, id: number, edits: CandidateEdits = {}): Promise<number> {
  return store.db.transaction(async () => {
    const candidate = await pendingCandidate(store, id)
    const lang = edits.lang ?? candidate.lang
    const text = (edits.text ?? candidate.text).normalize('NFC').trim()
    if (text === '') throw new RenderingsError(`candidate ${id}: the accepted text is empty`, { code: 'EINVALID' })
    const conceptId = edits.conceptId ?? candidate.conceptId ?? `mined-${id}`
    if (!(await store.db.get('SELECT 1 FROM concepts WHERE id = ?', [conceptId]))) {
      if (candidate.sourceText === undefined || candidate.sourceLang === undefined) {
        throw new RenderingsError(`candidate ${id}: no concept "${conceptId}" in the glossary`, { code: 'ENOTFOUND', file: store.path })
      }
      await store.db.run('INSERT INTO concepts (id, source_lang, source_text) VALUES (?, ?, ?)', [conceptId, candidate.sourceLang, candidate.sourceText])
      await store.db.run('INSERT INTO renderings (concept_id, lang, text, folded, status, is_source) VALUES (?, ?, ?, ?, ?, 1)', [
        conceptId, candidate.sourceLang, candidate.sourceText, foldKey(candidate.sourceText), 'preferred'
      ])
    }
    const existing = await store.db.get<{ id: number }>('SELECT id FROM renderings WHERE concept_id = ? AND lang = ? AND text = ?', [conceptId, lang, text])
    const renderingId = existing?.id ?? (await store.db.run(
      'INSERT INTO renderings (concept_id, lang, text, folded, status, note) VALUES (?, ?, ?, ?, ?, ?)',
      [conceptId, lang, text, foldKey(text), edits.status ?? 'admitted', edits.note ?? null]
    )).lastID
    const evidence = candidate.evidence
    if (Number.isInteger(evidence.start) && Number.isInteger(evidence.end) && evidence.end > evidence.start) {
      await ensureDocument(store, evidence.doc, candidate.outlet, undefined)
      const origin = evidence['origin'] === 'aligned' ? 'aligned' : 'mined'
      await store.db.run(
        `INSERT OR IGNORE INTO attestations (rendering_id, document_id, sentence, start, "end", text, context, context_start, origin)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [renderingId, evidence.doc, evidence.sentence, evidence.start, evidence.end, evidence.text, evidence.sentenceText ?? null, evidence.sentenceStart ?? null, origin]
      )
    }
    await store.db.run(
      `UPDATE candidates SET status = 'accepted', rendering_id = ?, concept_id = ?, decided_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?`,
      [renderingId, conceptId, id]
    )
    return renderingId
  })
}

/** Reject a candidate, with an optional reason kept for the record. */
export async function rejectCandidate(store: GlossaryStore, id: number, reason?: string): Promise<void> {
  await store.db.transaction(async () => {
    await pendingCandidate(store, id)
    await store.db.run(`UPDATE candidates SET status = 'rejected', reason = ?, decided_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?`, [reason ?? null, id])
  })
}

async function pendingCandidate(store: GlossaryStore, id: number): Promise<Candidate> {
  const row = await store.db.get<CandidateRow>('SELECT * FROM candidates WHERE id = ?', [id])
  if (!row) throw new RenderingsError(`no candidate ${id} in the review queue`, { code: 'ENOTFOUND', file: store.path })
  if (row.status !== 'pending') throw new RenderingsError(`candidate ${id} was already ${row.status}`, { code: 'EINVALID', file: store.path })
  return toCandidate(row)
}

function toCandidate(row: CandidateRow): Candidate {
  const evidence = JSON.parse(row.evidence) as CandidateEvidence
  const candidate: Candidate = {
    id: row.id,
    lang: row.lang,
    text: row.text,
    method: row.method,
    score: row.score,
    origin: evidence['origin'] === 'aligned' ? 'aligned' : 'mined',
    evidence,
    status: row.status,
    createdAt: row.created_at
  }
  if (row.concept_id !== null) candidate.conceptId = row.concept_id
  if (row.source_lang !== null) candidate.sourceLang = row.source_lang
  if (row.source_text !== null) candidate.sourceText = row.source_text
  if (row.document_id !== null) candidate.doc = row.document_id
  if (row.outlet !== null) candidate.outlet = row.outlet
  if (row.reason !== null) candidate.reason = row.reason
  if (row.rendering_id !== null) candidate.renderingId = row.rendering_id
  if (row.decided_at !== null) candidate.decidedAt = row.decided_at
  return candidate
}
