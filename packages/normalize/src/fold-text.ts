import { isCombiningMark, isLineBreak, isSpaceSeparator } from './character-classes.js'
import { foldCluster } from './fold-cluster.js'
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
        index = appendRun(text, index)
        out += lastRun
        continue
      }
      out += String.fromCharCode(code === 0x09 ? 0x20 : foldCase && code >= 0x41 && code <= 0x5a ? code + 32 : code)
      index++
      continue
    }
    const first = text.codePointAt(index)!
    if (collapse && (isSpaceSeparator(first) || isLineBreak(first))) {
      index = appendRun(text, index)
      out += lastRun
      continue
    }
    let end = index + (first > 0xffff ? 2 : 1)
    while (end < size) {
      const mark = text.codePointAt(end)!
      if (!isCombiningMark(mark)) break
      end += mark > 0xffff ? 2 : 1
    }
    const cluster = text.slice(index, end)
    let folded = cache.get(cluster)
    if (folded === undefined) {
      folded = foldCluster(cluster, options)
      cache.set(cluster, folded)
    }
    out += folded
    index = end
  }
  return out
}

let lastRun = ' '

/** Same white-space collapsing as the offset-mapping view (see normalizeForMatching). */
function appendRun(text: string, index: number): number {
  let end = index
  let breaks = 0
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (!(code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || isLineBreak(code) || isSpaceSeparator(code))) break
    if (code === 0x0a ? text.charCodeAt(end - 1) !== 0x0d : isLineBreak(code)) breaks++
    end++
  }
  lastRun = breaks >= 2 ? '\n' : ' '
  return end
}
