import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as tmx from '@renderings/tmx'
import { readTmx, readTmxStream, tmxDate, writeTmx, type TmxItem, type TmxUnit } from '@renderings/tmx'
import { describe, expect, it } from 'vitest'
import { requireTools, systemPython, translateToolkit, xmllint } from '../../../test/support/external-tools.js'

const here = dirname(fileURLToPath(import.meta.url))
const header = { srcLang: 'fr', creationTool: 'renderings', creationToolVersion: '0.0.0', creationDate: '20260605T120000Z' }
const units: TmxUnit[] = [
  {
    id: 'b1',
    props: [{ type: 'x-doc', value: '003' }, { type: 'x-source-sentences', value: '3' }],
    variants: [
      { lang: 'fr', text: 'Le 5 juin, le président américain Donald Trump a eu un entretien avec « Xi Jinping ».' },
      { lang: 'vi', text: 'Ngày 5/6, Tổng thống Mỹ Donald Trump đã có cuộc điện đàm với Chủ tịch Tập Cận Bình.' }
    ]
  },
  { id: 'b2', variants: [{ lang: 'fr', text: 'A < B & "C" > D' }, { lang: 'zh', text: '战后国际秩序 😀' }] },
  { id: 'b3', variants: [{ lang: 'fr', text: 'Seul, sans traduction.' }] }
]

describe('@renderings/tmx', () => {
  it('should expose the public api', () => {
    expect(Object.keys(tmx).sort()).toEqual(['TmxReader', 'readTmx', 'readTmxStream', 'tmxDate', 'writeTmx', 'writeTmxDocument'])
  })

  it('writes the header TMX 1.4b requires and reads the same units back', () => {
    const xml = writeTmx(units, header)
    expect(xml).toMatch(/<tmx version="1\.4">/)
    for (const attribute of ['srclang="fr"', 'creationtool="renderings"', 'creationtoolversion="0.0.0"', 'datatype="plaintext"', 'segtype="sentence"', 'o-tmf="renderings"', 'adminlang="en"', 'creationdate="20260605T120000Z"']) {
      expect(xml).toContain(attribute)
    }
    const read = readTmx(xml)
    expect(read.header.srcLang).toBe('fr')
    expect(read.units).toEqual(units.map((unit) => ({ props: [], ...unit, variants: unit.variants.map((variant) => ({ props: [], ...variant })) })))
  })

  it('escapes markup characters and replaces characters XML forbids', () => {
    const xml = writeTmx([{ variants: [{ lang: 'fr', text: 'x\u0001y </seg><seg>' }] }], header)
    expect(xml).toContain('x\ufffdy &lt;/seg&gt;&lt;seg&gt;')
    expect(readTmx(xml).units[0]!.variants[0]!.text).toBe('x\ufffdy </seg><seg>')
  })

  it('leaves out units without variants', () => {
    expect(readTmx(writeTmx([{ variants: [] }], header)).units).toEqual([])
  })

  it('streams: the header, then each unit as it closes, the same whatever the pieces the file arrives in', async () => {
    const xml = writeTmx(units, header)
    const whole = readTmx(xml)
    for (const size of [1, 13, xml.length]) {
      async function* pieces(): AsyncGenerator<string> {
        for (let start = 0; start < xml.length; start += size) yield xml.slice(start, start + size)
      }
      const items: TmxItem[] = []
      for await (const item of readTmxStream(pieces(), { file: 'stream.tmx' })) items.push(item)
      expect(items).toEqual([{ kind: 'header', header: whole.header }, ...whole.units.map((unit) => ({ kind: 'unit', unit }))])
    }
    async function* broken(): AsyncGenerator<string> {
      yield xml.slice(0, 200)
      yield '</tmx>'
    }
    await expect(async () => {
      for await (const item of readTmxStream(broken(), { file: 'cut.tmx' })) void item
    }).rejects.toThrow(/cut\.tmx: line \d+: is not well-formed XML/)
  })

  it('formats dates as TMX wants them', () => {
    expect(tmxDate(new Date(Date.UTC(2025, 5, 5, 8, 9, 10)))).toBe('20250605T080910Z')
  })

  it('validates against the TMX 1.4b content model', (context) => {
    requireTools(context, xmllint)
    const folder = mkdtempSync(join(tmpdir(), 'tmx-'))
    const file = join(folder, 'out.tmx')
    writeFileSync(file, writeTmx(units, header))
    const result = spawnSync('xmllint', ['--noout', '--dtdvalid', join(here, 'fixtures', 'tmx14-written-subset.dtd'), file], { encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
  })

  it('is read back by translate-toolkit with the same units and text', (context) => {
    requireTools(context, translateToolkit)
    const folder = mkdtempSync(join(tmpdir(), 'tmx-'))
    const file = join(folder, 'out.tmx')
    writeFileSync(file, writeTmx(units.slice(0, 2), header))
    const script = [
      'import json, sys',
      'from translate.storage import tmx',
      'store = tmx.tmxfile.parsefile(sys.argv[1])',
      'print(json.dumps([[u.source, u.target] for u in store.units], ensure_ascii=False))'
    ].join('\n')
    const output = execFileSync(systemPython, ['-c', script, file], { encoding: 'utf8' })
    expect(JSON.parse(output)).toEqual(units.slice(0, 2).map((unit) => [unit.variants[0]!.text, unit.variants[1]!.text]))
  })

  describe('refuses bad input with one clear line naming the file', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['malformed XML', '<tmx version="1.4"><header', /bad\.tmx: line 1: is not well-formed XML/],
      ['an entity bomb', '<!DOCTYPE tmx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><tmx>&b;</tmx>', /internal subset/],
      ['an undefined entity', '<tmx version="1.4">&nbsp;</tmx>', /undefined entity/],
      ['another XML vocabulary', '<xliff version="1.2"/>', /is not TMX: the root element is <xliff>/],
      ['a header without srclang', '<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body/></tmx>', /lacks the required attribute srclang/],
      ['an empty text', '', /is empty/],
      ['a tuv without language', `${writeTmx([], header).replace('<body/>', '<body><tu><tuv><seg>x</seg></tuv></tu></body>')}`, /<tuv> without xml:lang/]
    ]
    for (const [name, text, message] of cases) {
      it(name, () => {
        expect(() => readTmx(text, { file: 'bad.tmx' })).toThrow(message)
        try {
          readTmx(text, { file: 'bad.tmx' })
        } catch (error) {
          expect((error as Error).name).toBe('RenderingsError')
          expect((error as Error).message).not.toContain('\n')
        }
      })
    }

    it('a text over the size limit', () => {
      expect(() => readTmx(writeTmx(units, header), { file: 'big.tmx', maxChars: 100 })).toThrow(/big\.tmx: is \d+ characters, more than the limit of 100/)
    })
  })
})
