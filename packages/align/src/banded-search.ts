import { CellCosts } from './cell-costs.js'
import type { CostModel } from './cost-model.js'
import type { PathCorners, SearchWindow } from './search-window.js'
import type { Units } from './units.js'

/** A bead of the best path: source units [s0, s1), target units [t0, t1), its shape and its cost. */
export interface PathBead {
  s0: number
  s1: number
  t0: number
  t1: number
  typeIndex: number
  cost: number
}

/**
 * Dynamic programming over the cells of `window` only: the cheapest chain
 * of beads from (0, 0) to (n, m). Memory is one cost (8 bytes) and one
 * back-pointer (1 byte) per cell of the window, so a band of constant width
 * keeps it linear in the document length.
 */
export function bandedSearch(source: Units, target: Units, window: SearchWindow, model: CostModel, onRows?: (done: number, total: number) => void): PathBead[] {
  const rows = source.lengths.length
  const { lo, hi } = window
  const offsets = new Float64Array(rows + 2)
  for (let row = 0; row <= rows; row++) offsets[row + 1] = offsets[row]! + (hi[row]! - lo[row]! + 1)
  const size = offsets[rows + 1]!
  const cost = new Float64Array(size).fill(Number.POSITIVE_INFINITY)
  const back = new Uint8Array(size).fill(255)
  cost[0] = 0
  const types = model.types
  let maxSource = 0
  let maxTarget = 0
  for (const type of types) {
    maxSource = Math.max(maxSource, type.source)
    maxTarget = Math.max(maxTarget, type.target)
  }
  const cells = new CellCosts(model, maxSource, maxTarget)
  for (let row = 0; row <= rows; row++) {
    if (onRows !== undefined && row % 2048 === 0) onRows(row, rows)
    const rowStart = offsets[row]!
    const rowLo = lo[row]!
    cells.prepareRow(source, row)
    for (let column = rowLo; column <= hi[row]!; column++) {
      if (row === 0 && column === 0) continue
      cells.prepare(target, column)
      let best = Number.POSITIVE_INFINITY
      let bestType = 255
      for (let typeIndex = 0; typeIndex < types.length; typeIndex++) {
        const type = types[typeIndex]!
        const fromRow = row - type.source
        const fromColumn = column - type.target
        if (fromRow < 0 || fromColumn < 0) continue
        if (fromColumn < lo[fromRow]! || fromColumn > hi[fromRow]!) continue
        const before = cost[offsets[fromRow]! + fromColumn - lo[fromRow]!]!
        if (before === Number.POSITIVE_INFINITY) continue
        // A bead that cannot beat the best so far even at the least length cost is not priced (the choice is the same: only a lower total wins).
        if (before + cells.costFloor(type.source, type.target, typeIndex) >= best) continue
        const total = before + cells.cost(type.source, type.target, typeIndex)
        if (total < best) {
          best = total
          bestType = typeIndex
        }
      }
      cost[rowStart + column - rowLo] = best
      back[rowStart + column - rowLo] = bestType
    }
  }
  const beads: PathBead[] = []
  let row = rows
  let column = target.lengths.length
  while (row > 0 || column > 0) {
    const cell = offsets[row]! + column - lo[row]!
    const typeIndex = back[cell]!
    const type = types[typeIndex]
    if (type === undefined) throw new Error(`alignment search: cell (${row}, ${column}) is unreachable in its window`)
    const fromRow = row - type.source
    const fromColumn = column - type.target
    const fromCost = cost[offsets[fromRow]! + fromColumn - lo[fromRow]!]!
    beads.push({ s0: fromRow, s1: row, t0: fromColumn, t1: column, typeIndex, cost: cost[cell]! - fromCost })
    row = fromRow
    column = fromColumn
  }
  return beads.reverse()
}

/** The corners of a path, for banding a finer search around it. */
export function pathCorners(beads: readonly PathBead[]): PathCorners {
  return {
    source: Int32Array.from(beads, (bead) => bead.s1),
    target: Int32Array.from(beads, (bead) => bead.t1)
  }
}
