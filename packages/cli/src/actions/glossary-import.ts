import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { RenderingsError } from '@renderings/errors'
import { readTextChunks, readTextFile, writeFileAtomic } from '@renderings/corpus'
import { importConcepts, importTermIndex, withStore, type ImportSummary } from '@renderings/glossary-store'
import type { ConceptEntry, DocumentInfo, TermIndex } from '@renderings/types'
import type { GlossaryImportOptions } from '../commands/glossary.js'
import { glossaryDatabasePath, removeDatabaseFiles } from './glossary-paths.js'
import { importProgress } from './glossary-import-progress.js'

// Refused before reading: a CSV, JSON or YAML glossary this large is a
// mistake or an attack (they are read whole). TBX is read as a stream, of any size.
const maxImportBytes = 64 * 1024 * 1024

export async function runGlossaryImport(file: string, options: GlossaryImportOptions): Promise<void> {
  const extension = importExtension(file)
  const path = glossaryDatabasePath(options.db)
  const created = !existsSync(path)
  try {
    await importInto(file, extension, path, options)
  } catch (error) {
    // A database this import would have created holds nothing of the
    // user's: a failed import leaves none behind, as it leaves an existing
    // one as it was.
    if (created) await removeDatabaseFiles(path)
    throw error
  }
}

async function importInto(file: string, extension: string, path: string, options: GlossaryImportOptions): Promise<void> {
  const mode = options.replace === true ? 'replace' : 'merge'
  if (extension !== '.tbx' && extension !== '.xml') {
    const index = await readGlossaryFile(file)
    const summary = await withStore(path, {}, (store) => importTermIndex(store, index, { mode }))
    process.stdout.write(`${importedLine(summary, file, path)}\n`)
    return
  }
  const { summary, skipped } = await importTbxFile(file, path, mode, options)
  const listed = typeof options.skipInvalid === 'string' ? `listed in ${options.skipInvalid}` : 'listed above'
  process.stdout.write(`${importedLine(summary, file, path)}${skipped > 0 ? `; skipped ${skipped} entries it cannot take (${listed})` : ''}\n`)
}

function importedLine(summary: ImportSummary, file: string, path: string): string {
  return `imported ${summary.concepts} concepts, ${summary.renderings} renderings, ${summary.attestations} attestations from ${file} into ${path}`
}

/**
 * A TBX file of any size, streamed into the glossary in one transaction: the
 * file is read a megabyte at a time and written a batch at a time, so memory
 * stays flat, and a failure or a kill leaves the database as it was. An entry
 * that cannot be taken (the reader says which; a repeated concept id is found
 * by the store, against the database) stops the import, unless
 * `--skip-invalid`, which skips such entries and lists them (in the file it
 * names, in the file's order, else on stderr as they are found).
 */
async function importTbxFile(file: string, path: string, mode: 'merge' | 'replace', options: GlossaryImportOptions): Promise<{ summary: ImportSummary; skipped: number }> {
  const size = await fileSize(file)
  const { readTbxStream, repeatedEntryError } = await import('@renderings/tbx')
  const progress = importProgress(file, size, options.progress === true)
  const skipped: { entry: number; message: string }[] = []
  const skip = (entry: number, error: RenderingsError): void => {
    if (options.skipInvalid === undefined) {
      throw new RenderingsError(`${error.message.replace(`${file}: `, '')} (nothing was imported; --skip-invalid imports the other entries and lists those skipped)`, { code: error.code, file })
    }
    skipped.push({ entry, message: error.message })
    if (options.skipInvalid === true) {
      progress?.interrupt()
      process.stderr.write(`skipped ${error.message}\n`)
    }
  }
  // Where each concept read comes from, for as long as it is in a batch.
  const origins = new WeakMap<ConceptEntry, { entry: number; line: number }>()
  let documents: DocumentInfo[] = []
  async function* concepts(): AsyncGenerator<ConceptEntry> {
    for await (const item of readTbxStream(readTextChunks(file, { onBytes: progress?.read }), file)) {
      if (item.kind === 'concept') {
        progress?.entry()
        origins.set(item.concept, { entry: item.entry, line: item.line })
        yield item.concept
      } else if (item.kind === 'documents') {
        documents = [...documents, ...item.documents]
      } else {
        skip(item.entry, item.error)
      }
    }
    progress?.finishing()
  }
  const onRepeated = (concept: ConceptEntry): void => {
    const origin = origins.get(concept)!
    skip(origin.entry, repeatedEntryError(file, origin.entry, concept.id, origin.line))
  }
  try {
    const summary = await withStore(path, {}, (store) => importConcepts(store, concepts(), { mode, documents: () => documents, onRepeated }))
    progress?.done()
    if (typeof options.skipInvalid === 'string') {
      const listed = skipped.sort((a, b) => a.entry - b.entry).map((item) => `${item.message}\n`)
      await writeFileAtomic(options.skipInvalid, listed.join(''))
    }
    return { summary, skipped: skipped.length }
  } finally {
    progress?.interrupt()
  }
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size
  } catch (error) {
    throw new RenderingsError('no such file', { code: 'ENOENT', file, cause: error })
  }
}

function importExtension(file: string): string {
  const extension = extname(file).toLowerCase()
  if (!['.tbx', '.xml', '.csv', '.json', '.yaml', '.yml'].includes(extension)) {
    throw new RenderingsError(`cannot import "${extension || 'no extension'}": expected .tbx, .csv, .json or .yaml`, { code: 'EUSAGE', file })
  }
  return extension
}

/** Read a CSV, JSON (a TermIndex) or curated YAML glossary file, whole. */
async function readGlossaryFile(file: string): Promise<TermIndex> {
  const extension = importExtension(file)
  const text = await readTextFile(file, { maxBytes: maxImportBytes })
  if (text.trim() === '') throw new RenderingsError('is empty', { code: 'EEMPTY', file })
  if (extension === '.csv') {
    const { readGlossaryCsv } = await import('@renderings/tbx')
    return readGlossaryCsv(text, file)
  }
  const { parseGlossarySource, parseTermIndexJson } = await import('@renderings/glossary')
  // JSON is either an export (a TermIndex, with `terms`) or the curated format written as JSON.
  if (extension === '.json' && /"terms"\s*:/.test(text)) return parseTermIndexJson(text, file)
  return parseGlossarySource(text, file)
}
