import type { Segment } from '@renderings/types'
import type { BuiltBlock } from './blocks.js'

/** A number closing a sentence: `… Tokyo 2.`, `… américain 1` */
const finalNumber = /\s(\d{1,3})\.?$/u

/**
 * When the document has a numbered sources or notes list, a number closing
 * a sentence elsewhere that is one of the list's numbers is a footnote call,
 * even after a plain space (typography alone told parse-fr only about calls
 * after a no-break space or a quotation).
 */
export function addListedFootnotes(segments: Segment[], blocks: readonly BuiltBlock[]): void {
  const labels = new Set<string>()
  for (const { block, paragraphs } of blocks) {
    if (block.kind !== 'sources') continue
    for (const paragraph of paragraphs) if (paragraph.label !== undefined) labels.add(paragraph.label)
  }
  if (labels.size === 0) return
  for (const segment of segments) {
    if (segment.kind !== 'sentence' && segment.kind !== 'bullet') continue
    const match = finalNumber.exec(segment.text)
    if (match === null || !labels.has(match[1]!)) continue
    const start = segment.start + match.index + match[0].indexOf(match[1]!)
    if (segment.footnotes.some((footnote) => footnote.start === start)) continue
    segment.footnotes.push({ start, end: start + match[1]!.length, label: match[1]! })
  }
}
