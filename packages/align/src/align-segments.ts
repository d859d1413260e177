import type { Bead, Segment } from '@renderings/types'
import { alignSentences } from './aligner.js'
import type { AlignOptions } from './options.js'

/**
 * Align two lists of segments (from `@renderings/segment`) by their text.
 * Bead indices are positions in the two lists, not the segments' own
 * `sentence` numbers, which count through the whole document.
 */
export function alignSegments(source: readonly Segment[], target: readonly Segment[], options: AlignOptions = {}): Bead[] {
  return alignSentences(
    source.map((segment) => segment.text),
    target.map((segment) => segment.text),
    options
  )
}
