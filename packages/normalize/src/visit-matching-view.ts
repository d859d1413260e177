import { isCombiningMark, isLineBreak, isSpaceSeparator } from './character-classes.js'
import { foldCluster } from './fold-cluster.js'
import type { NormalizeOptions } from './normalize-for-matching.js'

/** Receives each code unit of the matching view with the original span `[start, end)` it came from. */
export type MatchingUnitVisitor = (unit: number, start: number, end: number) => void

/**
 * Stream the matching view of `text` (the units of
 * `normalizeForMatching(text, options).text`, with the same original spans)
 * without building it: a matcher can step through a 100 MB text in constant
 * memory. The loop mirrors the one that builds the view (kept apart so that
 * the view's column writes stay plain local stores); a test checks they agree.
 */
export function visitMatchingView(text: string, options: NormalizeOptions, visit: MatchingUnitVisitor): void {
  const foldCase = options.foldCase === true
  const collapse = options.collapseWhitespace === true
  const cache = new Map<string, string>()
  const size = text.length
  let index = 0
  while (index < size) {
    const code = text.charCodeAt(index)
    if (code < 0x80 && (index + 1 >= size || text.charCodeAt(index + 1) < 0x300 || !isCombiningMark(text.charCodeAt(index + 1)))) {
      if (code <= 0x20 && collapse && (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c)) {
        index = visitRun(text, index, visit)
        continue
      }
      visit(code === 0x09 ? 0x20 : foldCase && code >= 0x41 && code <= 0x5a ? code + 32 : code, index, index + 1)
      index++
      continue
    }
    const first = text.codePointAt(index)!
    if (collapse && (isSpaceSeparator(first) || isLineBreak(first))) {
      index = visitRun(text, index, visit)
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
    for (let unit = 0; unit < folded.length; unit++) visit(folded.charCodeAt(unit), index, end)
    index = end
  }
}

/** One unit for a white-space run: a line feed for a paragraph break (two or more line breaks), else a space. */
function visitRun(text: string, index: number, visit: MatchingUnitVisitor): number {
  let end = index
  let breaks = 0
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (!(code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || isLineBreak(code) || isSpaceSeparator(code))) break
    if (code === 0x0a ? text.charCodeAt(end - 1) !== 0x0d : isLineBreak(code)) breaks++
    end++
  }
  visit(breaks >= 2 ? 0x0a : 0x20, index, end)
  return end
}
