import type { BeadType } from './bead-types.js'
import { defaultPrior } from './bead-types.js'
import type { PathBead } from './banded-search.js'

/**
 * -ln of each bead shape's prior, re-estimated from a first path: its shape
 * counts, with Gale & Church's priors as a Dirichlet prior worth as many
 * beads as the path has. A translation that splits sentences (Chinese into
 * English: a fifth of MAC's beads are 1-2, one in twenty 1-3) gets priors
 * that say so, and a document that looks like Gale & Church's Hansard keeps
 * theirs.
 */
export function estimatePriorCosts(types: readonly BeadType[], path: readonly PathBead[]): Float64Array {
  const counts = new Float64Array(types.length)
  for (const bead of path) counts[bead.typeIndex]!++
  const weight = path.length
  return Float64Array.from(types, (type, index) => -Math.log((counts[index]! + weight * defaultPrior(type)) / (path.length + weight)))
}

/** The median of a χ² variable of one degree of freedom: the median of δ² when δ is standard normal. */
const chiSquareMedian = 0.4549

/**
 * Gale & Church's variance per unit of length, re-estimated from the 1-1
 * beads of a first path: δ² = (scaled target − source)² / mean length is
 * χ²-distributed with one degree of freedom times the variance, so the
 * median of the observed δ² over χ²'s median estimates it — the median, so
 * that the path's few wrong beads do not decide. Their 6.8 was measured on
 * French and English characters; Chinese against English, or bytes, differ.
 * Returns `fallback` with fewer than 20 such beads.
 */
export function estimateVariance(path: readonly PathBead[], sourceLengths: Float64Array, targetLengths: Float64Array, ratio: number, fallback: number): number {
  const squares: number[] = []
  for (const bead of path) {
    if (bead.s1 - bead.s0 !== 1 || bead.t1 - bead.t0 !== 1) continue
    const scaledTarget = targetLengths[bead.t0]! / ratio
    const source = sourceLengths[bead.s0]!
    const mean = (scaledTarget + source) / 2
    if (mean > 0) squares.push((scaledTarget - source) ** 2 / mean)
  }
  if (squares.length < 20) return fallback
  squares.sort((a, b) => a - b)
  return Math.max(0.5, squares[Math.floor(squares.length / 2)]! / chiSquareMedian)
}
