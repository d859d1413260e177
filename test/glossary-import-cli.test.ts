// `renderings glossary import FILE.tbx` on the built binary: the streamed
// import of a termbase, its report of entries it cannot take, and what a
// kill in the middle leaves behind.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cliBin } from './support/paths.js'
import { writeIateLikeTbx } from './support/iate-like-tbx.js'

const folder = mkdtempSync(join(tmpdir(), 'renderings-glossary-import-'))
const start = join(folder, 'start.tbx')
const startingGlossary = `<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="rare-earths"><langSec xml:lang="zh"><termSec><term>稀土</term></termSec></langSec><langSec xml:lang="fr"><termSec><term>terres rares</term></termSec></langSec></conceptEntry>
</body></text></tbx>
`

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cliBin, ...args], { encoding: 'utf8', cwd: folder, env: { ...process.env, RENDERINGS_DB: '' }, timeout: 120_000 })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The glossary as its canonical export: equal exports, equal glossaries. */
function exported(db: string): string {
  const result = run(['glossary', 'export', '--format', 'json', '--db', db])
  expect(result.status).toBe(0)
  return result.stdout
}

function freshDatabase(name: string): string {
  const db = join(folder, name)
  expect(run(['glossary', 'import', start, '--db', db]).status).toBe(0)
  return db
}

beforeAll(() => {
  writeFileSync(start, startingGlossary)
})

