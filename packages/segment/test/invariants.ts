import { expect } from 'vitest'
import type { SegmentedDocument } from '@renderings/types'

/**
 * What must hold for any segmented document: every span cuts its own text
 * out of the original, segments are in order without overlap, and each sits
 * inside its block's paragraph; Han runs sit inside their segment and words
 * inside their run; Vietnamese words inside their segment.
 */
export function expectInvariants(document: SegmentedDocument): void {
  const { text } = document
  let previousEnd = 0
  for (const [index, segment] of document.segments.entries()) {
    expect(segment.sentence).toBe(index)
    expect(segment.start).toBeGreaterThanOrEqual(previousEnd)
    expect(segment.end).toBeGreaterThan(segment.start)
    expect(text.slice(segment.start, segment.end)).toBe(segment.text)
    expect(segment.text).toBe(segment.text.trim())
    const block = document.blocks[segment.block]!
    expect(block.lang).toBe(segment.lang)
    const paragraph = block.paragraphs[segment.paragraph]!
    expect(segment.start).toBeGreaterThanOrEqual(paragraph.start)
    expect(segment.end).toBeLessThanOrEqual(paragraph.end)
    for (const footnote of segment.footnotes) {
      expect(text.slice(footnote.start, footnote.end)).toBe(footnote.label)
      expect(footnote.start).toBeGreaterThanOrEqual(segment.start)
      expect(footnote.end).toBeLessThanOrEqual(segment.end)
    }
    for (const run of segment.han) {
      expect(text.slice(run.start, run.end)).toBe(run.text)
      expect(run.start).toBeGreaterThanOrEqual(segment.start)
      expect(run.end).toBeLessThanOrEqual(segment.end)
      for (const word of run.words) {
        expect(text.slice(word.start, word.end)).toBe(word.text)
        expect(word.start).toBeGreaterThanOrEqual(run.start)
        expect(word.end).toBeLessThanOrEqual(run.end)
      }
    }
    // Vietnamese words: in Vietnamese segments only, in order, each inside its segment and of two syllables or more.
    if (segment.lang !== 'vi') expect(segment.words).toBeUndefined()
    let wordEnd = segment.start
    for (const word of segment.words ?? []) {
      expect(text.slice(word.start, word.end)).toBe(word.text)
      expect(word.start).toBeGreaterThanOrEqual(wordEnd)
      expect(word.end).toBeLessThanOrEqual(segment.end)
      expect(word.text).toMatch(/\S\s+\S/u)
      wordEnd = word.end
    }
    previousEnd = segment.end
  }
  let blockEnd = 0
  for (const [index, block] of document.blocks.entries()) {
    expect(block.index).toBe(index)
    expect(block.start).toBeGreaterThanOrEqual(blockEnd)
    expect(block.paragraphs[0]!.start).toBe(block.start)
    expect(block.paragraphs[block.paragraphs.length - 1]!.end).toBe(block.end)
    if (block.repeatOf !== undefined) expect(block.repeatOf).toBeLessThan(index)
    blockEnd = block.end
  }
}
