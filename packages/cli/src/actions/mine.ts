import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { RenderingsError } from '@renderings/errors'
import { readTextFile } from '@renderings/corpus'
import { addCandidates, defaultDatabasePath, importTermIndex, listCandidates, loadTermIndex, withStore, type NewCandidate } from '@renderings/glossary-store'
import type { MinedCandidate, MiningDocument, MiningResult, ParallelUnit } from '@renderings/mine'
import type { SegmentedDocument, TermIndex } from '@renderings/types'
import type { MineOptions } from '../commands/mine.js'
import { hanCharacter, loadChineseSegmenter } from './chinese-segmenter.js'
import { type LoadedDocument, loadDocuments } from './mine-documents.js'

/** What one mining run found and queued. */
export interface MineRun {
  result: MiningResult
  documents: number
  queued: number
  /** The database written to (undefined on a dry run). */
  database: string | undefined
}

/** `renderings mine`: mine documents and queue the candidates for review. */
export async function runMine(paths: string[], options: MineOptions): Promise<void> {
  const { result, documents, queued, database } = await mineAndQueue(paths, options)
  if (options.json === true) {
    process.stdout.write(`${JSON.stringify({ ...result, queued, database }, null, 2)}\n`)
    return
  }
  const lines = result.candidates.map(
    (candidate) => `${candidate.evidence.rendering.doc}  ${candidate.method.padEnd(16)} ${candidate.score.toFixed(2)}${candidate.known ? ' known' : '      '}  ${candidate.source.text} → ${candidate.rendering.text}`
  )
  for (const unpaired of result.unpaired) lines.push(`${unpaired.doc}  unpaired: ${unpaired.text} (${unpaired.reason})`)
  lines.push(
    `${result.candidates.length} candidates from ${documents} documents` +
      (database === undefined ? ' (dry run: nothing queued)' : `; ${queued} new in the review queue of ${database} (renderings glossary review)`)
  )
  process.stdout.write(`${lines.join('\n')}\n`)
}

/**
 * Mine the documents at `paths` (default: the seeds) and queue what is new
 * for review. `segmented` holds documents already segmented, by id (`start`
 * passes the seeds it segmented), so they are not segmented again.
 */
export async function mineAndQueue(paths: string[], options: MineOptions, segmented?: ReadonlyMap<string, SegmentedDocument>): Promise<MineRun> {
  const minScore = checkMinScore(options.minScore)
  const database = databasePath(options)
  const documents = await loadDocuments(paths.length > 0 ? paths : [resolve(repositoryFolder(), 'seeds')])
  const newDatabase = !existsSync(database)
  const glossary = await loadGlossary(database)
  const result = await mineDocuments(documents, glossary, minScore, segmented ?? new Map())
  let queued = 0
  if (options.dryRun !== true) {
    queued = await withStore(database, {}, async (store) => {
      // A new database starts from the curated glossary, so that candidates
      // can name its concepts (`renderings glossary build` adds attestations).
      if (newDatabase) await importTermIndex(store, glossary)
      const seen = new Set((await listCandidates(store)).map(candidateKey))
      const fresh = result.candidates.map(toNewCandidate).filter((candidate) => !seen.has(candidateKey(candidate)))
      if (fresh.length > 0) await addCandidates(store, fresh)
      return fresh.length
    })
  }
  return { result, documents: documents.length, queued, database: options.dryRun === true ? undefined : database }
}

/** Check --min-score. */
export function checkMinScore(value: string): number {
  const minScore = Number(value)
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) {
    throw new RenderingsError(`--min-score must be a number from 0 to 1, not "${value}"`, { code: 'EUSAGE' })
  }
  return minScore
}

/** The glossary database: --db, else $RENDERINGS_DB, else the repository's. */
export function databasePath(options: MineOptions): string {
  return resolve(options.db ?? (process.env['RENDERINGS_DB'] || defaultDatabasePath()))
}

function repositoryFolder(): string {
  return resolve(dirname(defaultDatabasePath()), '..')
}

/** The glossary to mine with: the database when there is one, else the curated source. */
export async function loadGlossary(database: string): Promise<TermIndex> {
  if (existsSync(database)) return withStore(database, { readonly: true }, (store) => loadTermIndex(store, { attestations: false }))
  const source = resolve(repositoryFolder(), 'glossary', 'concepts.yaml')
  if (!existsSync(source)) return { concepts: [] }
  const { parseGlossarySource } = await import('@renderings/glossary')
  return parseGlossarySource(await readTextFile(source), source)
}

