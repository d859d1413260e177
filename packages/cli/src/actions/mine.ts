import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { RenderingsError } from '@renderings/errors'
import { readTextFile } from '@renderings/corpus'
import { addCandidates, defaultDatabasePath, importTermIndex, listCandidates, loadTermIndex, withStore, type NewCandidate } from '@renderings/glossary-store'
import type { MinedCandidate, MiningDocument, MiningResult, ParallelUnit } from '@renderings/mine'
import type { SegmentedDocument, TermIndex } from '@renderings/types'
import type { MineOptions } from '../commands/mine.js'
import { hanCharacter } from './chinese-segmenter.js'
import { segmentCorpus, type SegmentedCorpusDocument } from './segment-corpus.js'

/** New contested phrases printed without --json. */
const shownProposals = 10

/** What one mining run found and queued. */
export interface MineRun {
  result: MiningResult
  documents: MinedDocumentInfo[]
  queued: number
  /** The database written to (undefined on a dry run). */
  database: string | undefined
}

/** `renderings mine`: mine documents and queue the candidates for review. */
export async function runMine(paths: string[], options: MineOptions): Promise<void> {
  const { result, documents, queued, database } = await mineAndQueue(paths, options)
  if (options.json === true) {
    process.stdout.write(`${JSON.stringify({ ...result, documents, queued, database }, null, 2)}\n`)
    return
  }
  const lines = result.candidates.flatMap((candidate) => [
    `${candidate.evidence.rendering.doc}  ${candidate.method.padEnd(16)} ${candidate.score.toFixed(2)}${candidate.known ? ' known' : '      '}  ${candidate.source.text} → ${candidate.rendering.text}`,
    // What was found inside the pair, under it.
    ...(candidate.parts ?? []).map((part) => `    ${part.method === 'statement-variant' ? 'differs' : 'phrase '}  ${part.source.text} → ${part.rendering.text}`)
  ])
  for (const unpaired of result.unpaired) lines.push(`${unpaired.doc}  unpaired: ${unpaired.text} (${unpaired.reason})`)
  if (result.proposals.length > 0) {
    lines.push(`New contested phrases (rendered two or more ways, not in the glossary), most different first:`)
    for (const proposal of result.proposals.slice(0, shownProposals)) {
      lines.push(`  ${proposal.text}  (${proposal.outlets} outlets, difference ${proposal.difference.toFixed(2)}, ${proposal.source.doc})`)
      for (const rendering of proposal.renderings) lines.push(`    ${rendering.outlet}: ${rendering.text}`)
    }
    if (result.proposals.length > shownProposals) lines.push(`  … ${result.proposals.length - shownProposals} more (--json lists them all)`)
  }
  lines.push(
    `${result.candidates.length} candidates from ${documents.length} documents` +
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
  const limits = miningLimits(options)
  const { glossary, database, newDatabase } = await miningGlossary(options)
  // Without segmentit: the miner reads Chinese words with the lexicon (and
  // every short stretch of Han characters), so the segmenter's 0.3 s and
  // 90 MB, and its minutes on a page of megabytes of Chinese, buy nothing.
  const documents = await segmentCorpus(paths.length > 0 ? paths : [resolve(repositoryFolder(), 'seeds')], undefined, segmented)
  const result = await mineSegmented(documents, glossary, limits)
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
  return { result, documents: documents.map(({ info }) => describe(info)), queued, database: options.dryRun === true ? undefined : database }
}

/** The thresholds of --min-score and --min-documents, checked. */
export interface MiningLimits {
  minScore: number
  minDocuments: number
}

/** Check --min-score and --min-documents, as every form of `renderings mine` takes them. */
export function miningLimits(options: MineOptions): MiningLimits {
  const minScore = Number(options.minScore)
  if (!Number.isFinite(minScore) || minScore < 0 || minScore > 1) {
    throw new RenderingsError(`--min-score must be a number from 0 to 1, not "${options.minScore}"`, { code: 'EUSAGE' })
  }
  const minDocuments = Number(options.minDocuments ?? '2')
  if (!Number.isInteger(minDocuments) || minDocuments < 1) {
    throw new RenderingsError(`--min-documents must be a whole number of 1 or more, not "${options.minDocuments}"`, { code: 'EUSAGE' })
  }
  return { minScore, minDocuments }
}

function repositoryFolder(): string {
  return resolve(dirname(defaultDatabasePath()), '..')
}

/** The glossary to mine with (--glossary, else the database, else the curated source), and the database candidates go to. */
export async function miningGlossary(options: MineOptions): Promise<{ glossary: TermIndex; database: string; newDatabase: boolean }> {
  const database = resolve(options.db ?? (process.env['RENDERINGS_DB'] || defaultDatabasePath()))
  const newDatabase = !existsSync(database)
  const glossary = options.glossary !== undefined ? await loadGlossaryFile(options.glossary) : await loadGlossary(database, resolve(repositoryFolder(), 'glossary', 'concepts.yaml'))
  return { glossary, database, newDatabase }
}

/**
 * Mine segmented documents, as `renderings mine` does with a corpus and
 * `renderings mine --batch` with each event.
 */
export async function mineSegmented(documents: readonly SegmentedCorpusDocument[], glossary: TermIndex, limits: MiningLimits): Promise<MiningResult> {
  const mining = await prepareDocuments(documents)
  const { mineCorpus } = await import('@renderings/mine')
  const { toPinyin, toSinoVietnamese } = await import('@renderings/transliterate')
  // The lexicon (about 0.1 s and 50 MB) pairs Chinese originals with their
  // renderings in other documents: only when a document has Chinese, and
  // loaded once per process.
  const lexicon = documents.some(({ segmented }) => hanCharacter.test(segmented.text)) ? (await import('@renderings/lexicon')).loadLexicon() : undefined
  return mineCorpus(mining, {
    glossary,
    ...(lexicon === undefined ? {} : { lexicon }),
    minRenderingDocuments: limits.minDocuments,
    minStatementScore: limits.minScore,
    readings: {
      toPinyin: (han) => toPinyin(han).join(' '),
      toSinoVietnamese: (han) => toSinoVietnamese(han).map((readings) => readings[0] ?? '').join(' ')
    }
  })
}

/** The glossary to mine with: the database when there is one, else the curated source. */
async function loadGlossary(database: string, source: string): Promise<TermIndex> {
  if (existsSync(database)) return withStore(database, { readonly: true }, (store) => loadTermIndex(store, { attestations: false }))
  if (!existsSync(source)) return { concepts: [] }
  const { parseGlossarySource } = await import('@renderings/glossary')
  return parseGlossarySource(await readTextFile(source), source)
}

/** A mined document as the JSON output lists it: where it is and what it is. */
export interface MinedDocumentInfo {
  id: string
  path: string
  outlet: string
  date: string
  event: string
  languages: string[]
}

function describe(info: SegmentedCorpusDocument['info']): MinedDocumentInfo {
  return { id: info.id, path: info.path, outlet: info.outlet, date: info.date, event: info.event, languages: info.languages }
}

async function loadGlossaryFile(path: string): Promise<TermIndex> {
  const { loadGlossary } = await import('./check-glossary.js')
  return loadGlossary(path)
}

async function prepareDocuments(documents: readonly SegmentedCorpusDocument[]): Promise<MiningDocument[]> {
  const { parallelUnitsFromParagraphs } = await import('@renderings/mine')
  const { alignSegments } = await import('@renderings/align')
  return documents.map(({ info, segmented }) => {
    const parallel: ParallelUnit[] = parallelUnitsFromParagraphs(segmented).flatMap((unit) => {
      // Sentence-level units where the paragraphs align; the paragraph otherwise.
      const beads = alignSegments(unit.source, unit.target)
      const units = beads
        .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
        .map((bead) => ({ source: bead.source.map((index) => unit.source[index]!), target: bead.target.map((index) => unit.target[index]!) }))
      return units.length > 0 ? units : [unit]
    })
    return { segmented, outlet: info.outlet, date: info.date, event: info.event, parallel }
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
  if (candidate.parts !== undefined) evidence['parts'] = candidate.parts.map((part) => ({ method: part.method, source: part.source.text, text: part.rendering.text, start: part.evidence.rendering.start, end: part.evidence.rendering.end, score: part.score }))
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
