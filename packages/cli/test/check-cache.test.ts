import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cacheKey } from '../src/actions/check-cache.js'

let folder: string

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'renderings-check-cache-key-'))
  process.env['RENDERINGS_CACHE'] = join(folder, 'cache')
})

afterEach(() => {
  delete process.env['RENDERINGS_CACHE']
  rmSync(folder, { recursive: true, force: true })
})

describe('cacheKey', () => {
  it('should cover the SQLite write-ahead log, where committed changes wait for a checkpoint', async () => {
    const glossary = join(folder, 'glossary.sqlite')
    writeFileSync(glossary, 'main database pages')
    const alone = await cacheKey(glossary, {})
    expect(await cacheKey(glossary, {})).toBe(alone)
    // An empty log holds nothing.
    writeFileSync(`${glossary}-wal`, '')
    expect(await cacheKey(glossary, {})).toBe(alone)
    writeFileSync(`${glossary}-wal`, 'a committed transaction')
    const withLog = await cacheKey(glossary, {})
    expect(withLog).not.toBe(alone)
    writeFileSync(`${glossary}-wal`, 'another committed one')
    expect(await cacheKey(glossary, {})).not.toBe(withLog)
    rmSync(`${glossary}-wal`)
    expect(await cacheKey(glossary, {})).toBe(alone)
  })

  it('should follow the content and the policy', async () => {
    const glossary = join(folder, 'glossary.sqlite')
    writeFileSync(glossary, 'version one')
    const first = await cacheKey(glossary, {})
    expect(await cacheKey(glossary, { lang: 'fr' })).not.toBe(first)
    writeFileSync(glossary, 'version two')
    expect(await cacheKey(glossary, {})).not.toBe(first)
    // The same bytes under a new name and new times (a cache restored in CI) give the same key.
    const copy = join(folder, 'restored.sqlite')
    writeFileSync(copy, 'version one')
    expect(await cacheKey(copy, {})).toBe(first)
  })

  it('should reuse the digest kept for an unchanged glossary, and hash a changed one again', async () => {
    const glossary = join(folder, 'glossary.sqlite')
    writeFileSync(glossary, 'settled content')
    const past = new Date(Date.now() - 60_000)
    utimesSync(glossary, past, past)
    // Judged a minute from now, the file is settled (its change time too): its digest is kept.
    const later = { now: Date.now() + 60_000 }
    const first = await cacheKey(glossary, {}, later)
    const kept = readdirSync(join(folder, 'cache')).filter((name) => name.endsWith('.digest'))
    expect(kept).toHaveLength(1)
    // Proof that the kept digest is what the key is made of: change it, and the key follows.
    const memo = join(folder, 'cache', kept[0]!)
    writeFileSync(memo, JSON.stringify({ ...JSON.parse(readFileSync(memo, 'utf8')), digest: 'f'.repeat(64) }))
    expect(await cacheKey(glossary, {}, later)).not.toBe(first)
    // A changed file is hashed again.
    writeFileSync(glossary, 'settled content, then more')
    utimesSync(glossary, past, past)
    const copy = join(folder, 'copy.sqlite')
    writeFileSync(copy, 'settled content, then more')
    expect(await cacheKey(glossary, {}, later)).toBe(await cacheKey(copy, {}))
  })

  it('should not keep the digest of a file changed in the last seconds', async () => {
    const glossary = join(folder, 'glossary.sqlite')
    mkdirSync(join(folder, 'cache'))
    writeFileSync(glossary, 'just written')
    await cacheKey(glossary, {})
    expect(readdirSync(join(folder, 'cache'))).toEqual([])
  })
})

describe('pruneSnapshots', () => {
  it('should keep only the snapshots used most recently', async () => {
    const { keptSnapshots, pruneSnapshots } = await import('../src/actions/check-cache.js')
    const cache = join(folder, 'cache')
    mkdirSync(cache, { recursive: true })
    const total = keptSnapshots + 3
    for (let index = 0; index < total; index++) {
      const path = join(cache, `snapshot-${index}.bin`)
      writeFileSync(path, 'compiled checker')
      // Snapshot i was last used i hours ago.
      const used = new Date(Date.now() - index * 3_600_000)
      utimesSync(path, used, used)
    }
    writeFileSync(join(cache, 'glossary.digest'), '{}')
    pruneSnapshots(cache)
    const left = readdirSync(cache).sort()
    expect(left.filter((name) => name.endsWith('.bin'))).toEqual(Array.from({ length: keptSnapshots }, (_, index) => `snapshot-${index}.bin`).sort())
    // Other files (kept digests) are left alone.
    expect(left).toContain('glossary.digest')
  })
})
