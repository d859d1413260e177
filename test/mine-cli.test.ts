import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cliBin, repositoryRoot, seedsFolder } from './support/paths.js'

const folder = mkdtempSync(join(tmpdir(), 'renderings-mine-cli-'))
const database = join(folder, 'glossary.sqlite')

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cliBin, ...args], {
    encoding: 'utf8', cwd: repositoryRoot, env: { ...process.env, RENDERINGS_DB: '' }, timeout: 120_000, maxBuffer: 64 * 1024 * 1024
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

function expectOneLineError(result: ReturnType<typeof run>, pattern: RegExp): void {
  expect(result.status).toBe(2)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

interface Queued { id: number; text: string; method: string; status: string; conceptId?: string; evidence: { doc: string; start: number; end: number; text: string } }

afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('renderings mine, glossary review, report renderings', () => {
  it('mines the seeds into the review queue, with evidence whose offsets point into the files, and adds nothing twice', () => {
    const first = run(['mine', seedsFolder, '--db', database, '--json'])
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    const result = JSON.parse(first.stdout) as { candidates: Array<{ rendering: { text: string }; evidence: { rendering: { doc: string; start: number; end: number; text: string } } }>; queued: number }
    expect(result.queued).toBe(result.candidates.length)
    expect(result.candidates.map((candidate) => candidate.rendering.text)).toContain('protéger les résultats de la Seconde Guerre mondiale')
    for (const candidate of result.candidates) {
      const text = readFileSync(join(seedsFolder, `${candidate.evidence.rendering.doc}.txt`), 'utf8')
      expect(text.slice(candidate.evidence.rendering.start, candidate.evidence.rendering.end)).toBe(candidate.evidence.rendering.text)
    }
    const again = run(['mine', '--db', database])
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(/; 0 new in the review queue/)
  })

  it('lists the queue, accepts with an edit, rejects, and refuses a second decision', () => {
    const listed = JSON.parse(run(['glossary', 'review', '--db', database, '--json']).stdout) as Queued[]
    const important = listed.find((candidate) => candidate.text === 'élément important')!
    const essential = listed.find((candidate) => candidate.text === 'élément essentiel')!
    const accepted = run(['glossary', 'review', '--db', database, '--accept', String(important.id), '--concept', 'taiwan-return-part-of-post-war-order', '--text', 'un élément important'])
    expect(accepted.status).toBe(0)
    expect(accepted.stdout).toMatch(/^accepted candidate \d+: rendering \d+/)
    expect(run(['glossary', 'review', '--db', database, '--accept', String(essential.id), '--concept', 'taiwan-return-part-of-post-war-order']).status).toBe(0)
    const other = listed.find((candidate) => candidate.method === 'parallel')!
    expect(run(['glossary', 'review', '--db', database, '--reject', String(other.id), '--reason', 'already curated']).stdout).toMatch(/rejected/)
    expectOneLineError(run(['glossary', 'review', '--db', database, '--reject', String(other.id)]), /already rejected/)
    expectOneLineError(run(['glossary', 'review', '--db', database, '--accept', '999999']), /no candidate 999999/)
    expectOneLineError(run(['glossary', 'review', '--db', database, '--accept', 'x']), /not a candidate number/)
    const all = JSON.parse(run(['glossary', 'review', '--db', database, '--json', '--all']).stdout) as Queued[]
    expect(all.find((candidate) => candidate.id === important.id)!.status).toBe('accepted')
    const pending = run(['glossary', 'review', '--db', database]).stdout
    expect(pending).not.toContain(`#${important.id} `)
  })

  it('writes the variation report in three formats, atomically, with the accepted renderings flagged as two ways in one document', () => {
    const md = join(folder, 'renderings.md')
    const written = run(['report', 'renderings', '--db', database, '--format', 'md', '--out', md])
    expect(written.status).toBe(0)
    const markdown = readFileSync(md, 'utf8')
    expect(markdown).toMatch(/- 000_7cfc629149e3abd0 \(.+\) renders 台湾回归中国是战后国际秩序重要组成部分 in fr as .*«un élément important»/)
    const html = run(['report', 'renderings', '--db', database])
    expect(html.stdout).toMatch(/^<!doctype html>/)
    expect(html.stdout).toContain('<table id="variation">')
    const json = JSON.parse(run(['report', 'renderings', '--db', database, '--format', 'json', '--no-proposed']).stdout) as { rows: Array<{ cells: Record<string, Array<{ status: string }>> }> }
    expect(json.rows.flatMap((row) => Object.values(row.cells).flat()).some((rendering) => rendering.status === 'proposed')).toBe(false)
  })

  it('fails with one line naming the problem on bad input, and writes nothing', () => {
    expectOneLineError(run(['mine', join(folder, 'missing'), '--db', database]), /missing: no such file or folder/)
    const empty = join(folder, 'empty')
    mkdirSync(empty)
    expectOneLineError(run(['mine', empty, '--db', database]), /no \.txt documents/)
    const binary = join(folder, 'binary.txt')
    writeFileSync(binary, Buffer.from([0x41, 0x00, 0x42]))
    expectOneLineError(run(['mine', binary, '--db', database]), /binary\.txt: looks binary/)
    const latin1 = join(folder, 'latin1.txt')
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9]))
    expectOneLineError(run(['mine', latin1, '--db', database]), /latin1\.txt: is not valid UTF-8/)
    expectOneLineError(run(['mine', '--min-score', '2', '--db', database]), /--min-score/)
    expectOneLineError(run(['report', 'renderings', '--db', database, '--format', 'pdf']), /unknown --format "pdf"/)
    expectOneLineError(run(['report', 'renderings', '--db', join(folder, 'none.sqlite')]), /none\.sqlite: no glossary database/)
    const out = join(folder, 'no-such-folder', 'r.html')
    expectOneLineError(run(['report', 'renderings', '--db', database, '--out', out]), /cannot write/)
    expect(existsSync(out)).toBe(false)
  })

  it('mines a text with a Chinese passage and no rendering, and unbalanced guillemets, without failing', () => {
    const odd = join(folder, 'odd.txt')
    writeFileSync(odd, 'Le slogan 中国梦 revient. Il a dit « défendre la paix (« 捍卫和平 ») et « encore » sans fin » ». Puis « rien.\n')
    const result = run(['mine', odd, '--db', join(folder, 'odd.sqlite'), '--dry-run'])
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/unpaired: 中国梦/)
    expect(result.stdout).toMatch(/dry run: nothing queued/)
    expect(existsSync(join(folder, 'odd.sqlite'))).toBe(false)
  })
})
