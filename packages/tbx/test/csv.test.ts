import { describe, expect, it } from 'vitest'
import { canonicalIndex, csvColumns, readGlossaryCsv, writeGlossaryCsv } from '@renderings/tbx'
import { richIndex } from './fixtures.js'

describe('CSV export and import', () => {
  it('should round-trip every field of concepts, terms and attestations, byte for byte', () => {
    const first = writeGlossaryCsv(richIndex)
    expect(first.split('\n')[0]).toBe(csvColumns.join(','))
    const read = readGlossaryCsv(first, 'g.csv')
    // One row per term: the documents table does not travel in CSV (TBX and JSON carry it).
    expect(read).toEqual(canonicalIndex({ concepts: richIndex.concepts }))
    expect(writeGlossaryCsv(read)).toBe(first)
  })

  it('should read a hand-written sheet with only the required columns, CRLF rows and quoted commas', () => {
    const index = readGlossaryCsv('concept_id,lang,text,status\r\ntariffs,zh,关税,preferred\r\ntariffs,fr,"droits de douane, taxes",admitted\r\n', 'sheet.csv')
    expect(index.concepts[0]!.terms.map((term) => [term.lang, term.text, term.isSource])).toEqual([
      ['zh', '关税', true],
      ['fr', 'droits de douane, taxes', false]
    ])
  })

  it.each([
    ['', /sheet\.csv: is empty/],
    ['lang,text\nfr,x\n', /has no "concept_id" column/],
    ['concept_id,lang,text\na,xx1,y\n', /line 2: unknown language "xx1"/],
    ['concept_id,lang,text,status\na,fr,y,great\n', /line 2: unknown status "great"/],
    ['concept_id,lang,text\na,fr,"unclosed\n', /line 2: a quoted field is never closed/],
    ['concept_id,lang,text,attestations\na,fr,y,"[{""doc"":1}]"\n', /line 2: an attestation lacks/],
    ['concept_id,lang,text\na,fr,y"z\n', /line 2: a quote inside an unquoted field/],
    ['concept_id,lang,text\na,fr,y\na,fr,y\n', /line 3: duplicate fr term "y"/]
  ])('should refuse %j naming the file and line', (text, message) => {
    expect(() => readGlossaryCsv(text, 'sheet.csv')).toThrow(message)
  })
})
