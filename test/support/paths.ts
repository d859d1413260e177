import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's root folder. */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The seed corpus. */
export const seedsFolder = join(repositoryRoot, 'seeds')

/** The built CLI entry (tests that run the real binary need `pnpm build` first; `pnpm test` does it). */
export const cliBin = join(repositoryRoot, 'packages', 'cli', 'dist', 'bin.js')

/**
 * The shared development data (public parallel texts with gold alignments).
 * It lives beside the repository and is never copied into it; set
 * RENDERINGS_DEV_DATA to read it from elsewhere.
 */
export const devDataFolder = process.env['RENDERINGS_DEV_DATA'] ?? join(repositoryRoot, '..', 'shared', 'dev-data')

/** Whether the development data is present (tests that need it skip, saying so, when it is not). */
export const hasDevData = existsSync(join(devDataFolder, 'align'))

/**
 * Reference tools the benchmarks measure against (hunalign's source tree,
 * built by the alignment benchmark in a temporary folder, never here). Set
 * RENDERINGS_ANCHORS to read them from elsewhere.
 */
export const anchorsFolder = process.env['RENDERINGS_ANCHORS'] ?? join(repositoryRoot, '..', 'shared', 'anchors')
