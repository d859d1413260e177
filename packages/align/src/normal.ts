/**
 * Natural log of the two-sided tail of the standard normal distribution,
 * ln P(|Z| ≥ |x|) = ln erfc(|x|/√2). Gale & Church score a length mismatch
 * with this probability; working in logs keeps far-off beads finite instead
 * of rounding to ln 0 = -∞.
 */
export function logTwoSidedTail(x: number): number {
  const z = Math.abs(x) / Math.SQRT2
  if (z < 4) return Math.log(Math.max(erfc(z), Number.MIN_VALUE))
  // Asymptotic expansion of erfc for large z: erfc(z) ≈ e^{-z²} / (z√π) (1 - 1/(2z²)).
  return -z * z - Math.log(z * Math.sqrt(Math.PI)) + Math.log(1 - 1 / (2 * z * z))
}

/** Complementary error function (Numerical Recipes' erfcc, relative error < 1.2e-7). */
export function erfc(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    )
  return x >= 0 ? r : 2 - r
}

/** Table of -ln P(|Z| ≥ x) for x in [0, tableEnd), every 1/tableStep. */
const tableStep = 32
const tableEnd = 12
const negativeLogTailTable = Float64Array.from({ length: tableEnd * tableStep + 2 }, (_, index) => -logTwoSidedTail(index / tableStep))

/**
 * No value {@link negativeLogTail} returns is below this (the table's least
 * entry, about -3e-8 from erfc's approximation at 0, less a margin for the
 * interpolation's rounding; far values are large and positive): a bead's
 * cost with this in place of its length cost is a floor of its cost.
 */
export const negativeLogTailFloor = Math.min(0, ...negativeLogTailTable) - 1e-6

/**
 * -ln P(|Z| ≥ |x|), read from a table with linear interpolation (within
 * 0.003 nats of the computed value): the search prices every bead shape at
 * every cell, and computing erfc each time was a tenth of its time.
 */
export function negativeLogTail(x: number): number {
  const position = Math.abs(x) * tableStep
  if (position >= tableEnd * tableStep) return -logTwoSidedTail(x)
  const index = Math.floor(position)
  const fraction = position - index
  return negativeLogTailTable[index]! + fraction * (negativeLogTailTable[index + 1]! - negativeLogTailTable[index]!)
}
