import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type IndexBead, parseBeadLines } from '@renderings/align'
import type { BlockKind, LanguageBlock, Segment, SegmentedDocument } from '@renderings/types'
import { repositoryRoot } from './paths.js'

/** The hand-made gold alignment of seed 003 (`test/fixtures/align/seed-003.json`). */
export interface SeedAlignmentGold {
  file: string
  sentences: Record<string, string[]>
  blocks: Array<{ lang: string; kind: BlockKind; sentences: [number, number]; repeatOf?: number }>
  pairs: Array<{ source: string; target: string; gold: IndexBead[] }>
}

export function readSeedAlignmentGold(): SeedAlignmentGold {
  const raw = JSON.parse(readFileSync(join(repositoryRoot, 'test', 'fixtures', 'align', 'seed-003.json'), 'utf8')) as Omit<SeedAlignmentGold, 'pairs'> & {
    pairs: Array<{ source: string; target: string; gold: string[] }>
  }
  return { ...raw, pairs: raw.pairs.map((pair) => ({ source: pair.source, target: pair.target, gold: parseBeadLines(pair.gold.join('\n')) })) }
}

/**
 * The segmented document the gold describes: its blocks in order, each
 * sentence a segment (offsets into the text made by joining the blocks with
 * blank lines), as @renderings/segment would cut the seed.
 */
export function seedGoldDocument(gold: SeedAlignmentGold): SegmentedDocument {
  const blocks: LanguageBlock[] = []
  const segments: Segment[] = []
  let text = ''
  gold.blocks.forEach((block, index) => {
    if (text.length > 0) text += '\n\n'
    const start = text.length
    const sentences = gold.sentences[block.lang]!.slice(block.sentences[0], block.sentences[1])
    const paragraphStart = text.length
    sentences.forEach((sentence, offset) => {
      if (offset > 0) text += ' '
      if (block.repeatOf === undefined) {
        segments.push({ doc: '003', block: index, lang: block.lang, paragraph: 0, sentence: segments.length, kind: block.kind === 'title' ? 'title' : 'sentence', start: text.length, end: text.length + sentence.length, text: sentence, footnotes: [], han: [] })
      }
      text += sentence
    })
    blocks.push({ index, lang: block.lang, kind: block.kind, start, end: text.length, paragraphs: [{ start: paragraphStart, end: text.length }], ...(block.repeatOf === undefined ? {} : { repeatOf: block.repeatOf }) })
  })
  return { doc: '003', text, blocks, segments }
}
