import { rm } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compiledGlossaryPath, defaultDatabasePath } from '@renderings/glossary-store'

/**
 * The database a glossary command works on: --db, else $RENDERINGS_DB, else
 * the embedded one (found from the installed package, not the working
 * directory, so `renderings glossary query` works from anywhere).
 */
export function glossaryDatabasePath(option: string | undefined): string {
  const chosen = option ?? process.env['RENDERINGS_DB']
  return chosen !== undefined && chosen !== '' ? resolve(chosen) : defaultDatabasePath()
}

/** A path inside the repository this CLI is installed in (src/ and dist/ alike sit two levels down). */
export function repositoryPath(...parts: string[]): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', ...parts)
}

/** Delete a database with its journal files and the glossary compiled beside it. */
export async function removeDatabaseFiles(path: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm', '-journal']) await rm(`${path}${suffix}`, { force: true })
  await rm(compiledGlossaryPath(path), { force: true })
}
