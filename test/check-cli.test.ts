// `renderings check` end to end, through the built CLI (`pnpm test` builds first).
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliBin, repositoryRoot, seedsFolder } from './support/paths.js'

const fixtures = join(repositoryRoot, 'test', 'fixtures', 'check')
const example = join(fixtures, 'example')
const scratch = mkdtempSync(join(tmpdir(), 'renderings-check-'))

// Compiled checkers are cached; tests keep theirs apart from the user's.
const cacheFolder = mkdtempSync(join(tmpdir(), 'renderings-check-cache-'))

function check(args: string[], options: { cwd?: string; maxOldSpace?: number; cache?: string } = {}): { code: number; stdout: string; stderr: string } {
  const node = options.maxOldSpace === undefined ? [] : [`--max-old-space-size=${options.maxOldSpace}`]
  const env = { ...process.env, RENDERINGS_CACHE: options.cache ?? cacheFolder }
  const result = spawnSync(process.execPath, [...node, cliBin, 'check', ...args], { cwd: options.cwd ?? repositoryRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

interface JsonMessage {
  ruleId: string
  line: number
  column: number
  actual: string
  conceptId: string
  level: string
  place: { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } }
}

const json = (stdout: string): Array<{ path: string; messages: JsonMessage[] }> => JSON.parse(stdout) as Array<{ path: string; messages: JsonMessage[] }>

describe('renderings check: the worked example', () => {
  it('should report the deprecated, missing and inconsistent renderings exactly', () => {
    const result = check(['test/fixtures/check/example/traduction.fr.txt', '--source', 'test/fixtures/check/example/original.zh.txt'])
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(
      [
        'test/fixtures/check/example/traduction.fr.txt',
        '  1:82-1:113   error    Unexpected deprecated rendering `ordre international post-guerre` of 战后国际秩序, use `ordre international d’après-guerre` instead  deprecated-rendering  retext-renderings',
        '  1:115-1:187  error    Missing rendering of 稀土: the source sentence has `稀土` but this sentence has none of its renderings, expected `terres rares`  missing-rendering  retext-renderings',
        '  3:51-3:67    warning  Inconsistent rendering `tarifs douaniers` of 关税: this document also uses `droits de douane` (line 3); use one rendering  inconsistent-rendering  retext-renderings',
        '',
        '3 messages (✖ 2 errors, ⚠ 1 warning)',
        ''
      ].join('\n')
    )
    expect(result.code).toBe(1)
  })

  it('should give the evidence in JSON: attestation of the agreed rendering, related place', () => {
    const result = check(['traduction.fr.txt', '--source', 'original.zh.txt', '--reporter', 'json'], { cwd: example })
    const [file] = json(result.stdout)
    expect(file!.path).toBe('traduction.fr.txt')
    expect(file!.messages.map((message) => `${message.ruleId}:${message.conceptId}`)).toEqual([
      'deprecated-rendering:post-war-international-order',
      'missing-rendering:rare-earths',
      'inconsistent-rendering:customs-duties'
    ])
    expect(file!.messages[0]).toMatchObject({ attestation: { outlet: 'Le Grand Continent', doc: '000_7cfc629149e3abd0', text: 'ordre international d’après-guerre' } })
    expect(file!.messages[2]).toMatchObject({ related: [{ place: { start: { line: 3, column: 29 } } }] })
  })

  it('should write GitHub annotations and pass with the example minus its errors', () => {
    const result = check(['traduction.fr.txt', '--reporter', 'github'], { cwd: example })
    expect(result.stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^::error file=traduction\.fr\.txt,line=1,col=82,endLine=1,endColumn=113,title=retext-renderings%3Adeprecated-rendering::/),
      expect.stringMatching(/^::warning file=traduction\.fr\.txt,line=3,col=51,endLine=3,endColumn=67,title=retext-renderings%3Ainconsistent-rendering::/)
    ])
    const clean = scratchFile('propre.fr.txt', 'Xi Jinping défend l’ordre international d’après-guerre et les droits de douane.\n')
    const glossary = join(example, 'glossary.tbx')
    expect(check([clean, '--glossary', glossary])).toMatchObject({ code: 0 })
    const warned = scratchFile('avertie.fr.txt', 'Des droits de douane, puis des tarifs douaniers.\n')
    const config = join(example, '.renderingsrc.json')
    expect(check([warned, '--config', config]).code).toBe(0)
    expect(check([warned, '--config', config, '--frail']).code).toBe(1)
  })
})

