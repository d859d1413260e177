import type { Bead, Segment } from '@renderings/types'
import { alignSentences } from './aligner.js'
import type { AlignOptions } from './options.js'

/**
 * Align two lists of segments (from `@renderings/segment`) by their text.
 * Bead indices are positions in the two lists, not the segments' own
 * `sentence` numbers, which count through the whole document. The
 * languages are the segments' own (the most frequent, by text length),
 * unless the options name them.
 */
export function alignSegments(source: readonly Segment[], target: readonly Segment[], options: AlignOptions = {}): Bead[] {
  return alignSentences(
    source.map((segment) => segment.text),
    target.map((segment) => segment.text),
    { sourceLang: majorityLanguage(source), targetLang: majorityLanguage(target), ...options }
  )
}

function majorityLanguage(segments: readonly Segment[]): string | undefined {
  const sizes = new Map<string, number>()
  for (const segment of segments) sizes.set(segment.lang, (sizes.get(segment.lang) ?? 0) + segment.text.length)
  let best: string | undefined
  for (const [lang, size] of sizes) if (best === undefined || size > sizes.get(best)!) best = lang
  return best
}
