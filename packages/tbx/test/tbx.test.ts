import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as tbx from '@renderings/tbx'
import { canonicalIndex, readTbx, writeTbx } from '@renderings/tbx'
import { richIndex } from './fixtures.js'

const folder = mkdtempSync(join(tmpdir(), 'renderings-tbx-'))
const schemas = new URL('../../../../shared/reference/tbx-basic/', import.meta.url)
const coreSchema = new URL('schemas/core/TBXcoreStructV03.rng', schemas).pathname
const astronomySample = new URL('Example_Astronomy_DCA_VALID.tbx', schemas).pathname
const systemPython = '/usr/bin/python3'

describe('@renderings/tbx', () => {
  it('should expose the public api', () => {
    expect(Object.keys(tbx).sort()).toEqual(['canonicalIndex', 'csvColumns', 'readGlossaryCsv', 'readTbx', 'renderingsNamespace', 'tbxMaxLength', 'tbxNamespace', 'writeGlossaryCsv', 'writeTbx'])
  })
})

describe('TBX export and import', () => {
  it.each([3, 2] as const)('should round-trip every field we keep, byte for byte (TBX v%i)', (version) => {
    const first = writeTbx(richIndex, { version })
    const read = readTbx(first, 'first.tbx')
    expect(read).toEqual(canonicalIndex(richIndex))
    expect(writeTbx(read, { version })).toBe(first)
  })

  it('should write TBX-Basic DCA: statuses, customerSubset, context with source, forbidden in the private namespace', () => {
    const text = writeTbx(richIndex)
    expect(text).toContain('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en" xmlns:rdg="urn:renderings:tbx:1">')
    expect(text).toContain('<termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>')
    expect(text).toMatch(/<term>ordre international post-guerre<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>\s*<rdg:status>forbidden<\/rdg:status>/)
    expect(text).toContain('<admin type="customerSubset">Le Grand Continent</admin>')
    expect(text).toContain('<admin type="source">Le Grand Continent | 2025-11-25 | 000 | sentence 11</admin>')
    expect(text).toMatch(/<back>\s*<refObjectSec type="renderingsDocuments">\s*<refObject>\s*<item type="id">000<\/item>/)
    // One language section per language: the second Chinese term sits with the source.
    const start = text.indexOf('<conceptEntry id="post-war-international-order">')
    const order = text.slice(start, text.indexOf('</conceptEntry>', start))
    expect(order.match(/<langSec xml:lang="zh">/g)).toHaveLength(1)
  })

  it.runIf(existsSync('/usr/bin/jing') && existsSync(coreSchema))('should be valid against the official TBX core schema (jing)', () => {
    const file = join(folder, 'export.tbx')
    writeFileSync(file, writeTbx(richIndex))
    const result = spawnSync('jing', [coreSchema, file], { encoding: 'utf8' })
    // Debian's jing wrapper warns about optional jars on stderr; only errors matter.
    const errors = (result.stdout + result.stderr).split('\n').filter((line) => line.trim() !== '' && !line.startsWith('[warning]'))
    expect(errors).toEqual([])
    expect(result.status).toBe(0)
  })

  it.runIf(existsSync(systemPython))('should be read by translate-toolkit (TBX v2 export)', () => {
    const file = join(folder, 'export-v2.tbx')
    writeFileSync(file, writeTbx(richIndex, { version: 2 }))
    const script = [
      'import sys, json',
      'from translate.storage import tbx',
      'store = tbx.tbxfile.parsefile(sys.argv[1])',
      'print(json.dumps([[u.getid(), u.source] for u in store.units], ensure_ascii=False))'
    ].join('\n')
    const output = execFileSync(systemPython, ['-c', script, file], { encoding: 'utf8' })
    expect(JSON.parse(output)).toEqual([
      ['post-war-international-order', '战后国际秩序'],
      ['xi-jinping', '习近平']
    ])
  })

  it.runIf(existsSync(astronomySample))('should read the official TBX-Basic sample', () => {
    const index = readTbx(readFileSync(astronomySample, 'utf8'), 'Example_Astronomy_DCA_VALID.tbx')
    expect(index.concepts.length).toBeGreaterThan(40)
    const first = index.concepts[0]!
    expect([first.id, first.sourceLang, first.sourceText, first.domain]).toEqual(['c1', 'en', 'open cluster', 'General'])
    expect(first.gloss).toBe('A group of stars formed together in the spiral arms of a galaxy.')
  })

  it('should read TBX v2 with tig and ntig, DCT style and the ed:3.0 namespace', () => {
    const v2 = `<?xml version="1.0"?>
<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="t1"><descrip type="subjectField">trade</descrip>
    <langSet xml:lang="zh"><tig><term>稀土</term></tig></langSet>
    <langSet xml:lang="fr"><ntig><termGrp><term>terres rares</term><termNote type="administrativeStatus">preferred</termNote></termGrp></ntig>
      <tig><term>métaux rares</term><termNote type="administrativeStatus">forbidden</termNote></tig></langSet>
  </termEntry>
</body></text></martif>`
    expect(readTbx(v2, 'v2.tbx').concepts[0]!.terms.map((term) => [term.lang, term.text, term.status, term.isSource])).toEqual([
      ['zh', '稀土', 'admitted', true],
      ['fr', 'terres rares', 'preferred', false],
      ['fr', 'métaux rares', 'forbidden', false]
    ])
    const dct = `<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed:3.0" xmlns:basic="http://www.tbxinfo.net/ns/basic" xmlns:min="http://www.tbxinfo.net/ns/min">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="c9"><min:subjectField>trade</min:subjectField><langSec xml:lang="vi"><termSec><term>thuế quan</term><min:administrativeStatus>admittedTerm-admn-sts</min:administrativeStatus></termSec></langSec></conceptEntry>
</body></text></tbx>`
    const concept = readTbx(dct, 'dct.tbx').concepts[0]!
    expect([concept.domain, concept.terms[0]!.text, concept.terms[0]!.status]).toEqual(['trade', 'thuế quan', 'admitted'])
  })
})

