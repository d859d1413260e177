import { extname } from 'node:path'
import { RenderingsError } from '@renderings/errors'
import { readTextFile } from '@renderings/corpus'
import { importTermIndex, withStore } from '@renderings/glossary-store'
import type { TermIndex } from '@renderings/types'
import type { GlossaryImportOptions } from '../commands/glossary.js'
import { glossaryDatabasePath } from './glossary-paths.js'

// Refused before reading: a glossary file this large is a mistake or an attack.
const maxImportBytes = 64 * 1024 * 1024

export async function runGlossaryImport(file: string, options: GlossaryImportOptions): Promise<void> {
  const index = await readGlossaryFile(file)
  const path = glossaryDatabasePath(options.db)
  const summary = await withStore(path, {}, (store) => importTermIndex(store, index, { mode: options.replace === true ? 'replace' : 'merge' }))
  process.stdout.write(`imported ${summary.concepts} concepts, ${summary.renderings} renderings, ${summary.attestations} attestations from ${file} into ${path}\n`)
}

/** Read a glossary file by its extension: TBX, CSV, JSON (a TermIndex) or the curated YAML. */
export async function readGlossaryFile(file: string): Promise<TermIndex> {
  const extension = extname(file).toLowerCase()
  if (!['.tbx', '.xml', '.csv', '.json', '.yaml', '.yml'].includes(extension)) {
    throw new RenderingsError(`cannot import "${extension || 'no extension'}": expected .tbx, .csv, .json or .yaml`, { code: 'EUSAGE', file })
  }
  const text = await readTextFile(file, { maxBytes: maxImportBytes })
  if (text.trim() === '') throw new RenderingsError('is empty', { code: 'EEMPTY', file })
  if (extension === '.tbx' || extension === '.xml') {
    const { readTbx } = await import('@renderings/tbx')
    return readTbx(text, file)
  }
  if (extension === '.csv') {
    const { readGlossaryCsv } = await import('@renderings/tbx')
    return readGlossaryCsv(text, file)
  }
  const { parseGlossarySource, parseTermIndexJson } = await import('@renderings/glossary')
  // JSON is either an export (a TermIndex, with `terms`) or the curated format written as JSON.
  if (extension === '.json' && /"terms"\s*:/.test(text)) return parseTermIndexJson(text, file)
  return parseGlossarySource(text, file)
}
