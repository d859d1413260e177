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
  return bandedSearches(source, target, [window], [false], model, onRows)[0]!
}

/**
 * Several searches of one level at once, each in its own window and with
 * its own pricing of deletions (`deletionsPerUnit`, see recursiveSearch),
 * in one sweep over the cells of any of the windows: the evidence of a
 * cell's beads (`CellCosts.prepare`, most of a search's time) is the same
 * for all of them and is found once. Each search reads and writes only the
 * cells of its own window, so its path is the one it would find alone.
 */
export function bandedSearches(
  source: Units,
  target: Units,
  windows: readonly SearchWindow[],
  deletionsPerUnit: readonly boolean[],
  model: CostModel,
  onRows?: (done: number, total: number) => void
): PathBead[][] {
  const rows = source.lengths.length
  const tables = windows.map((window) => new SearchTable(window, rows))
  let maxSource = 0
  let maxTarget = 0
  for (const type of model.types) {
    maxSource = Math.max(maxSource, type.source)
    maxTarget = Math.max(maxTarget, type.target)
  }
  const cells = new CellCosts(model, maxSource, maxTarget)
  for (let row = 0; row <= rows; row++) {
    if (onRows !== undefined && row % 2048 === 0) onRows(row, rows)
    cells.prepareRow(source, row)
    let from = Number.POSITIVE_INFINITY
    let to = -1
    for (const table of tables) {
      from = Math.min(from, table.lo[row]!)
      to = Math.max(to, table.hi[row]!)
    }
    for (let column = from; column <= to; column++) {
      if (row === 0 && column === 0) continue
      let prepared = false
      for (let which = 0; which < tables.length; which++) {
        const table = tables[which]!
        if (column < table.lo[row]! || column > table.hi[row]!) continue
        if (!prepared) {
          cells.prepare(target, column)
          prepared = true
        }
        cells.deletionsPerUnit = deletionsPerUnit[which]!
        table.fill(row, column, cells, model)
      }
    }
  }
  return tables.map((table) => table.path(rows, target.lengths.length, model))
}

/** One search's cells: for row i, the columns lo[i]…hi[i], each with its best cost from (0, 0) and the shape of the bead that reaches it. */
class SearchTable {
  readonly lo: Int32Array
  readonly hi: Int32Array
  private readonly offsets: Float64Array
  private readonly cost: Float64Array
  private readonly back: Uint8Array

  constructor(window: SearchWindow, rows: number) {
    this.lo = window.lo
    this.hi = window.hi
    this.offsets = new Float64Array(rows + 2)
    for (let row = 0; row <= rows; row++) this.offsets[row + 1] = this.offsets[row]! + (this.hi[row]! - this.lo[row]! + 1)
    const size = this.offsets[rows + 1]!
    this.cost = new Float64Array(size).fill(Number.POSITIVE_INFINITY)
    this.back = new Uint8Array(size).fill(255)
    this.cost[0] = 0
  }

  /** The cheapest bead ending at (row, column), the cell's beads priced by `cells` (prepared for it). */
  fill(row: number, column: number, cells: CellCosts, model: CostModel): void {
    const { lo, hi, offsets, cost } = this
    const types = model.types
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
    const cell = offsets[row]! + column - lo[row]!
    cost[cell] = best
    this.back[cell] = bestType
  }

  /** The cheapest path to (rows, columns), its beads in order. */
  path(rows: number, columns: number, model: CostModel): PathBead[] {
    const { lo, offsets, cost, back } = this
    const types = model.types
    const beads: PathBead[] = []
    let row = rows
    let column = columns
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
}

/** The corners of a path, for banding a finer search around it. */
export function pathCorners(beads: readonly PathBead[]): PathCorners {
  return {
    source: Int32Array.from(beads, (bead) => bead.s1),
    target: Int32Array.from(beads, (bead) => bead.t1)
  }
}
