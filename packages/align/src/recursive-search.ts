import type { CostModel } from './cost-model.js'
import { type PathBead, bandedSearch, pathCorners } from './banded-search.js'
import { bandAroundPath, fullWindow } from './search-window.js'
import { type Units, halve } from './units.js'

/** Limits of the recursive search. */
export interface SearchLimits {
  /** Largest (n + 1) × (m + 1) searched as a full matrix. */
  fullMatrixCells: number
  /** Cells added on each side of a coarse path when refining it. */
  bandWidth: number
}

/**
 * Vecalign's recursive down-sampling (Thompson & Koehn 2019): when the full
 * matrix would be too big, align a coarse version of both sides (each unit
 * two neighbouring units joined), then search again at full resolution only
 * in a band around the coarse path. Each level halves both sides, so the
 * work is linear in the document length and the coarse errors are repaired
 * inside the band.
 */
export function recursiveSearch(source: Units, target: Units, model: CostModel, limits: SearchLimits, onRows?: (done: number, total: number) => void): PathBead[] {
  const sourceCount = source.lengths.length
  const targetCount = target.lengths.length
  if ((sourceCount + 1) * (targetCount + 1) <= limits.fullMatrixCells) {
    return bandedSearch(source, target, fullWindow(sourceCount, targetCount), model, onRows)
  }
  const coarse = recursiveSearch(halve(source), halve(target), model, limits)
  const window = bandAroundPath(pathCorners(coarse), 2, sourceCount, targetCount, limits.bandWidth)
  return bandedSearch(source, target, window, model, onRows)
}
