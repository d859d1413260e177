import type { Bead, Segment } from '@renderings/types'
import { alignSentences } from './aligner.js'
import type { AlignOptions } from './options.js'

/**
 * Align two lists of segments (from `@renderings/segment`) by their text.
 * Bead indices are positions in the two lists, not the segments' own
 * `sentence` numbers, which count through the whole document. Each side's
 * language is its segments' own when they all share one, unless the
 * options name it.
 */
export function alignSegments(source: readonly Segment[], target: readonly Segment[], options: AlignOptions = {}): Bead[] {
  return alignSentences(
    source.map((segment) => segment.text),
    target.map((segment) => segment.text),
    { ...options, sourceLang: options.sourceLang ?? sharedLanguage(source), targetLang: options.targetLang ?? sharedLanguage(target) }
  )
}

/** The language all the segments share, if they do. */
function sharedLanguage(segments: readonly Segment[]): string | undefined {
  const lang = segments[0]?.lang
  return segments.every((segment) => segment.lang === lang) ? lang : undefined
}