describe.skipIf(!existsSync(cliBin))('renderings glossary import (TBX, streamed)', () => {
  const entry = (id: string, lang: string, term: string): string => `<conceptEntry id="${id}"><langSec xml:lang="${lang}"><termSec><term>${term}</term></termSec></langSec></conceptEntry>\n`
  // IATE marks terms common to several languages "mul": the glossary holds ISO 639-1 codes only, and says so.
  const mul = 'language "mul" is an ISO 639-2/3 code: the glossary holds ISO 639-1 codes (fr, vi, zh, en…), optionally with a script or region'
  const withInvalid = `<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><text><body>\n${entry('1', 'fr', 'trêve')}${entry('2', 'mul', 'Homo sapiens')}${entry('3', 'vi', 'thuế quan')}${entry('1', 'de', 'Waffenruhe')}</body></text></tbx>\n`

  it('should import nothing and say which entry and how to skip it, when an entry cannot be taken', () => {
    const db = freshDatabase('refused.sqlite')
    const before = exported(db)
    const file = join(folder, 'invalid.tbx')
    writeFileSync(file, withInvalid)
    const result = run(['glossary', 'import', file, '--db', db])
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([
      `renderings: ${file}: entry 2 ("2", line 3): ${mul} (nothing was imported; --skip-invalid imports the other entries and lists those skipped)`
    ])
    expect(exported(db)).toBe(before)
  })

  it('should refuse a concept id that an earlier entry had, found in the database, and import nothing', () => {
    const db = freshDatabase('repeated.sqlite')
    const before = exported(db)
    const file = join(folder, 'repeated.tbx')
    writeFileSync(file, withInvalid.replace(entry('2', 'mul', 'Homo sapiens'), ''))
    const result = run(['glossary', 'import', file, '--db', db])
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual([
      `renderings: ${file}: entry 3 ("1", line 4): duplicate concept id "1" (nothing was imported; --skip-invalid imports the other entries and lists those skipped)`
    ])
    expect(exported(db)).toBe(before)
  })

  it('should skip and list the entries it cannot take with --skip-invalid, in a file or on stderr', () => {
    const file = join(folder, 'invalid.tbx')
    writeFileSync(file, withInvalid)
    const list = join(folder, 'skipped.txt')
    const db = freshDatabase('skipped.sqlite')
    const result = run(['glossary', 'import', file, '--skip-invalid', list, '--db', db])
    expect(result.stderr).toBe('')
    expect(result.stdout).toMatch(/^imported 2 concepts, 2 renderings, 0 attestations from .*invalid\.tbx into .*skipped\.sqlite; skipped 2 entries it cannot take \(listed in .*skipped\.txt\)\n$/)
    expect(readFileSync(list, 'utf8')).toBe(`${file}: entry 2 ("2", line 3): ${mul}\n${file}: entry 4 ("1", line 5): duplicate concept id "1"\n`)
    expect(JSON.parse(exported(db)).concepts.map((concept: { id: string }) => concept.id)).toEqual(['1', '3', 'rare-earths'])

    const onStderr = run(['glossary', 'import', file, '--skip-invalid', '--db', freshDatabase('listed.sqlite')])
    expect(onStderr.status).toBe(0)
    expect(onStderr.stderr).toBe(`skipped ${file}: entry 2 ("2", line 3): ${mul}\nskipped ${file}: entry 4 ("1", line 5): duplicate concept id "1"\n`)
    expect(onStderr.stdout).toMatch(/skipped 2 entries it cannot take \(listed above\)/)
  })

  it('should refuse a file that is not UTF-8 or not well-formed with one line naming it, leaving the glossary as it was', () => {
    const db = freshDatabase('malformed.sqlite')
    const before = exported(db)
    const broken = join(folder, 'broken.tbx')
    writeFileSync(broken, withInvalid.replace('</body>', '</bdy>'))
    const result = run(['glossary', 'import', broken, '--skip-invalid', '--db', db])
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n').pop()).toMatch(/^renderings: .*broken\.tbx: is not well-formed XML: 6:6: unexpected close tag/)
    const latin1 = join(folder, 'latin1.tbx')
    writeFileSync(latin1, Buffer.from(withInvalid.replace('trêve', 'tr\u00eave'), 'latin1'))
    expect(run(['glossary', 'import', latin1, '--db', db]).stderr).toMatch(/latin1\.tbx: is not valid UTF-8/)
    expect(exported(db)).toBe(before)
  })

  it('should leave no database behind when an import into a new one fails', () => {
    const db = join(folder, 'never.sqlite')
    const broken = join(folder, 'broken-new.tbx')
    writeFileSync(broken, withInvalid.replace('</body>', '</bdy>'))
    const result = run(['glossary', 'import', broken, '--db', db])
    expect(result.status).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/broken-new\.tbx: is not well-formed XML/)
    for (const suffix of ['', '-wal', '-shm', '-journal', '.compiled']) expect(existsSync(`${db}${suffix}`)).toBe(false)
    const refused = join(folder, 'refused-new.tbx')
    writeFileSync(refused, withInvalid)
    expect(run(['glossary', 'import', refused, '--db', db]).status).toBe(2)
    expect(existsSync(db)).toBe(false)
  })

  it('should leave the glossary exactly as it was when the import is killed half-way (SIGKILL), and report progress with --progress', async () => {
    const db = freshDatabase('killed.sqlite')
    const before = exported(db)
    const big = join(folder, 'iate-like.tbx')
    await writeIateLikeTbx(big, 24 * 1024 * 1024)
    const child = spawn(process.execPath, [cliBin, 'glossary', 'import', big, '--progress', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    const exit = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    // Half the file read: entries are being written inside the one transaction.
    await new Promise<void>((resolve, reject) => {
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        if (/import .*iate-like\.tbx: [5-9]\d% \(/.test(stderr)) resolve()
      })
      child.on('exit', () => reject(new Error(`the import ended before half-way: ${stderr}`)))
    })
    child.kill('SIGKILL')
    expect(await exit).toBe('SIGKILL')
    expect(stdout).toBe('')
    expect(exported(db)).toBe(before)
    // And the same file imports whole afterwards.
    const imported = run(['glossary', 'import', big, '--db', db])
    expect(imported.stdout).toMatch(/^imported \d{4,} concepts, \d{5,} renderings, 0 attestations/)
  })
})
