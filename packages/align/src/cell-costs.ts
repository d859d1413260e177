import { type CostModel, deletionPenalty, lengthCost, lengthCostFloor } from './cost-model.js'
import { doubled } from './typed-arrays.js'
import type { Units } from './units.js'

/**
 * Prices every bead shape ending at one cell of the search at once. The
 * matched anchors of all spans are found incrementally: for a row, the
 * source spans ending there (one unit, two, …) are gathered once, each key
 * with how often it occurs in each span and its largest gain there (the
 * same for every cell of the row); for a cell, the target units are read
 * one by one, each once, a key counting as matched in the (a, b) span
 * while the target holds no more of it than source span a. That is the
 * exact multiset intersection of every (a, b) span, each evidence summed
 * in the same order as intersecting every span from scratch would — and
 * the search spends most of its time here.
 */
export class CellCosts {
  /** Row stamp of each key present in the row's longest source span, and its index among the row's keys. */
  private readonly rowStamps: Int32Array
  private readonly rowKeyIndex: Int32Array
  private rowStamp = 0
  /** Per key of the row (by index) and source span length a: its count in the span (`rowCounts`) and its largest gain there (`rowGains`), at `index * spans + a`. */
  private rowCounts: Int32Array
  private rowGains: Float32Array
  /** The base evidence and the length of each source span of the row, and how many spans the row has. */
  private readonly sourceBase: Float64Array
  private readonly sourceLength: Float64Array
  /** The length of each target span of the prepared cell. */
  private readonly targetLength: Float64Array
  private maxA = 0
  /** How many sentences the unit ending the prepared row, and the prepared column, stands for (see {@link cost}). */
  private rowSize = 1
  private columnSize = 1
  /** Price a deletion as one unit's whatever the unit stands for (a coarse chain's pricing, see recursiveSearch; set per cell by a search of several chains at once). */
  deletionsPerUnit = false
  private readonly spans: number
  private readonly targetCounts: Int32Array
  private readonly targetStamps: Int32Array
  private targetStamp = 0
  private readonly width: number
  /** Evidence of each (a, b) span ending at the prepared cell, before the span-size correction. */
  private readonly evidence: Float64Array
  private readonly matched: Float64Array
  /** Running sums of the cell being prepared, per source span. */
  private readonly runningEvidence: Float64Array
  private readonly runningMatched: Float64Array
  /** ln(a · b) / 2: a match in a span of b sentences is b times as likely by chance. */
  private readonly spanCorrection: Float64Array
  /** The longest target span of any shape with `a` source units. */
  private readonly targetSpan: Int32Array
  /**
   * The entries of each target unit met in the prepared row whose keys the
   * row has, in the unit's order: each key's place among the row's keys
   * (times `spans`) and its gain, target unit u's at `[rowEntryStart[u],
   * rowEntryEnd[u])`, found on the unit's first use in the row
   * (`rowEntryStamp[u]` the row's stamp). A unit is read by up to
   * `maxTarget` cells of a row, and most of its entries are keys the row
   * lacks: each cell read them all again.
   */
  private rowEntryStamp = new Int32Array(0)
  private rowEntryStart = new Int32Array(0)
  private rowEntryEnd = new Int32Array(0)
  private rowEntryAt = new Int32Array(256)
  private rowEntryKey = new Int32Array(256)
  private rowEntryGain = new Float32Array(256)
  private rowEntries = 0

  constructor(
    private readonly model: CostModel,
    private readonly maxSource: number,
    private readonly maxTarget: number
  ) {
    const keys = model.keyCount
    this.rowStamps = new Int32Array(keys)
    this.rowKeyIndex = new Int32Array(keys)
    this.spans = maxSource + 1
    this.rowCounts = new Int32Array(64 * this.spans)
    this.rowGains = new Float32Array(64 * this.spans)
    this.sourceBase = new Float64Array(maxSource + 1)
    this.sourceLength = new Float64Array(maxSource + 1)
    this.targetLength = new Float64Array(maxTarget + 1)
    this.targetCounts = new Int32Array(keys)
    this.targetStamps = new Int32Array(keys)
    this.width = maxTarget + 1
    this.evidence = new Float64Array((maxSource + 1) * this.width)
    this.matched = new Float64Array((maxSource + 1) * this.width)
    this.runningEvidence = new Float64Array(maxSource + 1)
    this.runningMatched = new Float64Array(maxSource + 1)
    this.spanCorrection = new Float64Array((maxSource + 1) * this.width)
    for (let a = 1; a <= maxSource; a++) for (let b = 1; b <= maxTarget; b++) this.spanCorrection[a * this.width + b] = Math.log(a * b) / 2
    this.targetSpan = new Int32Array(maxSource + 1)
    for (const type of model.types) if (type.target > this.targetSpan[type.source]!) this.targetSpan[type.source] = type.target
  }

