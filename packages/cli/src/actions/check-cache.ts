import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, type BigIntStats } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
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

/** Options of {@link cacheKey}, for tests. */
export interface CacheKeyOptions {
  /** The time to judge whether a file is old enough for its digest to be kept (default: now). */
  now?: number
}

/**
 * The cache key: the glossary's content (the file's bytes, and those of its
 * SQLite write-ahead log `FILE-wal` when there is one: committed changes
 * may wait there until a checkpoint copies them into the file), the policy
 * as given, and the code that compiles and matches (the newest file time
 * of the matcher, normaliser and checker packages), so any change rebuilds.
 */
export async function cacheKey(glossaryFile: string, policy: unknown, options: CacheKeyOptions = {}): Promise<string> {
  const hash = createHash('sha256')
  hash.update(await glossaryDigest(glossaryFile, options.now ?? Date.now()))
  hash.update('\u0000')
  hash.update(JSON.stringify(policy))
  hash.update('\u0000')
  hash.update(String(codeVersion()))
  return hash.digest('hex').slice(0, 32)
}

/** A cached checker, or undefined (missing, unreadable or stale cache entries are rebuilt). */
export async function readCachedChecker(key: string): Promise<Checker | undefined> {
  try {
    // One synchronous read: the promise API reads a large file in many
    // small chunks, and the check has nothing to do meanwhile.
    const path = join(cacheFolder(), `${key}.bin`)
    const checker = restoreChecker(readFileSync(path))
    // Touched when used, so pruning drops the snapshots not used for longest.
    if (checker) touch(path)
    return checker
  } catch {
    return undefined
  }
}

/** Compiled checkers kept in the cache folder; older ones (by last use) are deleted when a new one is written. */
export const keptSnapshots = 8

function touch(path: string): void {
  try {
    const now = new Date()
    utimesSync(path, now, now)
  } catch {
    // A read-only cache still serves.
  }
}

/**
 * Delete all but the {@link keptSnapshots} most recently used snapshots:
 * each glossary, policy or code change writes a new one (tens of MB for a
 * large glossary), and a cache nobody prunes fills the disk.
 */
export function pruneSnapshots(folder = cacheFolder()): void {
  const snapshots = readdirSync(folder)
    .filter((name) => name.endsWith('.bin'))
    .map((name) => ({ path: join(folder, name), used: statSync(join(folder, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.used - a.used)
  for (const { path } of snapshots.slice(keptSnapshots)) rmSync(path, { force: true })
}

/** Keep a checker for next time; a cache that cannot be written (read-only file system) is no error. */
export async function writeCachedChecker(key: string, checker: Checker): Promise<void> {
  try {
    const { mkdir } = await import('node:fs/promises')
    await mkdir(cacheFolder(), { recursive: true })
    await writeFileAtomic(join(cacheFolder(), `${key}.bin`), checker.toBytes())
    pruneSnapshots()
  } catch {
    // Checking works without the cache, only slower.
  }
}

// A file changed this recently may change again without its times moving
// (they tick coarsely): its digest is not kept (git's "racy clean" rule).
const settledAfterMs = 2000

/**
 * The SHA-256 of the glossary's bytes and its write-ahead log's. Reading
 * and hashing a large glossary at every run costs more than restoring the
 * checker, so the digest is kept in the cache folder with the files'
 * identity, size and times (modification and change time: the latter
 * cannot be set back) and reused while they are all unchanged. A glossary
 * restored in CI gets new times, so it is hashed again and finds the
 * snapshot by content.
 */
async function glossaryDigest(file: string, now: number): Promise<string> {
  const log = `${file}-wal`
  const signature = (): string => [file, log].map((path) => describeFile(statOrUndefined(path))).join(' ')
  const before = signature()
  const memo = join(cacheFolder(), `${createHash('sha256').update(resolve(file)).digest('hex').slice(0, 32)}.digest`)
  try {
    const kept = JSON.parse(readFileSync(memo, 'utf8')) as { signature?: unknown; digest?: unknown }
    if (kept.signature === before && typeof kept.digest === 'string') return kept.digest
  } catch {
    // No digest kept yet, or an unreadable one: hash.
  }
  const hash = createHash('sha256').update(readFileSync(file))
  // An empty log holds nothing (SQLite leaves one behind, and touches it at each open).
  const logStats = nonEmpty(statOrUndefined(log))
  if (logStats) hash.update('\u0000wal\u0000').update(readFileSync(log))
  const digest = hash.digest('hex')
  const settled = [statOrUndefined(file), logStats].every((stats) => !stats || (Number(stats.mtimeMs) < now - settledAfterMs && Number(stats.ctimeMs) < now - settledAfterMs))
  // Kept only when nothing moved while reading; a cache folder that cannot be written is no error.
  if (settled && signature() === before) {
    try {
      mkdirSync(cacheFolder(), { recursive: true })
      await writeFileAtomic(memo, JSON.stringify({ signature: before, digest }))
    } catch {
      // Kept next time, perhaps.
    }
  }
  return digest
}

function statOrUndefined(path: string): BigIntStats | undefined {
  return statSync(path, { bigint: true, throwIfNoEntry: false })
}

function nonEmpty(stats: BigIntStats | undefined): BigIntStats | undefined {
  return stats && stats.size > 0n ? stats : undefined
}

function describeFile(stats: BigIntStats | undefined): string {
  const present = nonEmpty(stats)
  return present ? `${present.dev}:${present.ino}:${present.size}:${present.mtimeNs}:${present.ctimeNs}` : '-'
}

let version: number | undefined

function codeVersion(): number {
  if (version === undefined) {
    // The checker, and the matcher and normaliser it depends on (resolved from it).
    const checker = fileURLToPath(import.meta.resolve('@renderings/retext-renderings'))
    const matcher = createRequire(checker).resolve('@renderings/match')
    const normalizer = createRequire(matcher).resolve('@renderings/normalize')
    let newest = 0
    for (const folder of [checker, matcher, normalizer].map((entry) => dirname(entry))) {
      // The code only: declarations and source maps do not change what runs.
      for (const name of readdirSync(folder)) if (name.endsWith('.js')) newest = Math.max(newest, statSync(join(folder, name)).mtimeMs)
    }
    version = newest
  }
  return version
}
