import type { BlockKind, LanguageBlock } from '@renderings/types'
import { comparable, type ClassifiedParagraph, type ParagraphKind } from './paragraph-kinds.js'

const blockKindOf: Record<ParagraphKind, BlockKind> = {
  title: 'title',
  heading: 'heading',
  body: 'body',
  bullet: 'body',
  byline: 'byline',
  boilerplate: 'boilerplate',
  'sources-heading': 'sources',
  'source-item': 'sources'
}

/** A block with the classified paragraphs it was made of. */
export interface BuiltBlock {
  block: LanguageBlock
  paragraphs: ClassifiedParagraph[]
}

/**
 * Consecutive paragraphs of one language and one block kind make a block.
 * A block whose text repeats an earlier block's (a title printed twice) gets
 * `repeatOf`. The sources list keeps the language of its heading, whatever
 * the language of the titles it lists.
 */
export function buildBlocks(text: string, paragraphs: readonly ClassifiedParagraph[]): BuiltBlock[] {
  const built: BuiltBlock[] = []
  const seenTexts = new Set<string>()
  for (const paragraph of paragraphs) {
    const kind = blockKindOf[paragraph.kind]
    const last = built[built.length - 1]
    // A title printed twice in a row is two blocks, so the second can be marked a repeat.
    let repeatsText = false
    if (paragraph.kind === 'title') {
      const key = comparable(text.slice(paragraph.start, paragraph.end))
      repeatsText = seenTexts.has(key)
      seenTexts.add(key)
    }
    const sameRun = kind === 'sources' ? paragraph.kind === 'source-item' : last?.block.lang === paragraph.lang && !repeatsText
    if (last !== undefined && last.block.kind === kind && sameRun) {
      last.paragraphs.push(paragraph)
      last.block.end = paragraph.end
      last.block.paragraphs.push({ start: paragraph.start, end: paragraph.end })
      continue
    }
    const block: LanguageBlock = { index: built.length, lang: paragraph.lang, kind, start: paragraph.start, end: paragraph.end, paragraphs: [{ start: paragraph.start, end: paragraph.end }] }
    built.push({ block, paragraphs: [paragraph] })
  }
  const seen = new Map<string, number>()
  for (const { block } of built) {
    const key = `${block.kind}\u0000${comparable(text.slice(block.start, block.end))}`
    const first = seen.get(key)
    if (first === undefined) seen.set(key, block.index)
    else block.repeatOf = first
  }
  return built
}
