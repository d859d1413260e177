import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { closeStore, glossaryStats, importTermIndex, loadTermIndex, openStore, type GlossaryStore } from '@renderings/glossary-store'
import { sampleIndex, temporaryFolder } from './fixtures.js'
import { finished, startChild, waitForLine } from './support/children.js'

const folder = temporaryFolder()

async function fingerprint(store: GlossaryStore): Promise<string> {
  const index = await loadTermIndex(store)
  const stats = await glossaryStats(store)
  return createHash('sha256').update(JSON.stringify({ index, stats })).digest('hex')
}

describe('faults', () => {
  it('should leave the database exactly as before when an import is killed half-way (SIGKILL)', async () => {
    const path = join(folder, 'killed.sqlite')
    const store = await openStore(path)
    await importTermIndex(store, sampleIndex)
    const before = await fingerprint(store)
    await closeStore(store)

    const child = startChild('./import-child.ts', [path, '20000'])
    const outcome = finished(child)
    // Batches are written inside one transaction: after the first, the child is mid-import.
    await waitForLine(child, /^progress \d+/)
    child.kill('SIGKILL')
    const { signal, stdout } = await outcome
    expect(signal).toBe('SIGKILL')
    expect(stdout).not.toContain('done')

    const reopened = await openStore(path)
    expect(await reopened.db.get('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' })
    expect(await fingerprint(reopened)).toBe(before)
    expect((await glossaryStats(reopened)).concepts).toBe(3)
    await closeStore(reopened)
  })

  it('should let two processes add at once: both succeed', async () => {
    const path = join(folder, 'concurrent.sqlite')
    const store = await openStore(path)
    await importTermIndex(store, sampleIndex)
    await closeStore(store)
    const children = [startChild('./writer-child.ts', [path, 'add', 'one']), startChild('./writer-child.ts', [path, 'add', 'two'])]
    const results = await Promise.all(children.map(finished))
    expect(results.map((result) => [result.code, result.stdout.trim()])).toEqual([
      [0, 'added'],
      [0, 'added']
    ])
    const after = await openStore(path, { readonly: true })
    expect((await glossaryStats(after)).renderings).toBe(11)
    await closeStore(after)
  })

  it('should make a writer wait for a lock, then succeed, or fail with "database is busy" after its timeout', async () => {
    const path = join(folder, 'busy.sqlite')
    const store = await openStore(path)
    await importTermIndex(store, sampleIndex)
    await closeStore(store)

    const holder = startChild('./writer-child.ts', [path, 'hold'])
    const holderDone = finished(holder)
    await waitForLine(holder, /^locked/)
    const patient = finished(startChild('./writer-child.ts', [path, 'add', 'patient', '60000']))
    // The lock is held until the impatient writer has given up.
    const impatientResult = await finished(startChild('./writer-child.ts', [path, 'add', 'impatient', '100']))
    holder.stdin!.write('release\n')
    const [patientResult, holderResult] = await Promise.all([patient, holderDone])
    expect(holderResult.code).toBe(0)
    expect(impatientResult.code).toBe(1)
    expect(impatientResult.stdout).toMatch(/^error .*busy\.sqlite: database is busy/)
    expect([patientResult.code, patientResult.stdout.trim()]).toEqual([0, 'added'])
  })
})
