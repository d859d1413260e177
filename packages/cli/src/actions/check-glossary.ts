import { stat } from 'node:fs/promises'
import { dirname, extname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readTextFile } from '@renderings/corpus'
import { RenderingsError } from '@renderings/errors'
import type { TermIndex } from '@renderings/types'

const cache = new Map<string, Promise<TermIndex>>()

/** The glossary file a check uses: the given path, else $RENDERINGS_DB, else the built database. */
export async function glossaryFile(path: string | undefined): Promise<string> {
  if (path !== undefined) return resolve(path)
  const fromEnvironment = process.env['RENDERINGS_DB']
  if (fromEnvironment) return resolve(fromEnvironment)
  return builtDatabasePath()
}

/**
 * Where `defaultDatabasePath()` of @renderings/glossary-store puts the built
 * database (`glossary/renderings.sqlite` beside the packages folder), found
 * from the store's location without loading it: the store loads the SQLite
 * driver, and a check whose compiled glossary is cached never opens the
 * database. A test keeps the two in step.
 */
function builtDatabasePath(): string {
  const store = fileURLToPath(import.meta.resolve('@renderings/glossary-store'))
  return resolve(dirname(store), '..', '..', '..', 'glossary', 'renderings.sqlite')
}

/**
 * The glossary to check against, by file type: `.tbx` (TBX, read with
 * @renderings/tbx), `.yaml`/`.yml`/`.json` (the curated source format of
 * @renderings/glossary), anything else a SQLite glossary database (opened
 * read-only). Without a path: $RENDERINGS_DB, else the built database.
 * Loaded once per path.
 */
export function loadGlossary(path: string | undefined): Promise<TermIndex> {
  let loaded = cache.get(path ?? '')
  if (!loaded) {
    // As the glossary commands do: $RENDERINGS_DB, else the embedded database.
    loaded = glossaryFile(path).then((file) => load(file, path === undefined))
    cache.set(path ?? '', loaded)
  }
  return loaded
}

/** What {@link compiledDatabaseGlossary} finds beside a glossary database. */
export type CompiledDatabaseGlossary = { compiled: Uint8Array } | { problem: string } | undefined

/**
 * The compiled glossary a SQLite glossary database keeps beside it (a
 * checker snapshot without a policy) when it is current, else why not (the
 * check then compiles the glossary, and says so); undefined for a glossary
 * file of another kind or a missing file. The file is read on libuv's
 * thread pool while the database opens there too.
 */
export async function compiledDatabaseGlossary(file: string): Promise<CompiledDatabaseGlossary> {
  if (isSourceFile(file) || !(await stat(file).catch(() => undefined))?.isFile()) return undefined
  const { compiledGlossaryProblem, readCompiledGlossary, readCompiledGlossaryAhead, withStore } = await import('@renderings/glossary-store')
  const ahead = readCompiledGlossaryAhead(file)
  return withStore(file, { readonly: true }, async (store) => {
    const compiled = await readCompiledGlossary(store, { ahead })
    if (compiled) return { compiled }
    // The row and the file's header again, only on this slow path.
    return { problem: (await compiledGlossaryProblem(store)) ?? 'its compiled glossary could not be read' }
  })
}

/** The compiled glossary of the database `file`, being looked for (see {@link lookAhead}). */
export interface GlossaryLookAhead {
  file: string
  found: Promise<CompiledDatabaseGlossary>
}

/**
 * Start {@link compiledDatabaseGlossary} for the database given by
 * --glossary before the check's modules load: opening the database, its
 * query and reading the compiled file (7 MB for 10,000 concepts) are done
 * on other threads while they load. Only --glossary is known this early (a
 * config's glossary is found for each checked file). A failure is the
 * check's when it awaits the result, as it would have been without this;
 * never awaited (the check failed before it), it is dropped.
 */
export function lookAhead(path: string | undefined): GlossaryLookAhead | undefined {
  if (path === undefined || isSourceFile(path)) return undefined
  const file = resolve(path)
  const found = compiledDatabaseGlossary(file)
  found.catch(() => undefined)
  return { file, found }
}

/** A glossary in a file format (TBX, YAML, JSON), not a database. */
function isSourceFile(file: string): boolean {
  return ['.tbx', '.xml', '.yaml', '.yml', '.json'].includes(extname(file).toLowerCase())
}

async function load(file: string, isDefault: boolean): Promise<TermIndex> {
  const extension = extname(file).toLowerCase()
  if (extension === '.tbx' || extension === '.xml') {
    const { readTbx } = await import('@renderings/tbx')
    return readTbx(await readTextFile(file), file)
  }
  if (extension === '.yaml' || extension === '.yml' || extension === '.json') {
    const { parseGlossarySource } = await import('@renderings/glossary')
    return parseGlossarySource(await readTextFile(file), file)
  }
  try {
    if (!(await stat(file)).isFile()) throw new RenderingsError('is not a file', { code: 'EISDIR', file })
  } catch (error) {
    if (error instanceof RenderingsError) throw error
    const advice = isDefault ? ' (no glossary given: pass --glossary FILE, set "glossary" in .renderingsrc.json, or run `renderings glossary build`)' : ''
    throw new RenderingsError(`no such glossary${advice}`, { code: 'ENOENT', file, cause: error })
  }
  const { loadTermIndex, withStore } = await import('@renderings/glossary-store')
  return withStore(file, { readonly: true }, (store) => loadTermIndex(store))
}
