import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { readTextFile } from '@renderings/corpus'
import { findAttestations, parseGlossarySource, withAttestations, type AttestationSource } from '@renderings/glossary'
import { closeStore, compiledGlossaryPath, importTermIndex, openStore, writeDocuments, type ImportSummary } from '@renderings/glossary-store'
import type { GlossaryBuildOptions } from '../commands/glossary.js'
import { glossaryDatabasePath, removeDatabaseFiles, repositoryPath } from './glossary-paths.js'
import { segmentCorpus } from './segment-corpus.js'

/** What a build wrote. */
export interface GlossaryBuildSummary extends ImportSummary {
  database: string
  documents: number
}

/**
 * Build the glossary database from the curated source and the attestations
 * found in the documents of a folder (a manifest is optional: see
 * @renderings/corpus's loadCorpus). The new database is written beside
 * the target under a temporary name and renamed over it only when complete,
 * so a failed or killed build leaves the previous database untouched.
 * `segmented` are the seeds already segmented (by `start`), if any.
 */
export async function buildGlossaryDatabase(options: GlossaryBuildOptions = {}, segmented?: readonly AttestationSource[]): Promise<GlossaryBuildSummary> {
  const sourceFile = options.source ?? repositoryPath('glossary', 'concepts.yaml')
  const seedsFolder = options.seeds ?? repositoryPath('seeds')
  const target = glossaryDatabasePath(options.db)
  const index = parseGlossarySource(await readTextFile(sourceFile), sourceFile)
  // Attestations need sentences and offsets, not Chinese words: no segmentit here.
  const sources = segmented ?? (await segmentCorpus([seedsFolder]))
  const documents = sources.map((source) => source.info)
  const attested = withAttestations(index, findAttestations(index, sources))

  await mkdir(dirname(target), { recursive: true })
  const temporary = join(dirname(target), `.renderings-tmp-${basename(target)}-${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    const store = await openStore(temporary)
    let summary: ImportSummary
    try {
      await store.db.transaction(() => writeDocuments(store, documents))
      summary = await importTermIndex(store, attested, { mode: 'replace' })
    } finally {
      await closeStore(store)
    }
    // A WAL left by a crashed writer of the OLD file would be replayed into the new one.
    await rm(`${target}-wal`, { force: true })
    await rm(`${target}-shm`, { force: true })
    // The compiled glossary first: until the database follows, its token matches nothing there.
    await replaceCompiledGlossary(temporary, target)
    await rename(temporary, target)
    return { ...summary, database: target, documents: documents.length }
  } finally {
    await removeDatabaseFiles(temporary)
  }
}

/** Move the new database's compiled glossary over the old one's (an empty glossary has none: the old one goes). */
async function replaceCompiledGlossary(from: string, to: string): Promise<void> {
  try {
    await rename(compiledGlossaryPath(from), compiledGlossaryPath(to))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    await rm(compiledGlossaryPath(to), { force: true })
  }
}

export async function runGlossaryBuild(options: GlossaryBuildOptions): Promise<void> {
  const summary = await buildGlossaryDatabase(options)
  process.stdout.write(
    `built ${summary.database}: ${summary.concepts} concepts, ${summary.renderings} renderings, ${summary.attestations} attestations in ${summary.documents} documents\n`
  )
}
