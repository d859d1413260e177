import { MatchingFold } from './matching-fold.js'
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
 * memory. Both take their steps from one {@link MatchingFold}.
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
  const fold = new MatchingFold(options)
  const size = text.length
  let index = 0
  while (index < size) {
    const unit = fold.quick(text.charCodeAt(index), index + 1 < size ? text.charCodeAt(index + 1) : 0)
    if (unit >= 0) {
      batch.push(unit, index, index + 1)
      index++
      continue
    }
    const end = fold.step(text, index)
    for (let position = 0; position < fold.count; position++) batch.push(fold.units[position]!, index, end)
    index = end
  }
  batch.flush()
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

