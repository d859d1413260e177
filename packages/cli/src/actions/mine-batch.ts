import type { CorpusDocument } from '@renderings/corpus'
import { RenderingsError } from '@renderings/errors'
import type { TermIndex } from '@renderings/types'
import type { MineOptions } from '../commands/mine.js'
import { checkLanguage } from './align-inputs.js'
import { type BatchAnswer, type BatchRecord, runBatch } from './batch-stream.js'
import { type MiningLimits, mineSegmented, miningGlossary, miningLimits } from './mine.js'
import { segmentDocuments } from './segment-corpus.js'

/**
 * `renderings mine --batch [FILE]`: one event per JSON line in (`{"event",
 * "documents": [{"id", "outlet", "lang", "date", "text"}, …]}`), its
 * candidates with their evidence out, mined as `renderings mine` mines the
 * documents of one event folder. Nothing is written to the review queue:
 * the answers are the output. The glossary (`--glossary`, else `--db`, else
 * the repository's) is read once, at the first event; the lexicon once, at
 * the first Chinese.
 */
export async function runMineBatch(paths: readonly string[], options: MineOptions): Promise<void> {
  if (paths.length > 1) throw new RenderingsError('--batch reads one JSON Lines file (or standard input), not documents or folders', { code: 'EUSAGE' })
  if (options.json === true || options.dryRun === true) {
    throw new RenderingsError('--batch writes JSON Lines to standard output and queues nothing: --json and --dry-run do not apply', { code: 'EUSAGE' })
  }
  const limits = miningLimits(options)
  let glossary: Promise<TermIndex> | undefined
  await runBatch({
    input: paths[0],
    keyField: 'event',
    answer: async (record) => mineEvent(record, await (glossary ??= miningGlossary(options).then((loaded) => loaded.glossary)), limits)
  })
}

async function mineEvent(record: BatchRecord, glossary: TermIndex, limits: MiningLimits): Promise<BatchAnswer> {
  const documents = await segmentDocuments(documentsOf(record, String(record['event'])))
  const { candidates, unpaired, proposals, stats } = await mineSegmented(documents, glossary, limits)
  return { candidates, unpaired, proposals, stats }
}

/** The documents of an event record, checked, as the corpus reader would describe them. */
function documentsOf(record: BatchRecord, event: string): CorpusDocument[] {
  const documents = record['documents']
  if (!Array.isArray(documents) || documents.length === 0) throw new RenderingsError('"documents" must be a non-empty array of {"id", "text", …}', { code: 'EUSAGE' })
  const seen = new Set<string>()
  return documents.map((value: unknown, index) => {
    const where = `documents[${index}]`
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new RenderingsError(`${where} is not an object`, { code: 'EUSAGE' })
    const document = value as Record<string, unknown>
    const id = document['id']
    if (typeof id !== 'string' || id === '') throw new RenderingsError(`${where} has no "id" (a string)`, { code: 'EUSAGE' })
    if (seen.has(id)) throw new RenderingsError(`${where}: two documents have the id "${id}"`, { code: 'EUSAGE' })
    seen.add(id)
    const text = document['text']
    if (typeof text !== 'string') throw new RenderingsError(`${where} ("${id}") has no "text" (a string)`, { code: 'EUSAGE' })
    return {
      id,
      file: id,
      path: id,
      event,
      text,
      outlet: optionalText(document, 'outlet', where) ?? 'unknown outlet',
      outletEvidence: '',
      date: optionalText(document, 'date', where) ?? 'unknown',
      title: optionalText(document, 'title', where) ?? '(untitled)',
      kind: '',
      languages: languagesOf(document['lang'], where)
    }
  })
}

function optionalText(document: Record<string, unknown>, field: string, where: string): string | undefined {
  const value = document[field]
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw new RenderingsError(`${where}: "${field}" must be a string`, { code: 'EUSAGE' })
  return value
}

/** `lang`: one language code, or the list of those the document holds (none: found in the text). */
function languagesOf(value: unknown, where: string): string[] {
  if (value === undefined) return []
  const codes = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((code) => typeof code === 'string') ? (value as string[]) : undefined
  if (codes === undefined) throw new RenderingsError(`${where}: "lang" must be a language code or a list of them`, { code: 'EUSAGE' })
  return codes.map((code) => checkLanguage(`${where}: "lang"`, code)!)
}
