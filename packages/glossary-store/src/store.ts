import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { RenderingsError } from '@renderings/errors'
import { refreshCompiledGlossary } from './compiled-glossary.js'
import { Database } from './database.js'
import { migrate, oldestReadableVersion, schemaVersion } from './schema.js'

/** An open glossary database. */
export interface GlossaryStore {
  readonly db: Database
  readonly path: string
  readonly readonly: boolean
  /** The schema version of the file (older than {@link schemaVersion} only when opened read-only). */
  readonly schemaVersion: number
}

/** Options of {@link openStore}. */
export interface OpenStoreOptions {
  /** Open read-only: no migration, no writes (queries). */
  readonly?: boolean
  /** Create the file when it is missing (default true unless read-only). */
  create?: boolean
  /** Milliseconds to wait for another process's write lock (default 5000). */
  busyTimeout?: number
}

/**
 * The embedded database: `glossary/renderings.sqlite` at the repository root,
 * found from this module's own location (src/ or dist/ alike), so the CLI
 * works from any working directory.
 */
export function defaultDatabasePath(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'glossary', 'renderings.sqlite')
}

/** Open a glossary database, creating and migrating it when writable. */
export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<GlossaryStore> {
  const readonly = options.readonly === true
  if ((readonly || options.create === false) && !existsSync(path)) {
    throw new RenderingsError('no glossary database here (run `renderings glossary build` first, or pass --db)', { code: 'ENOENT', file: path })
  }
  const db = await Database.open(path, { readonly, create: options.create ?? !readonly })
  let version = schemaVersion
  try {
    db.setBusyTimeout(options.busyTimeout ?? 5000)
    await db.exec('PRAGMA foreign_keys = ON')
    if (!readonly) {
      // 16 KiB pages instead of 4 KiB: a bulk import splits and writes a
      // quarter as many b-tree pages and WAL frames (about 15% less CPU time
      // for 3,000,000 attestations). SQLite applies it only to a database
      // that is still empty, and it must come before the switch to WAL; on
      // an existing file it does nothing.
      await db.exec('PRAGMA page_size = 16384')
      await db.get('PRAGMA journal_mode = WAL')
      await db.exec('PRAGMA synchronous = NORMAL')
      await migrate(db)
    } else {
      version = await checkReadable(db)
    }
  } catch (error) {
    await db.close().catch(() => undefined)
    throw error
  }
  return { db, path, readonly, schemaVersion: version }
}

/**
 * Close the database (a WAL checkpoint happens on the last close). A store
 * opened for writing first compiles the glossary again for the check if
 * anything it reads changed (see `refreshCompiledGlossary`): one step after
 * all the session's committed writes, whichever function made them.
 */
export async function closeStore(store: GlossaryStore): Promise<void> {
  try {
    await refreshCompiledGlossary(store)
  } finally {
    await store.db.close()
  }
}

/** Run `work` on a store that is closed afterwards, even on failure. */
export async function withStore<Result>(path: string, options: OpenStoreOptions, work: (store: GlossaryStore) => Promise<Result>): Promise<Result> {
  const store = await openStore(path, options)
  let result: Result
  try {
    result = await work(store)
  } catch (error) {
    // The work's own error is the one to report; its writes were rolled back.
    await closeStore(store).catch(() => undefined)
    throw error
  }
  await closeStore(store)
  return result
}

async function checkReadable(db: Database): Promise<number> {
  const row = await db.get<{ user_version: number }>('PRAGMA user_version')
  const version = row?.user_version ?? 0
  if (version === 0) throw new RenderingsError('is not a glossary database (empty schema)', { code: 'ENOTADB', file: db.path })
  if (version < oldestReadableVersion || version > schemaVersion) {
    throw new RenderingsError(`glossary schema version ${version}, this toolkit reads ${oldestReadableVersion} to ${schemaVersion}; rebuild or migrate it with a write command`, { code: 'ESCHEMA', file: db.path })
  }
  return version
}
