import { isCombiningMark, isLineBreak, isSpaceSeparator } from './character-classes.js'
import { clusterEnd, foldCluster, foldClusterCached } from './fold-cluster.js'
import { collapsedRunEnd, collapsedRunUnit } from './white-space-run.js'
import type { NormalizeOptions } from './normalize-for-matching.js'

/** Receives each code unit of the matching view with the original span `[start, end)` it came from. */
export type MatchingUnitVisitor = (unit: number, start: number, end: number) => void

/**
 * Receives the view in batches: `units[i]` came from the original span
 * `[starts[i], ends[i])`, for `i < count`. The arrays are reused for the
 * next batch: copy what must outlive the call.
 */
export type MatchingBatchVisitor = (units: Uint16Array, starts: Int32Array, ends: Int32Array, count: number) => void

/** Units per batch of {@link visitMatchingViewInBatches}. */
export const matchingBatchSize = 4096

/**
 * Stream the matching view of `text` (the units of
 * `normalizeForMatching(text, options).text`, with the same original spans)
 * without building it: a matcher can step through a 100 MB text in constant
 * memory. The loop mirrors the one that builds the view (kept apart so that
 * the view's column writes stay plain local stores); a test checks they agree.
 */
export function visitMatchingView(text: string, options: NormalizeOptions, visit: MatchingUnitVisitor): void {
  visitMatchingViewInBatches(text, options, (units, starts, ends, count) => {
    for (let index = 0; index < count; index++) visit(units[index]!, starts[index]!, ends[index]!)
  })
}

/**
 * {@link visitMatchingView} in batches of up to {@link matchingBatchSize}
 * units: a per-unit callback costs more than the work a matcher does per
 * unit, a batch lets it run its own tight loop.
 */
export function visitMatchingViewInBatches(text: string, options: NormalizeOptions, visit: MatchingBatchVisitor): void {
  const batch = new Batch(visit)
  const singles = singleUnitFolds(options)
  const foldCase = options.foldCase === true
  const collapse = options.collapseWhitespace === true
  const cache = new Map<string, string>()
  const size = text.length
  let index = 0
  while (index < size) {
    const code = text.charCodeAt(index)
    if (code < 0x80 && (index + 1 >= size || text.charCodeAt(index + 1) < 0x300 || !isCombiningMark(text.charCodeAt(index + 1)))) {
      if (code <= 0x20 && collapse && (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c)) {
        const end = collapsedRunEnd(text, index)
      batch.push(collapsedRunUnit(text, index, end), index, end)
      index = end
        continue
      }
      // Inline push: the hot path of ASCII text.
      if (batch.count === matchingBatchSize) batch.flush()
      const slot = batch.count++
      batch.units[slot] = code === 0x09 ? 0x20 : foldCase && code >= 0x41 && code <= 0x5a ? code + 32 : code
      batch.starts[slot] = index
      batch.ends[slot] = index + 1
      index++
      continue
    }
    const first = text.codePointAt(index)!
    if (collapse && (isSpaceSeparator(first) || isLineBreak(first))) {
      const end = collapsedRunEnd(text, index)
      batch.push(collapsedRunUnit(text, index, end), index, end)
      index = end
      continue
    }
    // Fast path: a lone BMP character (é, à, ’…) that folds to one unit, from a table.
    if (first < 0xd800 && (index + 1 >= size || text.charCodeAt(index + 1) < 0x300 || !isCombiningMark(text.charCodeAt(index + 1)))) {
      let single = singles[first]!
      if (single === 0) {
        const folded = foldCluster(String.fromCharCode(first), options)
        single = folded.length === 1 ? folded.charCodeAt(0) + 1 : -1
        singles[first] = single
      }
      if (single > 0) {
        batch.push(single - 1, index, index + 1)
        index++
        continue
      }
    }
    const end = clusterEnd(text, index, first)
    const folded = foldClusterCached(cache, text.slice(index, end), options)
    for (let unit = 0; unit < folded.length; unit++) batch.push(folded.charCodeAt(unit), index, end)
    index = end
  }
  batch.flush()
}

// Per option set: for each BMP code unit, its fold when it is one unit (+1),
// -1 when it is not (dropped or lengthened), 0 when not computed yet.
const singleTables = new Map<string, Int32Array>()

function singleUnitFolds(options: NormalizeOptions): Int32Array {
  const key = `${options.foldCase === true ? 1 : 0}${options.foldDiacritics === true ? 1 : 0}`
  let table = singleTables.get(key)
  if (!table) {
    table = new Int32Array(0xd800)
    singleTables.set(key, table)
  }
  return table
}

/** The reusable batch buffers. */
class Batch {
  readonly units = new Uint16Array(matchingBatchSize)
  readonly starts = new Int32Array(matchingBatchSize)
  readonly ends = new Int32Array(matchingBatchSize)
  count = 0

  constructor(private readonly visit: MatchingBatchVisitor) {}

  push(unit: number, start: number, end: number): void {
    if (this.count === matchingBatchSize) this.flush()
    const slot = this.count++
    this.units[slot] = unit
    this.starts[slot] = start
    this.ends[slot] = end
  }

  flush(): void {
    if (this.count > 0) this.visit(this.units, this.starts, this.ends, this.count)
    this.count = 0
  }
}

