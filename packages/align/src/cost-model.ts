import type { BeadType } from './bead-types.js'
import { logTwoSidedTail } from './normal.js'
import type { Units } from './units.js'

/**
 * Everything that prices a bead: Gale & Church's length model (target
 * length expected to be `ratio` times the source length, with a variance
 * growing with the length), the prior of each bead shape, and a reward for
 * every anchor the two sides share, weighted by the anchor's rarity.
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

  constructor(private readonly weights: Float64Array) {
    this.counts = new Int32Array(weights.length)
    this.stamps = new Int32Array(weights.length)
  }

  /** Total weight of the anchors of source units [s0, s1) also found in target units [t0, t1). */
  sharedWeight(source: Units, s0: number, s1: number, target: Units, t0: number, t1: number, found?: number[]): number {
    if (s0 === s1 || t0 === t1) return 0
    let sourceSize = 0
    for (let index = s0; index < s1; index++) sourceSize += source.anchors[index]!.length
    if (sourceSize === 0) return 0
    let targetSize = 0
    for (let index = t0; index < t1; index++) targetSize += target.anchors[index]!.length
    if (targetSize === 0) return 0
    const stamp = ++this.stamp
    const { counts, stamps, weights } = this
    for (let index = s0; index < s1; index++) {
      for (const key of source.anchors[index]!) {
        if (stamps[key] !== stamp) {
          stamps[key] = stamp
          counts[key] = 0
        }
        counts[key]!++
      }
    }
    let shared = 0
    for (let index = t0; index < t1; index++) {
      for (const key of target.anchors[index]!) {
        if (stamps[key] === stamp && counts[key]! > 0) {
          counts[key]!--
          shared += weights[key]!
          found?.push(key)
        }
      }
    }
    return shared
  }
}

/** Cost of the bead joining source units [s0, s1) and target units [t0, t1), of shape `typeIndex`. */
export function beadCost(
  model: CostModel,
  matcher: AnchorMatcher,
  source: Units,
  s0: number,
  s1: number,
  target: Units,
  t0: number,
  t1: number,
  typeIndex: number
): number {
  let sourceLength = 0
  for (let index = s0; index < s1; index++) sourceLength += source.lengths[index]!
  let targetLength = 0
  for (let index = t0; index < t1; index++) targetLength += target.lengths[index]!
  const shared = model.anchorReward === 0 ? 0 : matcher.sharedWeight(source, s0, s1, target, t0, t1)
  return model.priorCost[typeIndex]! + lengthCost(model, sourceLength, targetLength) - model.anchorReward * shared
}
