import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { segmentDocument } from '@renderings/segment'
import { seedsFolder } from '../../../test/support/paths.js'
import { expectInvariants } from './invariants.js'

/**
 * Gold per seed, written by reading each text: its blocks (language, kind,
 * repeat, paragraph count) and, per block, its segments as
 * `[kind, paragraph, text, footnote labels?]`.
 */
interface GoldBlock {
  lang: string
  kind: string
  repeatOf?: number
  paragraphs: number
  segments: Array<[string, number, string, string[]?]>
}

const fixtures = join(import.meta.dirname, 'fixtures')
const seeds = readdirSync(seedsFolder).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4))

describe('segmentDocument on the seeds', () => {
  it('should have a gold fixture for every seed', () => {
    expect(seeds).toHaveLength(5)
    for (const id of seeds) expect(readdirSync(fixtures)).toContain(`${id}.json`)
  })

  for (const id of seeds) {
    it(`should match the hand-made gold of ${id} exactly`, () => {
      const gold = JSON.parse(readFileSync(join(fixtures, `${id}.json`), 'utf8')) as { doc: string; blocks: GoldBlock[] }
      const text = readFileSync(join(seedsFolder, `${id}.txt`), 'utf8')
      const document = segmentDocument(text, { doc: id })
      const actual: GoldBlock[] = document.blocks.map((block) => ({
        lang: block.lang,
        kind: block.kind,
        ...(block.repeatOf === undefined ? {} : { repeatOf: block.repeatOf }),
        paragraphs: block.paragraphs.length,
        segments: document.segments
          .filter((segment) => segment.block === block.index)
          .map((segment) => {
            const entry: [string, number, string, string[]?] = [segment.kind, segment.paragraph, segment.text]
            if (segment.footnotes.length > 0) entry.push(segment.footnotes.map((footnote) => footnote.label))
            return entry
          })
      }))
      expect(actual).toEqual(gold.blocks)
      expect(document.segments.every((segment) => segment.doc === id)).toBe(true)
      expectInvariants(document)
    })
  }

  it('should cut seed 003 into the titles and the two parallel bodies', () => {
    const text = readFileSync(join(seedsFolder, '003_b9c731b561ac0d7c.txt'), 'utf8')
    const blocks = segmentDocument(text, { doc: '003' }).blocks
    expect(blocks.map((block) => [block.lang, block.kind, block.repeatOf, block.paragraphs.length])).toEqual([
      ['fr', 'title', undefined, 1],
      ['en', 'title', undefined, 1],
      ['fr', 'title', 0, 1],
      ['fr', 'body', undefined, 5],
      ['vi', 'title', undefined, 1],
      ['vi', 'body', undefined, 5]
    ])
  })

  it('should attach the Vietnamese words of several syllables to the segments of seed 003', () => {
    const text = readFileSync(join(seedsFolder, '003_b9c731b561ac0d7c.txt'), 'utf8')
    const document = segmentDocument(text, { doc: '003' })
    const vietnamese = document.segments.filter((segment) => segment.lang === 'vi')
    expect(vietnamese.length).toBeGreaterThan(10)
    const words = vietnamese.flatMap((segment) => segment.words ?? []).map((word) => word.text)
    // The glossary's terms and the article's names come out whole.
    for (const expected of ['Tập Cận Bình', 'đất hiếm', 'thuế quan', 'Trung Quốc']) expect(words).toContain(expected)
    expect(document.segments.filter((segment) => segment.lang !== 'vi').every((segment) => segment.words === undefined)).toBe(true)
  })
})