  /** Gather the source spans ending at `row`. Call before {@link prepare} for the cells of the row. */
  prepareRow(source: Units, row: number): void {
    const maxA = Math.min(this.maxSource, row)
    this.rowSize = row > 0 ? (source.sizes?.[row - 1] ?? 1) : 1
    const spans = this.spans
    const { rowStamps, rowKeyIndex } = this
    const stamp = ++this.rowStamp
    this.maxA = maxA
    // Each span's length summed first unit first, as a bead's length always is.
    for (let a = 1; a <= maxA; a++) {
      let length = 0
      for (let index = row - a; index < row; index++) length += source.lengths[index]!
      this.sourceLength[a] = length
    }
    this.rowEntries = 0
    let keysInRow = 0
    let sourceBase = 0
    for (let a = 1; a <= maxA; a++) {
      const unit = row - a
      sourceBase += source.base[unit]!
      this.sourceBase[a] = sourceBase
      const keys = source.anchors[unit]!
      const gains = source.gains[unit]!
      // Spans are cumulative: span a starts as span a - 1, for the keys met so far.
      if (a > 1) {
        const { rowCounts, rowGains } = this
        for (let index = 0; index < keysInRow; index++) {
          rowCounts[index * spans + a] = rowCounts[index * spans + a - 1]!
          rowGains[index * spans + a] = rowGains[index * spans + a - 1]!
        }
      }
      for (let entry = 0; entry < keys.length; entry++) {
        const key = keys[entry]!
        let index: number
        if (rowStamps[key] !== stamp) {
          rowStamps[key] = stamp
          index = keysInRow++
          rowKeyIndex[key] = index
          if (keysInRow * spans > this.rowCounts.length) this.growRow()
          // Absent from the shorter spans (count 0), present from this one on.
          for (let span = 0; span <= maxA; span++) {
            this.rowCounts[index * spans + span] = 0
            this.rowGains[index * spans + span] = 0
          }
        } else index = rowKeyIndex[key]!
        const at = index * spans + a
        this.rowCounts[at]!++
        if (gains[entry]! > this.rowGains[at]!) this.rowGains[at] = gains[entry]!
      }
    }
  }

  /** Find the entries of target unit `unit` whose keys the prepared row has (see {@link rowEntryStart}). */
  private rowEntriesOf(target: Units, unit: number): void {
    if (this.rowEntryStamp.length < target.anchors.length) {
      this.rowEntryStamp = new Int32Array(target.anchors.length)
      this.rowEntryStart = new Int32Array(target.anchors.length)
      this.rowEntryEnd = new Int32Array(target.anchors.length)
    }
    const { rowStamps, rowKeyIndex, spans } = this
    const rowStamp = this.rowStamp
    const keys = target.anchors[unit]!
    const gains = target.gains[unit]!
    let position = this.rowEntries
    this.rowEntryStart[unit] = position
    for (let entry = 0; entry < keys.length; entry++) {
      const key = keys[entry]!
      if (rowStamps[key] !== rowStamp) continue
      if (position === this.rowEntryKey.length) this.growRowEntries()
      this.rowEntryKey[position] = key
      this.rowEntryAt[position] = rowKeyIndex[key]! * spans
      this.rowEntryGain[position++] = gains[entry]!
    }
    this.rowEntryEnd[unit] = position
    this.rowEntries = position
    this.rowEntryStamp[unit] = rowStamp
  }

  private growRowEntries(): void {
    this.rowEntryAt = doubled(this.rowEntryAt)
    this.rowEntryKey = doubled(this.rowEntryKey)
    this.rowEntryGain = doubled(this.rowEntryGain)
  }

  private growRow(): void {
    this.rowCounts = doubled(this.rowCounts)
    this.rowGains = doubled(this.rowGains)
  }

