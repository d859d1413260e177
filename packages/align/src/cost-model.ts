import type { BeadType } from './bead-types.js'
import { logTwoSidedTail } from './normal.js'
import type { Units } from './units.js'

/**
 * Everything that prices a bead: Gale & Church's length model (target
 * length expected to be `ratio` times the source length, with a variance
 * growing with the length), the prior of each bead shape, a reward for
 * every anchor the two sides share, weighted by the anchor's rarity, and a
 * reward for the matched share of the bead's anchors.
 */
export interface CostModel {
  types: readonly BeadType[]
  /** -ln(prior) of each entry of `types`. */
  priorCost: Float64Array
  /** Expected target length per unit of source length. */
  ratio: number
  /** Variance of the length difference per unit of length (Gale & Church's s²). */
  variance: number
  /** How much one unit of shared anchor weight is worth, in nats. */
  anchorReward: number
  /**
   * Reward for the share of a bead's anchor weight that is matched (a
   * weighted Dice coefficient), in nats. It is what keeps beads small: a
   * sentence added to a bead without anchors of its own lowers the share,
   * and two well-matched 1-1 beads earn it twice where their 2-2 merge
   * earns it once (the role of Vecalign's sentence-count factor).
   */
  similarityReward: number
  /**
   * Cost of each number or date of a bead without its like on the other
   * side, in nats. Translations keep numbers, so a pairing that leaves them
   * unmatched is suspect, and a sentence whose numbers appear nowhere in the
   * other text is likely untranslated.
   */
  numberMismatchCost: number
  /** Price 1-0 and 0-1 beads with the length model too, as Gale & Church did (the baseline only). */
  deletionsByLength?: boolean
  anchorWeights: Float64Array
}

/** The length part of a bead's cost: -ln P(|δ|) under Gale & Church's normal model. */
export function lengthCost(model: CostModel, sourceLength: number, targetLength: number): number {
  const scaledTarget = targetLength / model.ratio
  const mean = (sourceLength + scaledTarget) / 2
  if (mean === 0) return 0
  const delta = (scaledTarget - sourceLength) / Math.sqrt(model.variance * mean)
  return -logTwoSidedTail(delta)
}

/** Standardised length difference δ of a bead, for evidence. */
export function lengthDelta(model: CostModel, sourceLength: number, targetLength: number): number {
  const scaledTarget = targetLength / model.ratio
  const mean = (sourceLength + scaledTarget) / 2
  return mean === 0 ? 0 : (scaledTarget - sourceLength) / Math.sqrt(model.variance * mean)
}

/**
 * Counts anchors shared by the two sides of a bead (a multiset
 * intersection). One scratch array stamped per call avoids clearing it.
 */
export class AnchorMatcher {
  private readonly counts: Int32Array
  private readonly stamps: Int32Array
  private stamp = 0
  /** Total anchor weight of the source and target sides of the last call. */
  sourceWeight = 0
  targetWeight = 0
  /** How many number and date anchors the last call matched. */
  matchedNumbers = 0

  constructor(
    private readonly weights: Float64Array,
    private readonly numberKeys: Uint8Array = new Uint8Array(weights.length)
  ) {
    this.counts = new Int32Array(weights.length)
    this.stamps = new Int32Array(weights.length)
  }

  /** Total weight of the anchors of source units [s0, s1) also found in target units [t0, t1). */
  sharedWeight(source: Units, s0: number, s1: number, target: Units, t0: number, t1: number, found?: number[]): number {
    this.sourceWeight = 0
    this.targetWeight = 0
    this.matchedNumbers = 0
    if (s0 === s1 || t0 === t1) return 0
    let sourceSize = 0
    for (let index = s0; index < s1; index++) sourceSize += source.anchors[index]!.length
    if (sourceSize === 0) return 0
    let targetSize = 0
    for (let index = t0; index < t1; index++) targetSize += target.anchors[index]!.length
    if (targetSize === 0) return 0
    const stamp = ++this.stamp
    const { counts, stamps, weights } = this
    let sourceWeight = 0
    let targetWeight = 0
    for (let index = s0; index < s1; index++) {
      for (const key of source.anchors[index]!) {
        sourceWeight += weights[key]!
        if (stamps[key] !== stamp) {
          stamps[key] = stamp
          counts[key] = 0
        }
        counts[key]!++
      }
    }
    let shared = 0
    let matchedNumbers = 0
    for (let index = t0; index < t1; index++) {
      for (const key of target.anchors[index]!) {
        targetWeight += weights[key]!
        if (stamps[key] === stamp && counts[key]! > 0) {
          counts[key]!--
          shared += weights[key]!
          matchedNumbers += this.numberKeys[key]!
          found?.push(key)
        }
      }
    }
    this.sourceWeight = sourceWeight
    this.targetWeight = targetWeight
    this.matchedNumbers = matchedNumbers
    return shared
  }
}