/**
 * Mine documents against a glossary, as `renderings mine` and `renderings
 * mine --batch` (one event at a time) both do. `segmentedBefore` holds
 * documents already segmented, by id.
 */
export async function mineDocuments(
  documents: readonly LoadedDocument[],
  glossary: TermIndex,
  minStatementScore: number,
  segmentedBefore: ReadonlyMap<string, SegmentedDocument> = new Map()
): Promise<MiningResult> {
  const mining = await prepareDocuments(documents, glossary, segmentedBefore)
  const { mineCorpus } = await import('@renderings/mine')
  const { toPinyin, toSinoVietnamese } = await import('@renderings/transliterate')
  return mineCorpus(mining, {
    glossary,
    minStatementScore,
    readings: {
      toPinyin: (han) => toPinyin(han).join(' '),
      toSinoVietnamese: (han) => toSinoVietnamese(han).map((readings) => readings[0] ?? '').join(' ')
    }
  })
}

async function prepareDocuments(documents: readonly LoadedDocument[], glossary: TermIndex, segmentedBefore: ReadonlyMap<string, SegmentedDocument>): Promise<MiningDocument[]> {
  const { segmentDocument } = await import('@renderings/segment')
  const { parallelUnitsFromParagraphs } = await import('@renderings/mine')
  const { alignSegments } = await import('@renderings/align')
  const hasChinese = documents.some((document) => !segmentedBefore.has(document.id) && hanCharacter.test(document.text))
  // The Chinese segmenter costs 0.3 s and 90 MB: only when there is Chinese.
  const chinese = hasChinese ? await loadChineseSegmenter(glossary) : undefined
  return documents.map((document) => {
    // The languages a document declares are the ones franc may choose from (Chinese is found by script).
    const languages = document.languages?.filter((code) => code !== 'zh') ?? []
    const segmented =
      segmentedBefore.get(document.id) ??
      segmentDocument(document.text, { doc: document.id, ...(languages.length > 0 ? { languages } : {}), ...(chinese === undefined ? {} : { chinese }) })
    const parallel: ParallelUnit[] = parallelUnitsFromParagraphs(segmented).flatMap((unit) => {
      // Sentence-level units where the paragraphs align; the paragraph otherwise.
      const beads = alignSegments(unit.source, unit.target)
      const units = beads
        .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
        .map((bead) => ({ source: bead.source.map((index) => unit.source[index]!), target: bead.target.map((index) => unit.target[index]!) }))
      return units.length > 0 ? units : [unit]
    })
    return { segmented, outlet: document.outlet, date: document.date, parallel }
  })
}

function toNewCandidate(candidate: MinedCandidate): NewCandidate {
  const { rendering, source, anchors, note } = candidate.evidence
  const evidence: NewCandidate['evidence'] = {
    doc: rendering.doc, sentence: rendering.sentence, start: rendering.start, end: rendering.end, text: rendering.text,
    sentenceText: rendering.sentenceText, sentenceStart: rendering.sentenceStart,
    anchors, mineId: candidate.id, known: candidate.known
  }
  if (source !== undefined) {
    evidence.source = { doc: source.doc, sentence: source.sentence, start: source.start, end: source.end, text: source.text }
    evidence['sourceSentence'] = source.sentenceText
  }
  evidence['date'] = rendering.date
  if (note !== undefined) evidence['note'] = note
  const queued: NewCandidate = {
    sourceText: candidate.source.text, sourceLang: candidate.source.lang,
    lang: candidate.rendering.lang, text: candidate.rendering.text,
    method: candidate.method, score: candidate.score,
    origin: candidate.method === 'parallel' ? 'aligned' : 'mined',
    evidence, doc: rendering.doc, outlet: rendering.outlet
  }
  if (candidate.conceptId !== undefined) queued.conceptId = candidate.conceptId
  return queued
}

/** Same occurrence, same text, same concept or original: already queued (or decided). */
function candidateKey(candidate: NewCandidate): string {
  return [candidate.evidence.doc, candidate.evidence.start, candidate.evidence.end, candidate.text, candidate.conceptId ?? candidate.sourceText ?? ''].join('\u0000')
}