describe('renderings check: the seeds, with a policy preferring « ordre international d’après-guerre »', () => {
  const seed = (name: string): string => join(seedsFolder, name)
  const args = ['--glossary', join(fixtures, 'seeds-glossary.yaml'), '--config', join(fixtures, 'seeds-policy.json'), '--reporter', 'json']

  it('should report seed 001’s « ordre international post-guerre » at its line and column', () => {
    const [file] = json(check([seed('001_dab5832292d449bf.txt'), ...args]).stdout)
    const found = file!.messages.filter((message) => message.actual === 'ordre international post-guerre')
    expect(found.map((message) => `${message.ruleId} ${message.line}:${message.column}`)).toEqual(['deprecated-rendering 3:300'])
  })

  it('should report seed 000’s two renderings of 重要组成部分 as inconsistent', () => {
    const [file] = json(check([seed('000_7cfc629149e3abd0.txt'), ...args]).stdout)
    const found = file!.messages.filter((message) => message.conceptId === 'important-component')
    expect(found.map((message) => `${message.ruleId} ${message.line}:${message.column} ${message.actual}`)).toEqual(['inconsistent-rendering 25:97 élément essentiel'])
  })

  it('should do the same with the project glossary', () => {
    const projectArgs = ['--glossary', join(repositoryRoot, 'glossary', 'concepts.yaml'), '--config', join(fixtures, 'seeds-policy.json'), '--reporter', 'json']
    const [first, second] = json(check([seed('000_7cfc629149e3abd0.txt'), seed('001_dab5832292d449bf.txt'), ...projectArgs]).stdout)
    expect(second!.messages.some((message) => message.actual === 'ordre international post-guerre' && message.line === 3 && message.column === 300 && message.ruleId === 'deprecated-rendering')).toBe(true)
    expect(first!.messages.some((message) => message.ruleId === 'inconsistent-rendering' && message.line === 25 && message.actual.includes('élément essentiel'))).toBe(true)
  })
})