describe('hostile and malformed TBX', () => {
  const shell = (inside: string): string => `<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" xml:lang="en"><text><body>${inside}</body></text></tbx>`

  it('should refuse external entities', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>${shell('<conceptEntry id="a"><langSec xml:lang="fr"><termSec><term>&secret;</term></termSec></langSec></conceptEntry>')}`
    expect(() => readTbx(xxe, 'xxe.tbx')).toThrow(/xxe\.tbx: refuses a DOCTYPE that declares entities/)
  })

  it('should refuse an entity-expansion bomb quickly', () => {
    const entities = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)].join('')
    const bomb = `<?xml version="1.0"?><!DOCTYPE tbx [${entities}]>${shell('<conceptEntry id="a"><langSec xml:lang="fr"><termSec><term>&lol9;</term></termSec></langSec></conceptEntry>')}`
    expect(() => readTbx(bomb, 'bomb.tbx')).toThrow(/bomb\.tbx: refuses a DOCTYPE that declares entities/)
  })

  it('should refuse a file over the size limit before parsing it', () => {
    const huge = shell('<conceptEntry id="a">') + ' '.repeat(101 * 1024 * 1024)
    expect(() => readTbx(huge, 'huge.tbx')).toThrow(/huge\.tbx: is \d+ characters long, more than the limit/)
  })

  it.each([
    ['<tbx><text><body><conceptEntry id="a">', /not well-formed XML/],
    ['<html/>', /not a TBX file \(root element <html>\)/],
    ['', /is empty|not well-formed/],
    [shell('<conceptEntry id="a"><langSec xml:lang="fr"><termSec><term> </term></termSec></langSec></conceptEntry>'), /entry 1 \("a"\): a fr <termSec> has no term text/],
    [shell('<conceptEntry id="a"><langSec xml:lang="klingon"><termSec><term>x</term></termSec></langSec></conceptEntry>'), /entry 1 \("a"\): unknown language "klingon"/],
    [shell('<conceptEntry id="a"><langSec xml:lang="fr"><termSec><term>x</term><termNote type="administrativeStatus">great</termNote></termSec></langSec></conceptEntry>'), /unknown administrativeStatus "great"/],
    [shell('<conceptEntry id="a"><langSec xml:lang="fr"><termSec><term>x</term></termSec></langSec></conceptEntry><conceptEntry id="a"><langSec xml:lang="fr"><termSec><term>y</term></termSec></langSec></conceptEntry>'), /duplicate concept id "a"/]
  ])('should refuse %j with a clear error', (text, message) => {
    expect(() => readTbx(text, 'bad.tbx')).toThrow(message)
  })
})
