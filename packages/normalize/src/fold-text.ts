import { isCombiningMark, isLineBreak, isSpaceSeparator } from './character-classes.js'
import { clusterEnd, foldClusterCached } from './fold-cluster.js'
import { collapsedRunEnd, collapsedRunUnit } from './white-space-run.js'
import type { NormalizeOptions } from './normalize-for-matching.js'

// Folded clusters per option set, shared by all calls: glossary keys repeat
// the same accented letters endlessly. Cleared when large (CJK has many).
const caches = new Map<string, Map<string, string>>()
const cacheLimit = 50_000

/**
 * Exactly `normalizeForMatching(text, options).text`, without the offset
 * map: for glossary keys, where building typed-array columns for millions of
 * short strings would dominate the time.
 */
export function foldText(text: string, options: NormalizeOptions = {}): string {
  const foldCase = options.foldCase === true
  const collapse = options.collapseWhitespace === true
  const cacheKey = `${foldCase ? 1 : 0}${options.foldDiacritics ? 1 : 0}`
  let cache = caches.get(cacheKey)
  if (!cache || cache.size > cacheLimit) {
    cache = new Map()
    caches.set(cacheKey, cache)
  }
  let out = ''
  let index = 0
  const size = text.length
  while (index < size) {
    const code = text.charCodeAt(index)
    if (code < 0x80 && (index + 1 >= size || text.charCodeAt(index + 1) < 0x300 || !isCombiningMark(text.charCodeAt(index + 1)))) {
      if (code <= 0x20 && collapse && (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c)) {
        const end = collapsedRunEnd(text, index)
        out += String.fromCharCode(collapsedRunUnit(text, index, end))
        index = end
        continue
      }
      out += String.fromCharCode(code === 0x09 ? 0x20 : foldCase && code >= 0x41 && code <= 0x5a ? code + 32 : code)
      index++
      continue
    }
    const first = text.codePointAt(index)!
    if (collapse && (isSpaceSeparator(first) || isLineBreak(first))) {
      const end = collapsedRunEnd(text, index)
      out += String.fromCharCode(collapsedRunUnit(text, index, end))
      index = end
      continue
    }
    const end = clusterEnd(text, index, first)
    const folded = foldClusterCached(cache, text.slice(index, end), options)
    out += folded
    index = end
  }
  return out
}
