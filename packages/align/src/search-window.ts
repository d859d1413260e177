/**
 * The cells a search may visit: for each source position i (0…n), the
 * target positions lo[i]…hi[i] inclusive. Both bounds never decrease, so
 * every cell can be reached from (0, 0) and can reach (n, m).
 */
export interface SearchWindow {
  lo: Int32Array
  hi: Int32Array
}

/** Every cell: the full n × m matrix (only for small inputs). */
export function fullWindow(sourceCount: number, targetCount: number): SearchWindow {
  return { lo: new Int32Array(sourceCount + 1), hi: new Int32Array(sourceCount + 1).fill(targetCount) }
}

/** A path as the corners it passes through: beads end at (sourceEnd[k], targetEnd[k]). */
export interface PathCorners {
  source: Int32Array
  target: Int32Array
}

/**
 * A band of `width` cells on each side of a path found at a coarser scale
 * (`scale` 2 when the coarse units were pairs of sentences, 1 to search
 * again around a path at the same scale). Each coarse bead covers a block of
 * fine cells; the band is those blocks widened by `width`.
 */
export function bandAroundPath(corners: PathCorners, scale: number, sourceCount: number, targetCount: number, width: number): SearchWindow {
  const lo = new Int32Array(sourceCount + 1).fill(targetCount)
  const hi = new Int32Array(sourceCount + 1)
  let previousSource = 0
  let previousTarget = 0
  for (let index = 0; index < corners.source.length; index++) {
    const sourceEnd = Math.min(corners.source[index]! * scale, sourceCount)
    const targetEnd = Math.min(corners.target[index]! * scale, targetCount)
    for (let row = previousSource; row <= sourceEnd; row++) {
      if (previousTarget < lo[row]!) lo[row] = previousTarget
      if (targetEnd > hi[row]!) hi[row] = targetEnd
    }
    previousSource = sourceEnd
    previousTarget = targetEnd
  }
  // Widen along both axes: a row also gets the range of the rows within
  // `width` of it (the path is monotone, so that is lo of the first of them
  // and hi of the last), then `width` more columns each side.
  const widenedLo = new Int32Array(sourceCount + 1)
  const widenedHi = new Int32Array(sourceCount + 1)
  for (let row = 0; row <= sourceCount; row++) {
    const from = Math.max(0, row - width)
    const to = Math.min(sourceCount, row + width)
    widenedLo[row] = Math.max(0, lo[from]! - width)
    widenedHi[row] = Math.min(targetCount, hi[to]! + width)
  }
  return monotone({ lo: widenedLo, hi: widenedHi }, targetCount)
}

/** Make both bounds non-decreasing and pin the corners, so the window is one connected band. */
function monotone(window: SearchWindow, targetCount: number): SearchWindow {
  const { lo, hi } = window
  const last = lo.length - 1
  lo[0] = 0
  hi[last] = targetCount
  for (let row = last - 1; row >= 0; row--) if (lo[row]! > lo[row + 1]!) lo[row] = lo[row + 1]!
  for (let row = 1; row <= last; row++) if (hi[row]! < hi[row - 1]!) hi[row] = hi[row - 1]!
  for (let row = 0; row <= last; row++) if (hi[row]! < lo[row]!) hi[row] = lo[row]!
  return window
}

