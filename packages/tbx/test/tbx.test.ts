import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as tbx from '@renderings/tbx'
import { canonicalIndex, readTbx, readTbxStream, writeTbx, type TbxItem } from '@renderings/tbx'
import type { TermIndex } from '@renderings/types'
import { richIndex } from './fixtures.js'
import { requireTools, systemPython, translateToolkit } from '../../../test/support/external-tools.js'
import { astronomySample, relaxNgErrors, schematronErrors, tbxBasicSchemas, tbxBasicTools } from '../../../test/support/tbx-basic.js'
import { repositoryRoot } from '../../../test/support/paths.js'

const folder = mkdtempSync(join(tmpdir(), 'renderings-tbx-'))
// An export made before the export became valid TBX-Basic (private rdg: elements).
const legacyExport = join(repositoryRoot, 'test', 'fixtures', 'check', 'example', 'glossary.tbx')

describe('@renderings/tbx', () => {
  it('should expose the public api', () => {
    expect(Object.keys(tbx).sort()).toEqual(['TbxReader', 'canonicalIndex', 'csvColumns', 'readGlossaryCsv', 'readTbx', 'readTbxStream', 'tbxNamespace', 'writeGlossaryCsv', 'writeTbx'])
  })
})

describe('TBX export and import', () => {
  it.each([3, 2] as const)('should round-trip every field we keep, byte for byte (TBX v%i)', (version) => {
    const first = writeTbx(richIndex, { version })
    const read = readTbx(first, 'first.tbx')
    expect(read).toEqual(canonicalIndex(richIndex))
    expect(writeTbx(read, { version })).toBe(first)
  })

  it('should say everything in TBX-Basic data categories: statuses, subsets, context groups with outlet, source and place', () => {
    const text = writeTbx(richIndex)
    expect(text).toContain('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">')
    expect(text).not.toContain('rdg:')
    expect(text).toContain('<termNote type="administrativeStatus">supersededTerm-admn-sts</termNote>')
    expect(text).toMatch(/<term>ordre international post-guerre<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts<\/termNote>\s*<admin type="projectSubset">forbidden<\/admin>/)
    expect(text).toMatch(/<adminGrp>\s*<admin type="projectSubset">contested<\/admin>\s*<note>frames Taiwan as settled in 1945<\/note>\s*<\/adminGrp>/)
    expect(text).toMatch(
      /<descripGrp>\s*<descrip type="context">Le cadre d’un « ordre international d’après-guerre »\n {2}est mobilisé<\/descrip>\s*<admin type="customerSubset">Le Grand Continent<\/admin>\s*<admin type="source">Le Grand Continent, 2025-11-25, document 000, sentence 11<\/admin>\s*<note>attestation doc=000 date=2025-11-25 sentence=11 start=1500 end=1534 origin=curated contextStart=1484<\/note>/
    )
    // No context sentence: the descrip holds the attested text, and the record says so.
    expect(text).toContain('<note>attestation doc=001 date=unknown sentence=3 start=10 end=44 origin=mined context=none</note>')
    // An id that is not an XML name, a carriage return, a document id with spaces, a text the context cannot give.
    expect(text).toContain('<conceptEntry id="_x0032_024_x0020_tariff_x005F_x0041_truce">')
    expect(text).toContain('La trêve tarifaire&#xD;\n')
    expect(text).toContain('<note>attestation doc=wire%207%20%25 date=2025-11-26 sentence=0 start=3 end=18 origin=mined text=trêve%20tarifaire</note>')
    expect(text).toMatch(/<back>\s*<refObjectSec type="renderingsDocuments">\s*<refObject>\s*<item type="id">000<\/item>/)
    // One language section per language: the second Chinese term sits with the source.
    const start = text.indexOf('<conceptEntry id="post-war-international-order">')
    const order = text.slice(start, text.indexOf('</conceptEntry>', start))
    expect(order.match(/<langSec xml:lang="zh">/g)).toHaveLength(1)
  })

  it('should write an empty glossary as a valid file without a body, and read it back', () => {
    const empty = writeTbx({ concepts: [] })
    expect(empty).not.toContain('<body')
    expect(readTbx(empty, 'empty.tbx')).toEqual({ concepts: [] })
  })

  it('should pass the official TBX-Basic checks whole: core RELAX NG (jing) and DCA Schematron (Saxon)', (context) => {
    requireTools(context, ...tbxBasicTools)
    const file = join(folder, 'export.tbx')
    writeFileSync(file, writeTbx(richIndex))
    expect(relaxNgErrors(file)).toEqual([])
    expect(schematronErrors(file)).toEqual([])
    const empty = join(folder, 'empty.tbx')
    writeFileSync(empty, writeTbx({ concepts: [] }))
    expect([...relaxNgErrors(empty), ...schematronErrors(empty)]).toEqual([])
    // The same checks refuse what the export used to write: they can fail.
    const legacy = schematronErrors(legacyExport)
    expect(legacy.length).toBeGreaterThan(0)
    expect(legacy[0]).toMatch(/^DCT style elements are not permitted in DCA style TBX\. at \/tbx\/text\/body\/conceptEntry\[1\]\/langSec\[1\]\/termSec\/sourceTerm/)
  })

  it('should be read by translate-toolkit (TBX v2 names) with every id, source, first term per language and note', (context) => {
    requireTools(context, translateToolkit)
    const file = join(folder, 'export-v2.tbx')
    writeFileSync(file, writeTbx(richIndex, { version: 2 }))
    const script = [
      'import sys, json',
      'from translate.storage import tbx',
      'store = tbx.tbxfile.parsefile(sys.argv[1])',
      'langs = lambda u: [n.get("{http://www.w3.org/XML/1998/namespace}lang") for n in u.getlanguageNodes()]',
      'print(json.dumps([[u.getid(), u.source, {l: u.gettarget(l) for l in langs(u)}, u.getnotes()] for u in store.units], ensure_ascii=False))'
    ].join('\n')
    const units = JSON.parse(execFileSync(systemPython, ['-c', script, file], { encoding: 'utf8' })) as [string, string, Record<string, string>, string][]
    const concepts = canonicalIndex(richIndex).concepts
    // translate-toolkit returns the id as written (an XML name) and one term per language: its model has no room for more.
    expect(units.map(([id]) => id)).toEqual(concepts.map((concept) => concept.id.replace(/ /g, '_x0020_').replace(/^2/, '_x0032_').replace('_x0041_', '_x005F_x0041_')))
    expect(units.map(([, source]) => source)).toEqual(concepts.map((concept) => concept.sourceText))
    for (const [position, concept] of concepts.entries()) {
      const [, , targets, notes] = units[position]!
      const firstTerms = Object.fromEntries([...concept.terms].reverse().map((term) => [term.lang, term.text]))
      expect(targets).toEqual(firstTerms)
      for (const note of [concept.note, concept.contested, ...concept.terms.map((term) => term.note)]) if (note) expect(notes).toContain(note)
    }
  })

  it('should read the official TBX-Basic sample', (context) => {
    requireTools(context, tbxBasicSchemas)
    const index = readTbx(readFileSync(astronomySample, 'utf8'), 'Example_Astronomy_DCA_VALID.tbx')
    expect(index.concepts.length).toBeGreaterThan(40)
    const first = index.concepts[0]!
    expect([first.id, first.sourceLang, first.sourceText, first.domain]).toEqual(['c1', 'en', 'open cluster', 'General'])
    expect(first.gloss).toBe('A group of stars formed together in the spiral arms of a galaxy.')
  })

  it('should read the private rdg: elements of older exports: source term, forbidden, contested, attestations', () => {
    const index = readTbx(readFileSync(legacyExport, 'utf8'), 'glossary.tbx')
    const duties = index.concepts.find((concept) => concept.id === 'customs-duties')!
    expect([duties.sourceLang, duties.sourceText]).toEqual(['zh', '关税'])
    const attestation = duties.terms.find((term) => term.text === 'droits de douane')!.attestations[0]!
    expect([attestation.doc, attestation.start, attestation.end, attestation.text, attestation.contextStart]).toEqual(['001_dab5832292d449bf', 1979, 1995, 'droits de douane', 1922])
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

describe('streaming TBX', () => {
  async function* pieces(text: string, size: number): AsyncGenerator<string> {
    for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size)
  }
  async function collect(text: string, size: number): Promise<TbxItem[]> {
    const items: TbxItem[] = []
    for await (const item of readTbxStream(pieces(text, size), 'stream.tbx')) items.push(item)
    return items
  }

  it('should give the same glossary whatever the pieces the file arrives in', async () => {
    const text = writeTbx(richIndex)
    for (const size of [1, 7, 4096, text.length]) {
      const items = await collect(text, size)
      const index: TermIndex = {
        documents: items.flatMap((item) => (item.kind === 'documents' ? item.documents : [])),
        concepts: items.flatMap((item) => (item.kind === 'concept' ? [item.concept] : []))
      }
      expect(index).toEqual(canonicalIndex(richIndex))
    }
  })

  it('should report an entry it cannot take, with its number, id and line, and go on', async () => {
    const entry = (id: string, lang: string, term: string): string => `<conceptEntry id="${id}"><langSec xml:lang="${lang}"><termSec><term>${term}</term></termSec></langSec></conceptEntry>\n`
    const text = `<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><text><body>\n${entry('a', 'fr', 'x')}${entry('b', 'klingon', 'y')}${entry('a', 'fr', 'z')}${entry('c', 'vi', 'w')}</body></text></tbx>`
    const items = await collect(text, 5)
    expect(items.map((item) => (item.kind === 'invalid' ? item.error.message : item.kind === 'concept' ? item.concept.id : item.kind))).toEqual([
      'a',
      'stream.tbx: entry 2 ("b", line 3): unknown language "klingon"',
      'stream.tbx: entry 3 ("a", line 4): duplicate concept id "a"',
      'c'
    ])
    expect(() => readTbx(text, 'whole.tbx')).toThrow(/whole\.tbx: entry 2 \("b", line 3\): unknown language "klingon"/)
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

  it('should refuse one entry of absurd size instead of holding it', () => {
    const huge = shell(`<conceptEntry id="a"><note>${'x'.repeat(5000)}</note></conceptEntry>`)
    expect(() => readTbx(huge, 'huge.tbx', { maxSubtreeLength: 1000 })).toThrow(/huge\.tbx: line 1: one <conceptEntry> holds more than 1000 characters/)
  })

  it.each([
    ['<tbx><text><body><conceptEntry id="a">', /not well-formed XML/],
    ['<html/>', /not a TBX file \(root element <html>\)/],
    ['', /is empty|not well-formed/],
    ['<tbx xmlns="urn:iso:std:iso:30042:ed-2"/>', /has no <text> section/],
    [shell('<conceptEntry id="a"><langSec xml:lang="fr"><termSec><term> </term></termSec></langSec></conceptEntry>'), /entry 1 \("a", line 1\): a fr <termSec> has no term text/],
    [shell('<conceptEntry id="a"><langSec xml:lang="klingon"><termSec><term>x</term></termSec></langSec></conceptEntry>'), /entry 1 \("a", line 1\): unknown language "klingon"/],
    [shell('<conceptEntry id="a"><langSec xml:lang="fr"><termSec><term>x</term><termNote type="administrativeStatus">great</termNote></termSec></langSec></conceptEntry>'), /unknown administrativeStatus "great"/],
    [shell('<conceptEntry id="a"><langSec xml:lang="fr"><termSec><term>x</term><descripGrp><descrip type="context">x y</descrip><admin type="customerSubset">o</admin><note>attestation doc=d date=u sentence=1 start=5 end=2 origin=curated</note></descripGrp></termSec></langSec></conceptEntry>'), /term "x": attestation offsets \[5, 2\) are empty/],
    [shell('<conceptEntry id="a"><langSec xml:lang="fr"><termSec><term>x</term></termSec></langSec></conceptEntry><conceptEntry id="a"><langSec xml:lang="fr"><termSec><term>y</term></termSec></langSec></conceptEntry>'), /duplicate concept id "a"/]
  ])('should refuse %j with a clear error', (text, message) => {
    expect(() => readTbx(text, 'bad.tbx')).toThrow(message)
  })
})
