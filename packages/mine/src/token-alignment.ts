import type { LatinToken } from './latin-tokens.js'
import { sameStem } from './known-concepts.js'

/** A stretch where two renderings differ: content-token index ranges, inclusive, possibly empty. */
export interface AlignmentGap {
  a: [number, number]
  b: [number, number]
}

/** Content-word alignment of two renderings: matched index pairs and the gaps between them. */
export interface TokenAlignment {
  /** For each content index of A, the matched content index of B (or -1). */
  aToB: number[]
  gaps: AlignmentGap[]
}

/** Content words only: alignment ignores function words ("à la" / "en"). */
export function contentTokens(tokens: readonly LatinToken[]): LatinToken[] {
  return tokens.filter((token) => !token.stop)
}

/**
 * Longest common subsequence of content stems (inflection and derivation
 * tolerant through {@link sameStem}). Renderings are short, so the quadratic
 * table is a few hundred cells.
 */
export function alignTokens(a: readonly LatinToken[], b: readonly LatinToken[]): TokenAlignment {
  const rows = a.length + 1
  const columns = b.length + 1
  const table = new Uint16Array(rows * columns)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * columns + j] = sameStem(a[i]!.stem, b[j]!.stem)
        ? table[(i + 1) * columns + j + 1]! + 1
        : Math.max(table[(i + 1) * columns + j]!, table[i * columns + j + 1]!)
    }
  }
  const aToB = new Array<number>(a.length).fill(-1)
  const gaps: AlignmentGap[] = []
  let i = 0
  let j = 0
  let gapA = 0
  let gapB = 0
  const closeGap = (): void => {
    if (i > gapA || j > gapB) gaps.push({ a: [gapA, i - 1], b: [gapB, j - 1] })
  }
  while (i < a.length && j < b.length) {
    if (sameStem(a[i]!.stem, b[j]!.stem) && table[i * columns + j] === table[(i + 1) * columns + j + 1]! + 1) {
      closeGap()
      aToB[i] = j
      i++
      j++
      gapA = i
      gapB = j
    } else if (table[(i + 1) * columns + j]! >= table[i * columns + j + 1]!) i++
    else j++
  }
  i = a.length
  j = b.length
  closeGap()
  return { aToB, gaps }
}
