import type { SegmentedDocument } from '@renderings/types'
import type { ParallelUnit } from './types.js'

/**
 * Parallel stretches of a document without an alignment: two blocks of the
 * same kind, in two languages (neither Chinese), with the same number of
 * paragraphs, are paired paragraph by paragraph (a translated op-ed printed
 * after its original). Repeated blocks (a title printed twice) are skipped.
 */
export function parallelUnitsFromParagraphs(document: SegmentedDocument): ParallelUnit[] {
  const blocks = document.blocks.filter((block) => block.repeatOf === undefined && block.lang !== 'zh' && block.paragraphs.length > 0)
  const units: ParallelUnit[] = []
  const used = new Set<number>()
  for (const source of blocks) {
    if (used.has(source.index)) continue
    const target = blocks.find(
      (other) => other.index > source.index && !used.has(other.index) && other.lang !== source.lang &&
        other.kind === source.kind && other.paragraphs.length === source.paragraphs.length &&
        (source.lang === 'vi') !== (other.lang === 'vi')
    )
    if (target === undefined) continue
    used.add(source.index).add(target.index)
    for (let paragraph = 0; paragraph < source.paragraphs.length; paragraph++) {
      units.push({
        source: document.segments.filter((segment) => segment.block === source.index && segment.paragraph === paragraph),
        target: document.segments.filter((segment) => segment.block === target.index && segment.paragraph === paragraph)
      })
    }
  }
  return units.filter((unit) => unit.source.length > 0 && unit.target.length > 0)
}