describe('renderings check: TMX input', () => {
  it('should check the target segments in place and report missing renderings per unit', () => {
    const tmx = join(fixtures, 'tmx', 'memoire.tmx')
    const [file] = json(check([tmx, '--glossary', join(example, 'glossary.tbx'), '--reporter', 'json']).stdout)
    const lines = readFileSync(tmx, 'utf8').split('\n')
    const column = (line: number, text: string): number => lines[line - 1]!.indexOf(text) + 1
    expect(file!.messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`)).toEqual([
      `deprecated-rendering 7:${column(7, 'ordre international post-guerre')}`,
      `missing-rendering 11:${column(11, 'Les deux parties')}`
    ])
  })
})

describe('renderings check: ignore files and config discovery', () => {
  it('should skip ignored paths, find the config upward and name an ignored file given explicitly', () => {
    const project = mkdtempSync(join(tmpdir(), 'renderings-check-project-'))
    const write = (path: string, content: string): void => {
      mkdirSync(dirname(join(project, path)), { recursive: true })
      writeFileSync(join(project, path), content)
    }
    const deprecated = 'L’ordre international post-guerre.\n'
    write('.renderingsignore', 'drafts/\n')
    write('docs/.renderingsrc.json', JSON.stringify({ glossary: join(example, 'glossary.tbx'), ignore: ['old-*.txt'] }))
    write('docs/a.txt', deprecated)
    write('docs/old-b.txt', deprecated)
    write('docs/drafts/c.txt', deprecated)
    const paths = (stdout: string): string[] => json(stdout).map((file) => `${file.path}:${file.messages.map((message) => message.ruleId).join(',')}`)
    expect(paths(check(['docs/**/*.txt', '--reporter', 'json'], { cwd: project }).stdout)).toEqual(['docs/a.txt:deprecated-rendering'])
    const explicit = check(['docs/old-b.txt', '--reporter', 'json'], { cwd: project })
    expect(paths(explicit.stdout)).toEqual(['docs/old-b.txt:ignored-file'])
    expect(explicit.code).toBe(0)
    expect(paths(check(['docs/**/*.txt', '--reporter', 'json', '--no-ignore'], { cwd: project }).stdout)).toEqual([
      'docs/a.txt:deprecated-rendering',
      'docs/drafts/c.txt:deprecated-rendering',
      'docs/old-b.txt:deprecated-rendering'
    ])
  })
})

describe('renderings check: the compiled-glossary cache', () => {
  it('should give the same report from the cache, and rebuild from a broken cache entry', () => {
    const cache = mkdtempSync(join(tmpdir(), 'renderings-check-cache-'))
    const args = ['traduction.fr.txt', '--source', 'original.zh.txt', '--reporter', 'json']
    const first = check(args, { cwd: example, cache })
    const entries = readdirSync(cache).filter((name) => name.endsWith('.bin'))
    expect(entries).toHaveLength(1)
    expect(check(args, { cwd: example, cache })).toEqual(first)
    writeFileSync(join(cache, entries[0]!), 'not a snapshot')
    expect(check(args, { cwd: example, cache })).toEqual(first)
    const uncached = mkdtempSync(join(tmpdir(), 'renderings-check-cache-'))
    expect(check([...args, '--no-cache'], { cwd: example, cache: uncached })).toEqual(first)
    expect(readdirSync(uncached)).toEqual([])
  })
})

describe('renderings check: a database\'s compiled glossary', () => {
  it('should check against it with the policy applied, caching and compiling nothing, and stop using it once the database changes', async () => {
    const database = join(scratch, 'example.sqlite')
    const imported = spawnSync(process.execPath, [cliBin, 'glossary', 'import', join(example, 'glossary.tbx'), '--db', database], { encoding: 'utf8' })
    expect(imported.status).toBe(0)
    const args = ['traduction.fr.txt', '--source', 'original.zh.txt', '--reporter', 'json']
    const fromTbx = check([...args, '--no-cache'], { cwd: example })
    const cache = mkdtempSync(join(tmpdir(), 'renderings-check-cache-'))
    expect(check([...args, '--glossary', database], { cwd: example, cache })).toEqual(fromTbx)
    // Restored from the database's compiled glossary: nothing to cache.
    expect(readdirSync(cache)).toEqual([])
    // Another tool deletes the deprecated rendering: the compiled glossary
    // is stale, so the check compiles (and caches) again.
    const { openStore } = await import('@renderings/glossary-store')
    const store = await openStore(database)
    await store.db.run("DELETE FROM renderings WHERE text = 'ordre international post-guerre'")
    await store.db.close()
    const changed = check([...args, '--glossary', database], { cwd: example, cache })
    expect(readdirSync(cache).filter((name) => name.endsWith('.bin'))).toHaveLength(1)
    const actual = (stdout: string): string[] => json(stdout)[0]!.messages.map((message) => message.actual)
    expect(actual(fromTbx.stdout)).toContain('ordre international post-guerre')
    expect(actual(changed.stdout)).not.toContain('ordre international post-guerre')
    // It says why it compiled, and what keeps the glossary compiled.
    const warning = (why: string, done: string): string => `renderings: warning: ${database}: ${why}, so this check ${done}; \`renderings glossary compile --db ${database}\` compiles it once\n`
    expect(changed.stderr).toBe(warning('no compiled glossary (never compiled, or changed since)', 'compiled the glossary'))
    // `glossary compile` makes it current again: the check restores it (and caches nothing new).
    const compiled = spawnSync(process.execPath, [cliBin, 'glossary', 'compile', '--db', database], { encoding: 'utf8' })
    expect(compiled.stdout).toMatch(/compiled the glossary for the check/)
    const emptyCache = mkdtempSync(join(tmpdir(), 'renderings-check-cache-'))
    const restored = check([...args, '--glossary', database], { cwd: example, cache: emptyCache })
    expect(restored).toEqual({ ...changed, stderr: '' })
    expect(readdirSync(emptyCache)).toEqual([])
    // A database committed without its compiled file, or with one that
    // another version of the toolkit compiled: the same findings, and a warning.
    const compiledFile = `${database}.compiled`
    const bytes = readFileSync(compiledFile)
    rmSync(compiledFile)
    expect(check([...args, '--glossary', database, '--no-cache'], { cwd: example })).toEqual({ ...restored, stderr: warning('its compiled glossary example.sqlite.compiled is missing', 'compiled the glossary') })
    writeFileSync(compiledFile, Buffer.from(bytes.toString('latin1').replace(/"compiler":"[0-9a-f]+"/, `"compiler":"${'0'.repeat(32)}"`), 'latin1'))
    const otherVersion = 'its compiled glossary example.sqlite.compiled was compiled by another version of renderings'
    expect(check([...args, '--glossary', database], { cwd: example, cache })).toEqual({ ...restored, stderr: warning(otherVersion, 'compiled the glossary') })
    expect(check([...args, '--glossary', database], { cwd: example, cache })).toEqual({ ...restored, stderr: warning(otherVersion, 'read the glossary from its cache') })
  })
})

describe('renderings check: bad input', () => {
  it('should exit 2 with one line naming the problem', () => {
    const text = scratchFile('texte.txt', 'Un texte.\n')
    const cases: Array<[string[], RegExp]> = [
      [[text, '--glossary', join(scratch, 'absent.sqlite')], /absent\.sqlite: no such glossary/],
      [[text, '--glossary', scratchFile('vide.yaml', 'concepts: []\n')], /the glossary is empty/],
      [[join(scratch, 'absent.txt'), '--glossary', join(example, 'glossary.tbx')], /absent\.txt: no such file/],
      [[scratchFile('latin1.txt', Buffer.from([0x61, 0xe9, 0x74, 0xe9])), '--glossary', join(example, 'glossary.tbx')], /latin1\.txt: is not valid UTF-8/],
      [[text, '--reporter', 'xml', '--glossary', join(example, 'glossary.tbx')], /unknown --reporter "xml"/],
      [[join(scratch, '*.nothing'), '--glossary', join(example, 'glossary.tbx')], /no files match/],
      [[text, '--config', scratchFile('bad.json', '{ "preferred": '), '--glossary', join(example, 'glossary.tbx')], /bad\.json: is not valid JSON/],
      [[text, '--config', scratchFile('unknown.json', '{ "preferred": { "nothing-like-this": { "fr": "x" } } }'), '--glossary', join(example, 'glossary.tbx')], /no concept "nothing-like-this"/]
    ]
    for (const [args, message] of cases) {
      const result = check(args)
      expect(result.code, String(message)).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stdout).toBe('')
    }
  })

  it('should skip a binary file with a warning', () => {
    const binary = scratchFile('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))
    const text = scratchFile('ok.txt', 'Rien à signaler.\n')
    const result = check([binary, text, '--glossary', join(example, 'glossary.tbx')])
    expect(result.stdout).toContain('warning  Skipped: binary file (contains NUL bytes)  skipped-file  renderings-check')
    expect(result.code).toBe(0)
    expect(check([binary, text, '--glossary', join(example, 'glossary.tbx'), '--frail']).code).toBe(1)
  })

  it('should check a 100 MB file in bounded memory and find every occurrence across piece cuts', () => {
    // Paragraphs of filler with the deprecated rendering in every 100th one,
    // plus one 12 MB paragraph (cut inside, at spaces) holding it every 50 KB.
    const filler = 'La Chine et les États-Unis ont parlé commerce, sécurité et climat pendant une heure. '
    const paragraph = filler.repeat(12)
    const marked = `${filler.repeat(6)}Il évoque l’ordre international post-guerre. ${filler.repeat(5)}`
    const parts: string[] = []
    let size = 0
    let expected = 0
    let count = 0
    while (size < 88 * 1024 * 1024) {
      const part = count % 100 === 99 ? marked : paragraph
      if (part === marked) expected++
      parts.push(part)
      size += Buffer.byteLength(part) + 2
      count++
    }
    const block = `${filler.repeat(600)}l’ordre international post-guerre `
    const long = block.repeat(Math.ceil((12 * 1024 * 1024) / block.length))
    expected += Math.ceil((12 * 1024 * 1024) / block.length)
    const path = join(scratch, 'huge.txt')
    writeFileSync(path, `${parts.join('\n\n')}\n\n${long}\n`)
    const result = check([path, '--glossary', join(example, 'glossary.tbx'), '--reporter', 'json'], { maxOldSpace: 384 })
    expect(result.stderr).toBe('')
    const [file] = json(result.stdout)
    const found = file!.messages.filter((message) => message.ruleId === 'deprecated-rendering')
    expect(found).toHaveLength(expected)
    const lastLine = 2 * parts.length + 1
    expect(found.at(-1)!.line).toBe(lastLine)
    expect(found.at(-1)!.column).toBe(long.lastIndexOf('ordre international post-guerre') + 1)
    expect(result.code).toBe(1)
  })
})
