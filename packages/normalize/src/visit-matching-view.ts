import { MatchingFold } from './matching-fold.js'
import type { NormalizeOptions } from './normalize-for-matching.js'

/** Receives each code unit of the matching view with the original span `[start, end)` it came from. */
export type MatchingUnitVisitor = (unit: number, start: number, end: number) => void

/**
 * Stream the matching view of `text` (the units of
 * `normalizeForMatching(text, options).text`, with the same original spans)
 * without building it, in constant memory. A loop that must be fast (the
 * term matcher) takes its steps from {@link MatchingFold} itself, with no
 * call per unit.
 */
export function visitMatchingView(text: string, options: NormalizeOptions, visit: MatchingUnitVisitor): void {
  const fold = new MatchingFold(options)
  const size = text.length
  let index = 0
  while (index < size) {
    const unit = fold.quick(text.charCodeAt(index), index + 1 < size ? text.charCodeAt(index + 1) : 0)
    if (unit >= 0) {
      visit(unit, index, index + 1)
      index++
      continue
    }
    const end = fold.step(text, index)
    for (let position = 0; position < fold.count; position++) visit(fold.units[position]!, index, end)
    index = end
  }
}
