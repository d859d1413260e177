import { type CostModel, deletionPenalty, lengthCost } from './cost-model.js'
import type { Units } from './units.js'

/**
 * Prices every bead shape ending at one cell of the search at once. The
 * matched anchors of all spans are found incrementally: the source units
 * are added one by one (outer loop), and for each source span the target
 * units one by one (inner loop), a key counting as matched while the target
 * holds no more of it than the source. That is the exact multiset
 * intersection of every (a, b) span, reading each unit's anchors about half
 * as often as intersecting every span from scratch — and the search spends
 * most of its time here.
 */
export class CellCosts {
  private readonly sourceCounts: Int32Array
  private readonly sourceStamps: Int32Array
  private readonly sourceGains: Float32Array
  private readonly targetCounts: Int32Array
  private readonly targetStamps: Int32Array
  private sourceStamp = 0
  private targetStamp = 0
  private readonly width: number
  /** Evidence of each (a, b) span ending at the prepared cell, before the span-size correction. */
  private readonly evidence: Float64Array
  private readonly matched: Float64Array
  /** ln(a · b) / 2: a match in a span of b sentences is b times as likely by chance. */
  private readonly spanCorrection: Float64Array
  /** The longest target span of any shape with `a` source units. */
  private readonly targetSpan: Int32Array

  constructor(
    private readonly model: CostModel,
    private readonly maxSource: number,
    private readonly maxTarget: number
  ) {
    const keys = model.keyCount
    this.sourceCounts = new Int32Array(keys)
    this.sourceStamps = new Int32Array(keys)
    this.sourceGains = new Float32Array(keys)
    this.targetCounts = new Int32Array(keys)
    this.targetStamps = new Int32Array(keys)
    this.width = maxTarget + 1
    this.evidence = new Float64Array((maxSource + 1) * this.width)
    this.matched = new Float64Array((maxSource + 1) * this.width)
    this.spanCorrection = new Float64Array((maxSource + 1) * this.width)
    for (let a = 1; a <= maxSource; a++) for (let b = 1; b <= maxTarget; b++) this.spanCorrection[a * this.width + b] = Math.log(a * b) / 2
    this.targetSpan = new Int32Array(maxSource + 1)
    for (const type of model.types) if (type.target > this.targetSpan[type.source]!) this.targetSpan[type.source] = type.target
  }

  /** Find the evidence of every span ending at (row, column). Call before {@link cost}. */
  prepare(source: Units, row: number, target: Units, column: number): void {
    const maxA = Math.min(this.maxSource, row)
    const maxB = Math.min(this.maxTarget, column)
    const { sourceCounts, sourceStamps, sourceGains, targetCounts, targetStamps } = this
    const sourceStamp = ++this.sourceStamp
    let sourceBase = 0
    for (let a = 1; a <= maxA; a++) {
      const unit = row - a
      sourceBase += source.base[unit]!
      const keys = source.anchors[unit]!
      const gains = source.gains[unit]!
      for (let entry = 0; entry < keys.length; entry++) {
        const key = keys[entry]!
        if (sourceStamps[key] !== sourceStamp) {
          sourceStamps[key] = sourceStamp
          sourceCounts[key] = 0
          sourceGains[key] = 0
        }
        sourceCounts[key]!++
        if (gains[entry]! > sourceGains[key]!) sourceGains[key] = gains[entry]!
      }
      const targetStamp = ++this.targetStamp
      let evidence = sourceBase
      let matched = 0
      const lastB = Math.min(maxB, this.targetSpan[a]!)
      for (let b = 1; b <= lastB; b++) {
        const other = column - b
        evidence += target.base[other]!
        const targetKeys = target.anchors[other]!
        const targetGains = target.gains[other]!
        for (let entry = 0; entry < targetKeys.length; entry++) {
          const key = targetKeys[entry]!
          if (sourceStamps[key] !== sourceStamp) continue
          if (targetStamps[key] !== targetStamp) {
            targetStamps[key] = targetStamp
            targetCounts[key] = 0
          }
          if (++targetCounts[key]! <= sourceCounts[key]!) {
            evidence += sourceGains[key]! + targetGains[entry]!
            matched++
          }
        }
        this.evidence[a * this.width + b] = evidence
        this.matched[a * this.width + b] = matched
      }
    }
  }

  /** Cost of the bead of `a` source and `b` target units ending at the prepared cell (shape `typeIndex`). */
  cost(source: Units, row: number, target: Units, column: number, a: number, b: number, typeIndex: number): number {
    const model = this.model
    // A sentence left without counterpart says nothing about lengths: it
    // costs its shape's prior and a constant (see deletionPenalty), as
    // Vecalign's deletion penalty. Gale & Church's δ would charge it in
    // proportion to its length, which makes the search glue long
    // untranslated sentences to a neighbour. (The plain baseline keeps the
    // original charge.)
    if ((a === 0 || b === 0) && model.deletionsByLength !== true) return model.priorCost[typeIndex]! + deletionPenalty
    let sourceLength = 0
    for (let index = row - a; index < row; index++) sourceLength += source.lengths[index]!
    let targetLength = 0
    for (let index = column - b; index < column; index++) targetLength += target.lengths[index]!
    const total = model.priorCost[typeIndex]! + lengthCost(model, sourceLength, targetLength)
    if (a === 0 || b === 0) return total
    const cell = a * this.width + b
    return total - this.evidence[cell]! + this.matched[cell]! * this.spanCorrection[cell]!
  }
}
