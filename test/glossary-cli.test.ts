// `renderings glossary …` on the built binary, against a database built from
// the real curated source and seeds into a temporary folder.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cliBin, repositoryRoot, seedsFolder } from './support/paths.js'
import { requireTools, systemPython, translateToolkit } from './support/external-tools.js'
import { relaxNgErrors, schematronErrors, tbxBasicTools } from './support/tbx-basic.js'

const folder = mkdtempSync(join(tmpdir(), 'renderings-glossary-cli-'))
const db = join(folder, 'glossary.sqlite')
const manifest = JSON.parse(readFileSync(join(seedsFolder, 'manifest.json'), 'utf8')) as { documents: { id: string; file: string; outlet: string }[] }
const seed = (index: number) => manifest.documents[index]!
const seedText = new Map(manifest.documents.map((document) => [document.id, readFileSync(join(seedsFolder, document.file), 'utf8')]))

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cliBin, ...args], {
    encoding: 'utf8',
    cwd: folder,
    env: { ...process.env, RENDERINGS_DB: '', ...env },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** A failure the user can fix: exit code 2, one line on stderr, no stack. */
function expectOneLineError(result: ReturnType<typeof run>, pattern: RegExp): void {
  expect(result.stderr).toMatch(pattern)
  expect(result.status).toBe(2)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

interface JsonAttestation { doc: string; outlet: string; start: number; end: number; text: string; sentence: number }
interface JsonTerm { lang: string; text: string; status: string; isSource: boolean; attestations: JsonAttestation[]; outlets: { outlet: string; count: number }[] }
interface JsonQuery { concepts: { id: string; match: { kind: string }; terms: JsonTerm[] }[] }

beforeAll(() => {
  const built = run(['glossary', 'build', '--db', db])
  expect(built.stderr).toBe('')
  expect(built.stdout).toMatch(/^built .*glossary\.sqlite: \d+ concepts, \d+ renderings, \d+ attestations in 5 documents/)
})

describe('renderings glossary query', () => {
  it('should show both French renderings of 战后国际秩序 with the outlets of seeds 000 and 001 and exact offsets', () => {
    const text = run(['glossary', 'query', '战后国际秩序', '--db', db])
    expect(text.status).toBe(0)
    expect(text.stdout).toContain('ordre international d’après-guerre')
    expect(text.stdout).toContain(`used by: ${seed(0).outlet} ×2`)
    expect(text.stdout).toContain('ordre international post-guerre')
    expect(text.stdout).toMatch(new RegExp(`${seed(1).id} s\\d+ \\[\\d+, \\d+\\)  .*\\[ordre international post-guerre\\]`))

    const json = JSON.parse(run(['glossary', 'query', '战后国际秩序', '--json', '--db', db]).stdout) as JsonQuery
    const order = json.concepts[0]!
    expect([order.id, order.match.kind]).toEqual(['post-war-international-order', 'exact'])
    const term = (text: string) => order.terms.find((candidate) => candidate.text === text)!
    expect(term('ordre international d’après-guerre').attestations.map((a) => [a.doc, a.outlet])).toEqual([
      [seed(0).id, seed(0).outlet],
      [seed(0).id, seed(0).outlet]
    ])
    expect(term('ordre international post-guerre').attestations.map((a) => [a.doc, a.outlet])).toEqual([[seed(1).id, seed(1).outlet]])
    for (const attestation of json.concepts.flatMap((concept) => concept.terms.flatMap((t) => t.attestations))) {
      expect(seedText.get(attestation.doc)!.slice(attestation.start, attestation.end)).toBe(attestation.text)
    }
  })

  it('should find 习近平 from "Tap Can Binh", with Xi Jinping and Tập Cận Bình', () => {
    const json = JSON.parse(run(['glossary', 'query', 'Tap Can Binh', '--json', '--db', db]).stdout) as JsonQuery
    const xi = json.concepts[0]!
    expect(xi.id).toBe('xi-jinping')
    expect(xi.terms.map((term) => term.text)).toEqual(expect.arrayContaining(['习近平', 'Xi Jinping', 'Tập Cận Bình']))
    const text = run(['glossary', 'query', 'Tap Can Binh', '--db', db]).stdout
    expect(text).toMatch(/^习近平 {2}\[xi-jinping\]/)
    expect(text).toContain('Tập Cận Bình')
  })

  it('should filter by language and outlet, and say when nothing matches', () => {
    expect(JSON.parse(run(['glossary', 'query', 'Xi Jinping', '--lang', 'vi', '--json', '--db', db]).stdout).concepts).toEqual([])
    const epoch = JSON.parse(run(['glossary', 'query', 'Xi Jinping', '--outlet', 'epoch times', '--json', '--db', db]).stdout) as JsonQuery
    const outlets = new Set(epoch.concepts[0]!.terms.flatMap((term) => term.attestations.map((a) => a.outlet)))
    expect([...outlets]).toEqual(['Epoch Times'])
    const none = run(['glossary', 'query', 'zzzz nothing', '--db', db])
    expect([none.status, none.stdout.trim()]).toEqual([1, 'no concept matches "zzzz nothing"'])
    expectOneLineError(run(['glossary', 'query', 'x', '--lang', 'french', '--db', db]), /unknown language "french"/)
    expectOneLineError(run(['glossary', 'query', '  ', '--db', db]), /the query text is empty/)
  })

  it('should lead from a French rendering back to its Chinese concept (reverse lookup)', () => {
    const json = JSON.parse(run(['glossary', 'query', 'ordre international post-guerre', '--json', '--db', db]).stdout) as JsonQuery
    expect(json.concepts.map((concept) => concept.id).slice(0, 2)).toEqual(['post-war-international-order', 'taiwan-return-part-of-post-war-order'])
    expect(json.concepts[0]!.terms.find((term) => term.isSource)!.text).toBe('战后国际秩序')
  })

  it('should use RENDERINGS_DB, and name a missing database', () => {
    expect(run(['glossary', 'stats', '--json'], { RENDERINGS_DB: db }).stdout).toContain('"concepts"')
    expectOneLineError(run(['glossary', 'query', 'x', '--db', join(folder, 'none.sqlite')]), /none\.sqlite: no glossary database here/)
  })
})

describe('renderings glossary add', () => {
  it('should add a concept, a rendering and an attestation, and refuse bad input with one line', () => {
    const copy = join(folder, 'add.sqlite')
    writeFileSync(copy, readFileSync(db))
    expect(run(['glossary', 'add', 'concept', 'trade-deal', '--lang', 'zh', '--text', '贸易协议', '--db', copy]).status).toBe(0)
    expect(run(['glossary', 'add', 'rendering', 'trade-deal', '--lang', 'fr', '--text', 'accord commercial', '--status', 'preferred', '--db', copy]).status).toBe(0)
    const start = seedText.get(seed(2).id)!.indexOf('accord commercial')
    const attested = run(['glossary', 'add', 'attestation', 'trade-deal', '--lang', 'fr', '--text', 'accord commercial', '--doc', seed(2).id, '--sentence', '8', '--start', String(start), '--end', String(start + 17), '--db', copy])
    expect(attested.stderr).toBe('')
    const shown = JSON.parse(run(['glossary', 'show', 'trade-deal', '--json', '--db', copy]).stdout) as JsonQuery['concepts'][number]
    expect(shown.terms.map((term) => [term.lang, term.text, term.status, term.attestations.length])).toEqual([
      ['zh', '贸易协议', 'preferred', 0],
      ['fr', 'accord commercial', 'preferred', 1]
    ])
    expectOneLineError(run(['glossary', 'add', 'rendering', 'trade-deal', '--lang', 'xx', '--text', 'x', '--db', copy]), /unknown language "xx"/)
    expectOneLineError(run(['glossary', 'add', 'rendering', 'trade-deal', '--lang', 'fr', '--text', '  ', '--db', copy]), /--text is required and must not be empty/)
    expectOneLineError(run(['glossary', 'add', 'rendering', 'trade-deal', '--lang', 'fr', '--text', 'Accord Commercial', '--db', copy]), /duplicate rendering: concept "trade-deal" already has fr "accord commercial"/)
    expectOneLineError(run(['glossary', 'add', 'rendering', 'nobody', '--lang', 'fr', '--text', 'x', '--db', copy]), /no concept "nobody"/)
    expectOneLineError(run(['glossary', 'add', 'rendering', 'trade-deal', '--lang', 'fr', '--text', 'x', '--status', 'best', '--db', copy]), /unknown --status "best"/)
    expectOneLineError(run(['glossary', 'add', 'concept', 'trade-deal', '--lang', 'zh', '--text', '协议', '--db', copy]), /duplicate concept/)
  })
})

describe('renderings glossary export and import', () => {
  it.each(['tbx', 'csv', 'json'])('should export → import → export byte-identically (%s)', (format) => {
    const first = join(folder, `first.${format}`)
    const second = join(folder, `second.${format}`)
    const copy = join(folder, `imported-${format}.sqlite`)
    expect(run(['glossary', 'export', '--format', format, '-o', first, '--db', db]).status).toBe(0)
    const imported = run(['glossary', 'import', first, '--db', copy])
    expect(imported.stderr).toBe('')
    expect(run(['glossary', 'export', '--format', format, '-o', second, '--db', copy]).status).toBe(0)
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'))
  })

  it('should export the seeds glossary as valid TBX-Basic by default: core RELAX NG and DCA Schematron, zero errors', (context) => {
    requireTools(context, ...tbxBasicTools)
    const file = join(folder, 'default.tbx')
    expect(run(['glossary', 'export', '-o', file, '--db', db]).status).toBe(0)
    expect(relaxNgErrors(file)).toEqual([])
    expect(schematronErrors(file)).toEqual([])
  })

  it('should export TBX that translate-toolkit reads (v2 names)', (context) => {
    requireTools(context, translateToolkit)
    const file = join(folder, 'toolkit.tbx')
    expect(run(['glossary', 'export', '--format', 'tbx', '--tbx-version', '2', '-o', file, '--db', db]).status).toBe(0)
    const script = 'import sys\nfrom translate.storage import tbx\nstore = tbx.tbxfile.parsefile(sys.argv[1])\nprint(len(store.units))\nprint("\\n".join(u.source for u in store.units))'
    const [count, ...sources] = execFileSync(systemPython, ['-c', script, file], { encoding: 'utf8' }).trim().split('\n')
    const stats = JSON.parse(run(['glossary', 'stats', '--json', '--db', db]).stdout) as { concepts: number }
    expect(Number(count)).toBe(stats.concepts)
    expect(sources).toContain('战后国际秩序')
  })

  it('should merge a CSV sheet, or make it the whole glossary with --replace', () => {
    const copy = join(folder, 'replace.sqlite')
    writeFileSync(copy, readFileSync(db))
    const concepts = () => (JSON.parse(run(['glossary', 'stats', '--json', '--db', copy]).stdout) as { concepts: number }).concepts
    const before = concepts()
    const sheet = join(folder, 'sheet.csv')
    writeFileSync(sheet, 'concept_id,lang,text,status\ntrade-deal,zh,贸易协议,preferred\ntrade-deal,fr,accord commercial,preferred\n')
    expect(run(['glossary', 'import', sheet, '--db', copy]).stdout).toMatch(/^imported 1 concepts, 2 renderings, 0 attestations/)
    expect(concepts()).toBe(before + 1)
    const found = JSON.parse(run(['glossary', 'query', 'accord commercial', '--json', '--db', copy]).stdout) as JsonQuery
    expect(found.concepts[0]!.id).toBe('trade-deal')
    expect(run(['glossary', 'import', sheet, '--replace', '--db', copy]).status).toBe(0)
    expect(concepts()).toBe(1)
  })

  it('should refuse a hostile TBX and leave the database untouched', () => {
    const copy = join(folder, 'hostile.sqlite')
    writeFileSync(copy, readFileSync(db))
    const before = run(['glossary', 'export', '--format', 'json', '--db', copy]).stdout
    const xxe = join(folder, 'xxe.tbx')
    writeFileSync(xxe, '<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body/></text></tbx>')
    expectOneLineError(run(['glossary', 'import', xxe, '--db', copy]), /xxe\.tbx: refuses a DOCTYPE that declares entities/)
    const broken = join(folder, 'broken.tbx')
    writeFileSync(broken, '<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="a">')
    expectOneLineError(run(['glossary', 'import', broken, '--db', copy]), /broken\.tbx: is not well-formed XML/)
    const huge = join(folder, 'huge.tbx')
    // TBX is streamed, so no size limit refuses it: 70 MB of spaces are read through and refused as not XML.
    writeFileSync(huge, Buffer.alloc(70 * 1024 * 1024, 0x20))
    expectOneLineError(run(['glossary', 'import', huge, '--db', copy]), /huge\.tbx: is not well-formed XML: .*document must contain a root element/)
    const csv = join(folder, 'huge.csv')
    writeFileSync(csv, Buffer.alloc(70 * 1024 * 1024, 0x20))
    expectOneLineError(run(['glossary', 'import', csv, '--db', copy]), /huge\.csv: is \d+ bytes, more than the limit/)
    expectOneLineError(run(['glossary', 'import', join(folder, 'missing.tbx'), '--db', copy]), /missing\.tbx: no such file/)
    expect(run(['glossary', 'export', '--format', 'json', '--db', copy]).stdout).toBe(before)
  })
})

describe('renderings glossary build', () => {
  it('should keep the previous database when a build fails', () => {
    const copy = join(folder, 'rebuild.sqlite')
    writeFileSync(copy, readFileSync(db))
    const size = statSync(copy).size
    const bad = join(folder, 'bad.yaml')
    writeFileSync(bad, 'concepts:\n  - id: a\n    source: { lang: zz, text: x }\n')
    expectOneLineError(run(['glossary', 'build', '--source', bad, '--db', copy]), /bad\.yaml: concept 1 \("a"\), source\.lang: unknown language "zz"/)
    expect(statSync(copy).size).toBe(size)
    expect(JSON.parse(run(['glossary', 'stats', '--json', '--db', copy]).stdout).concepts).toBeGreaterThan(30)
  })

  it('should build from a folder of plain text files without a manifest, outlets from the file names', () => {
    const plain = join(folder, 'plain')
    mkdirSync(plain)
    writeFileSync(join(plain, 'lemonde.fr.txt'), 'Pékin défend l’ordre international d’après-guerre et la position de la Chine sur Taïwan.')
    writeFileSync(join(plain, 'vnexpress.vi.txt'), 'Bắc Kinh bảo vệ trật tự quốc tế thời hậu chiến.')
    const plainDb = join(folder, 'plain.sqlite')
    const built = run(['glossary', 'build', '--seeds', plain, '--db', plainDb])
    expect(built.stderr).toBe('')
    expect(built.stdout).toMatch(/in 2 documents/)
    const outlets = JSON.parse(run(['glossary', 'outlets', '--json', '--db', plainDb]).stdout) as { name: string; documents: number; attestations: number }[]
    expect(outlets.map((outlet) => [outlet.name, outlet.documents])).toEqual([['lemonde', 1], ['vnexpress', 1]])
    expect(outlets.every((outlet) => outlet.attestations > 0)).toBe(true)
  })

  it('should list outlets with their documents and attestations', () => {
    const outlets = JSON.parse(run(['glossary', 'outlets', '--json', '--db', db]).stdout) as { name: string; documents: number }[]
    expect(outlets.map((outlet) => outlet.name).sort()).toEqual([...new Set(manifest.documents.map((document) => document.outlet))].sort())
    expect(repositoryRoot).toBeTruthy()
  })
})