  /** Find the evidence of every span ending at (row, column), `row` prepared by {@link prepareRow}. Call before {@link cost}. */
  prepare(target: Units, column: number): void {
    const maxA = this.maxA
    const maxB = Math.min(this.maxTarget, column)
    this.columnSize = column > 0 ? (target.sizes?.[column - 1] ?? 1) : 1
    for (let b = 1; b <= maxB; b++) {
      let length = 0
      for (let index = column - b; index < column; index++) length += target.lengths[index]!
      this.targetLength[b] = length
    }
    if (maxA === 0) return
    const { rowCounts, rowGains, targetCounts, targetStamps, targetSpan, runningEvidence, runningMatched, evidence, matched, width } = this
    const rowStamp = this.rowStamp
    const targetStamp = ++this.targetStamp
    for (let a = 1; a <= maxA; a++) {
      runningEvidence[a] = this.sourceBase[a]!
      runningMatched[a] = 0
    }
    for (let b = 1; b <= maxB; b++) {
      const other = column - b
      const base = target.base[other]!
      // The source spans that still take b target units.
      let lastA = 0
      for (let a = 1; a <= maxA; a++) {
        if (targetSpan[a]! < b) continue
        runningEvidence[a]! += base
        lastA = a
      }
      if (lastA === 0) continue
      if (this.rowEntryStamp[other] !== rowStamp) this.rowEntriesOf(target, other)
      const { rowEntryAt, rowEntryKey, rowEntryGain } = this
      for (let entry = this.rowEntryStart[other]!; entry < this.rowEntryEnd[other]!; entry++) {
        const key = rowEntryKey[entry]!
        if (targetStamps[key] !== targetStamp) {
          targetStamps[key] = targetStamp
          targetCounts[key] = 0
        }
        const count = ++targetCounts[key]!
        const at = rowEntryAt[entry]!
        for (let a = 1; a <= lastA; a++) {
          if (targetSpan[a]! < b) continue
          if (count <= rowCounts[at + a]!) {
            runningEvidence[a]! += rowGains[at + a]! + rowEntryGain[entry]!
            runningMatched[a]!++
          }
        }
      }
      for (let a = 1; a <= lastA; a++) {
        if (targetSpan[a]! < b) continue
        evidence[a * width + b] = runningEvidence[a]!
        matched[a * width + b] = runningMatched[a]!
      }
    }
  }

  /**
   * A floor of {@link cost} for a bead with a source and a target side,
   * its length cost replaced by the least one there is, the rest the same
   * operations in the same order: rounding never reverses an order, so
   * `before + floor >= best` means `before + cost >= best`, and the search
   * skips pricing the lengths of a bead that cannot win (-∞ for a deletion).
   */
  costFloor(a: number, b: number, typeIndex: number): number {
    if (a === 0 || b === 0) return Number.NEGATIVE_INFINITY
    const total = this.model.priorCost[typeIndex]! + lengthCostFloor
    const cell = a * this.width + b
    return total - this.evidence[cell]! + this.matched[cell]! * this.spanCorrection[cell]!
  }

  /** Cost of the bead of `a` source and `b` target units ending at the prepared cell (shape `typeIndex`). */
  cost(a: number, b: number, typeIndex: number): number {
    const model = this.model
    // A sentence left without counterpart says nothing about lengths: it
    // costs its shape's prior and a constant (see deletionPenalty), as
    // Vecalign's deletion penalty. Gale & Church's δ would charge it in
    // proportion to its length, which makes the search glue long
    // untranslated sentences to a neighbour. (The plain baseline keeps the
    // original charge.) A coarse unit that stands for k sentences costs what
    // deleting those k sentences costs, unless the model prices deletions
    // per unit: the coarse levels are searched both ways (see recursiveSearch).
    if ((a === 0 || b === 0) && model.deletionsByLength !== true) return (model.priorCost[typeIndex]! + deletionPenalty) * (this.deletionsPerUnit ? 1 : a === 0 ? this.columnSize : this.rowSize)
    const total = model.priorCost[typeIndex]! + lengthCost(model, this.sourceLength[a]!, this.targetLength[b]!)
    if (a === 0 || b === 0) return total
    const cell = a * this.width + b
    return total - this.evidence[cell]! + this.matched[cell]! * this.spanCorrection[cell]!
  }
}
