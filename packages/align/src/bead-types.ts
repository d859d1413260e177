/** A bead shape: how many source and target sentences one bead joins. */
export interface BeadType {
  source: number
  target: number
}

/**
 * The bead shapes a search may use: every (a, b) with a ≤ maxSource,
 * b ≤ maxTarget, except 0-0, 0-n with n > 1 and n-0 with n > 1 (a run of
 * unaligned sentences is a chain of 1-0 or 0-1 beads, which keeps the
 * search from swallowing blocks whole), and the shapes of more than six
 * sentences with two or more on each side (3-4, 4-3, 4-4): under 0.1 % of
 * the development sets' gold beads, and the dearest for the search (leaving
 * them out changed no development-set bead).
 */
export function beadTypes(maxSource: number, maxTarget: number): BeadType[] {
  const types: BeadType[] = []
  for (let source = 0; source <= maxSource; source++) {
    for (let target = 0; target <= maxTarget; target++) {
      if (source === 0 && target === 0) continue
      if ((source === 0 && target > 1) || (target === 0 && source > 1)) continue
      if (source >= 2 && target >= 2 && source + target > 6) continue
      types.push({ source, target })
    }
  }
  return types
}

/**
 * Prior probability of each bead shape. The 1-1, 1-0/0-1, 2-1/1-2 and 2-2
 * figures are Gale & Church's (1993, table 5), measured on hand-aligned
 * Hansard text; larger shapes, when allowed, get a twentieth of the mass of
 * the shapes one sentence smaller, so they are used only when length and
 * anchors clearly ask for them.
 */
export function defaultPrior(type: BeadType): number {
  const { source, target } = type
  if (source === 1 && target === 1) return 0.89
  if (source + target === 1) return 0.0099 / 2
  if ((source === 2 && target === 1) || (source === 1 && target === 2)) return 0.089 / 2
  if (source === 2 && target === 2) return 0.011
  return 0.011 * Math.pow(0.05, source + target - 4)
}
