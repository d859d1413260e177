import { sharedMatchingFold } from './matching-fold.js'
import type { NormalizeOptions } from './normalize-for-matching.js'

/**
 * Exactly `normalizeForMatching(text, options).text`, without the offset
 * map: for glossary keys, where building typed-array columns for millions of
 * short strings would dominate the time.
 */
export function foldText(text: string, options: NormalizeOptions = {}): string {
  const fold = sharedMatchingFold(options)
  let out = ''
  let index = 0
  const size = text.length
  while (index < size) {
    const unit = fold.quick(text.charCodeAt(index), index + 1 < size ? text.charCodeAt(index + 1) : 0)
    if (unit >= 0) {
      out += String.fromCharCode(unit)
      index++
      continue
    }
    const end = fold.step(text, index)
    for (let position = 0; position < fold.count; position++) out += String.fromCharCode(fold.units[position]!)
    index = end
  }
  return out
}
