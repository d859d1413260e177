/** Content stems of a list of tokens (function words left out). */
export function contentStems(tokens: ReadonlyArray<{ stop: boolean; stem: string }>): Set<string> {
  return new Set(tokens.filter((token) => !token.stop).map((token) => token.stem))
}

/** Dice overlap of two sets of stems: 1 when equal, 0 when disjoint (and 0 for two empty sets). */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0
  let shared = 0
  for (const stem of a) if (b.has(stem)) shared++
  return (2 * shared) / (a.size + b.size)
}
