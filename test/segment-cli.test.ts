import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliBin, repositoryRoot, seedsFolder } from './support/paths.js'

const folder = mkdtempSync(join(tmpdir(), 'renderings-segment-cli-'))
const seed000 = join(seedsFolder, '000_7cfc629149e3abd0.txt')
/** The installed packages themselves (parse-zh's own lazy loader module is not segmentit). */
const segmentitPackage = /\/node_modules\/segmentit\//
const sqlitePackage = /\/node_modules\/sqlite3\//

function run(args: string[], options: { env?: Record<string, string>; nodeArgs?: string[] } = {}) {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), cliBin, ...args], {
    encoding: 'utf8',
    cwd: repositoryRoot,
    env: { ...process.env, ...options.env },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A failure the user can fix: exit code 2, one line on stderr that names the file, no stack. */
function expectOneLineError(result: ReturnType<typeof run>, pattern: RegExp): void {
  expect(result.status).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

interface JsonlSegment {
  doc: string
  block: number
  lang: string
  paragraph: number
  sentence: number
  start: number
  end: number
  text: string
  kind: string
  han: Array<{ start: number; end: number; text: string; context: string; words: Array<{ start: number; end: number; text: string }> }>
}

describe('renderings segment', () => {
  it('should print one JSON object per sentence of seed 000 with the Chinese passages and their words', () => {
    const result = run(['segment', seed000, '--format', 'jsonl'])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const text = readFileSync(seed000, 'utf8')
    const segments = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as JsonlSegment)
    expect(segments).toHaveLength(27)
    for (const segment of segments) {
      expect(Object.keys(segment)).toEqual(expect.arrayContaining(['doc', 'block', 'lang', 'paragraph', 'sentence', 'start', 'end', 'text', 'kind', 'han']))
      expect(segment.doc).toBe('000_7cfc629149e3abd0')
      expect(text.slice(segment.start, segment.end)).toBe(segment.text)
    }
    const runs = segments.flatMap((segment) => segment.han)
    expect(runs.map((han) => [han.text, han.context])).toEqual([
      ['共同维护好二战胜利成果', 'quoted-original'],
      ['台湾回归中国是战后国际秩序重要组成部分', 'quoted-original'],
      ['习近平同美国总统特朗普通电话', 'source-item']
    ])
    for (const han of runs) {
      expect(han.words.length).toBeGreaterThan(1)
      for (const word of han.words) expect(text.slice(word.start, word.end)).toBe(word.text)
    }
    const words = runs.flatMap((han) => han.words.map((word) => word.text))
    expect(words).toContain('习近平')
    expect(words).toContain('战后国际秩序')
  })

  it('should print a readable listing by default', () => {
    const result = run(['segment', join(seedsFolder, '003_b9c731b561ac0d7c.txt')])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('block 2 fr title (repeats block 0)')
    expect(result.stdout).toMatch(/^ {2}4\.0\.18 vi title \[2833,2981\) Cuộc điện đàm/m)
  })

  it('should not load segmentit or sqlite3 for a French-only file', () => {
    const record = join(folder, 'modules.txt')
    writeFileSync(record, '')
    const result = run(['segment', join(seedsFolder, '002_12f1d0057f4ed9ec.txt'), '--format', 'jsonl'], {
      env: { RENDERINGS_RECORD_MODULES: record },
      nodeArgs: ['--import', join(repositoryRoot, 'test', 'support', 'segment-module-recorder.mjs')]
    })
    expect(result.status).toBe(0)
    const modules = readFileSync(record, 'utf8')
    // The recorder works: the French parser was loaded…
    expect(modules).toMatch(/parse-fr/)
    // …and neither the Chinese segmenter's dictionaries nor SQLite were.
    expect(modules).not.toMatch(segmentitPackage)
    expect(modules).not.toMatch(sqlitePackage)
  })

  it('should load segmentit only when the file holds Chinese', () => {
    const record = join(folder, 'modules-zh.txt')
    writeFileSync(record, '')
    const result = run(['segment', seed000], {
      env: { RENDERINGS_RECORD_MODULES: record },
      nodeArgs: ['--import', join(repositoryRoot, 'test', 'support', 'segment-module-recorder.mjs')]
    })
    expect(result.status).toBe(0)
    expect(readFileSync(record, 'utf8')).toMatch(segmentitPackage)
  })

  it('should say an empty file has no sentences and go on', () => {
    const file = join(folder, 'empty.txt')
    writeFileSync(file, '')
    const result = run(['segment', file, seed000, '--format', 'jsonl'])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe(`renderings: ${file}: empty, no sentences\n`)
    expect(result.stdout.trim().split('\n')).toHaveLength(27)
  })

  it('should refuse a binary file, invalid UTF-8 and a missing file with one line naming it', () => {
    const binary = join(folder, 'image.png')
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))
    expectOneLineError(run(['segment', binary]), /image\.png: looks binary/)
    const latin1 = join(folder, 'latin1.txt')
    writeFileSync(latin1, Buffer.from('Le communiqu\xe9 chinois.', 'latin1'))
    expectOneLineError(run(['segment', latin1]), /latin1\.txt: is not valid UTF-8 \(first bad byte at offset 12\)/)
    expectOneLineError(run(['segment', join(folder, 'missing.txt')]), /missing\.txt: no such file/)
    expectOneLineError(run(['segment', seed000, '--format', 'xml']), /unknown --format "xml"/)
  })

  it('should refuse a 50 MB single line quickly with one line', () => {
    const file = join(folder, 'one-line.txt')
    writeFileSync(file, 'Le président parle. '.repeat(2_500_000))
    const result = run(['segment', file])
    expectOneLineError(result, /one-line\.txt: line 1 is 50000000 characters long, more than the limit of 1000000/)
  })

  it('should segment a file of only Chinese as Chinese sentences', () => {
    const file = join(folder, 'zh.txt')
    writeFileSync(file, '习近平同美国总统特朗普通电话。双方谈到了台湾问题！\n')
    const result = run(['segment', file, '--format', 'jsonl'])
    expect(result.status).toBe(0)
    const segments = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as JsonlSegment)
    expect(segments.map((segment) => [segment.lang, segment.text, segment.han[0]?.context])).toEqual([
      ['zh', '习近平同美国总统特朗普通电话。', 'standalone'],
      ['zh', '双方谈到了台湾问题！', 'standalone']
    ])
    expect(segments[0]!.han[0]!.words.map((word) => word.text)).toContain('习近平')
  })
})
