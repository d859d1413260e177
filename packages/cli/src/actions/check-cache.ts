import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeFileAtomic } from '@renderings/corpus'
import { restoreChecker, type Checker } from '@renderings/retext-renderings'

/**
 * Where compiled checkers are kept: $RENDERINGS_CACHE, else a folder in the
 * system's temporary directory. Building the matcher for a large glossary
 * (folding keys, French variants, the automaton) takes most of a check's
 * start-up; a snapshot loads in a fraction of it.
 */
export function cacheFolder(): string {
  return process.env['RENDERINGS_CACHE'] || join(tmpdir(), 'renderings-check-cache')
}

/**
 * The cache key: the glossary file's bytes, the policy as given, and the
 * code that compiles and matches (the newest file time of the matcher,
 * normaliser and checker packages), so any change rebuilds.
 */
export async function cacheKey(glossaryFile: string, policy: unknown): Promise<string> {
  const hash = createHash('sha256')
  hash.update(await readFile(glossaryFile))
  hash.update('\u0000')
  hash.update(JSON.stringify(policy))
  hash.update('\u0000')
  hash.update(String(await codeVersion()))
  return hash.digest('hex').slice(0, 32)
}

/** A cached checker, or undefined (missing, unreadable or stale cache entries are rebuilt). */
export async function readCachedChecker(key: string): Promise<Checker | undefined> {
  try {
    // One synchronous read: the promise API reads a large file in many
    // small chunks, and the check has nothing to do meanwhile.
    return restoreChecker(readFileSync(join(cacheFolder(), `${key}.bin`)))
  } catch {
    return undefined
  }
}

/** Keep a checker for next time; a cache that cannot be written (read-only file system) is no error. */
export async function writeCachedChecker(key: string, checker: Checker): Promise<void> {
  try {
    const { mkdir } = await import('node:fs/promises')
    await mkdir(cacheFolder(), { recursive: true })
    await writeFileAtomic(join(cacheFolder(), `${key}.bin`), checker.toBytes())
  } catch {
    // Checking works without the cache, only slower.
  }
}

let version: Promise<number> | undefined

function codeVersion(): Promise<number> {
  version ??= (async () => {
    // The checker, and the matcher and normaliser it depends on (resolved from it).
    const checker = fileURLToPath(import.meta.resolve('@renderings/retext-renderings'))
    const matcher = createRequire(checker).resolve('@renderings/match')
    const normalizer = createRequire(matcher).resolve('@renderings/normalize')
    let newest = 0
    for (const folder of [checker, matcher, normalizer].map((entry) => dirname(entry))) {
      for (const file of await readdir(folder)) newest = Math.max(newest, (await stat(join(folder, file))).mtimeMs)
    }
    return newest
  })()
  return version
}
