import { type CostModel, lengthCost } from './cost-model.js'
import type { Units } from './units.js'

/**
 * Prices every bead shape ending at one cell of the search at once. The
 * shared anchors of all spans are found incrementally: the source units are
 * added one by one (outer loop), and for each source span the target units
 * one by one (inner loop), each key adding its weight when the target has
 * no more of it than the source. That is the exact multiset intersection of
 * every (a, b) span, reading each unit's anchors about half as often as
 * intersecting every span from scratch — and the search spends most of its
 * time here.
 */
export class CellCosts {
  private readonly sourceCounts: Int32Array
  private readonly sourceStamps: Int32Array
  private readonly targetCounts: Int32Array
  private readonly targetStamps: Int32Array
  private sourceStamp = 0
  private targetStamp = 0
  private readonly width: number
  private readonly shared: Float64Array
  private readonly matchedNumbers: Float64Array
  private readonly sourceWeight: Float64Array
  private readonly targetWeight: Float64Array

  constructor(
    private readonly model: CostModel,
    private readonly numberKeys: Uint8Array,
    private readonly maxSource: number,
    private readonly maxTarget: number
  ) {
    const keys = model.anchorWeights.length
    this.sourceCounts = new Int32Array(keys)
    this.sourceStamps = new Int32Array(keys)
    this.targetCounts = new Int32Array(keys)
    this.targetStamps = new Int32Array(keys)
    this.width = maxTarget + 1
    this.shared = new Float64Array((maxSource + 1) * this.width)
    this.matchedNumbers = new Float64Array((maxSource + 1) * this.width)
    this.sourceWeight = new Float64Array(maxSource + 1)
    this.targetWeight = new Float64Array(maxTarget + 1)
  }

  /** Find the shared anchors of every span ending at (row, column). Call before {@link cost}. */
  prepare(source: Units, row: number, target: Units, column: number): void {
    const weights = this.model.anchorWeights
    const maxA = Math.min(this.maxSource, row)
    const maxB = Math.min(this.maxTarget, column)
    const sourceStamp = ++this.sourceStamp
    let sourceWeight = 0
    for (let a = 1; a <= maxA; a++) {
      for (const key of source.anchors[row - a]!) {
        sourceWeight += weights[key]!
        if (this.sourceStamps[key] !== sourceStamp) {
          this.sourceStamps[key] = sourceStamp
          this.sourceCounts[key] = 0
        }
        this.sourceCounts[key]!++
      }
      this.sourceWeight[a] = sourceWeight
      const targetStamp = ++this.targetStamp
      let targetWeight = 0
      let shared = 0
      let numbers = 0
      for (let b = 1; b <= maxB; b++) {
        for (const key of target.anchors[column - b]!) {
          targetWeight += weights[key]!
          if (this.sourceStamps[key] !== sourceStamp) continue
          if (this.targetStamps[key] !== targetStamp) {
            this.targetStamps[key] = targetStamp
            this.targetCounts[key] = 0
          }
          if (++this.targetCounts[key]! <= this.sourceCounts[key]!) {
            shared += weights[key]!
            numbers += this.numberKeys[key]!
          }
        }
        this.targetWeight[b] = targetWeight
        this.shared[a * this.width + b] = shared
        this.matchedNumbers[a * this.width + b] = numbers
      }
    }
  }

  /** Cost of the bead of `a` source and `b` target units ending at the prepared cell (shape `typeIndex`). */
  cost(source: Units, row: number, target: Units, column: number, a: number, b: number, typeIndex: number): number {
    const model = this.model
    // A sentence left without counterpart says nothing about lengths: its
    // cost is its shape's prior alone, as Vecalign's constant deletion
    // penalty. Gale & Church's δ would charge it in proportion to its
    // length, which makes the search glue long untranslated sentences to a
    // neighbour. (The plain baseline keeps the original charge.)
    if ((a === 0 || b === 0) && model.deletionsByLength !== true) return model.priorCost[typeIndex]!
    let sourceLength = 0
    let numbers = 0
    for (let index = row - a; index < row; index++) {
      sourceLength += source.lengths[index]!
      numbers += source.numbers[index]!
    }
    let targetLength = 0
    for (let index = column - b; index < column; index++) {
      targetLength += target.lengths[index]!
      numbers += target.numbers[index]!
    }
    let total = model.priorCost[typeIndex]! + lengthCost(model, sourceLength, targetLength)
    if (a === 0 || b === 0) return total
    const cell = a * this.width + b
    const shared = this.shared[cell]!
    if (shared > 0) {
      total -= model.anchorReward * shared + (model.similarityReward * 2 * shared) / (this.sourceWeight[a]! + this.targetWeight[b]!)
    }
    numbers -= 2 * this.matchedNumbers[cell]!
    if (numbers > 0) total += model.numberMismatchCost * numbers
    return total
  }
}
