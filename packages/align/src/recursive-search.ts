import type { CostModel } from './cost-model.js'
import { type PathBead, bandedSearch, bandedSearches, pathCorners } from './banded-search.js'
import { type SearchWindow, bandAroundPath, fullWindow } from './search-window.js'
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
 * two neighbouring units joined, level after level until the matrix is
 * small), then search again at full resolution only in a band around the
 * coarse path. Each level halves both sides, so the work is linear in the
 * document length and the coarse errors are repaired inside the band.
 *
 * A coarse level cannot tell a passage the translation leaves out from one
 * it merely renders loosely: the coarse units keep only their rarest
 * anchors, and a repetitive passage (the law books of the Bible, a list of
 * offerings twelve times over) looks the same wherever it is paired. So the
 * coarse levels are searched twice, as two chains: one prices a coarse
 * deletion as the deletion of every sentence it stands for (a long run of
 * deletions on both sides, the path lost in a repetitive passage, is then
 * dear), the other as one sentence's (an omission of many sentences is then
 * cheap, as it is at full resolution). The full-resolution search, whose
 * prices are the model's own, gets the band around both paths and the cells
 * between them, and chooses. Where the two paths are far apart over much of
 * the text (a translation with long omissions, or texts that are not
 * translations of each other), that window is more than four times the
 * larger band: the band around the second path alone is searched, as it
 * was when the coarse levels were searched once.
 *
 * Measured on the English–Chinese Bible set of test/fixtures/align
 * (strict F1, verse-merged): 0.768 with the chain that prices a coarse
 * deletion as one sentence's alone (the search paired nothing for 375
 * verses of Numbers and deleted them on both sides), 0.987 with both; with
 * 1,000 verses of its Chinese removed, 0.869 with both or that chain alone,
 * 0.214 with the other alone. The development sets are unchanged except
 * textberg_dev, 0.892 → 0.889 (three real omissions glued into a 1-4 bead).
 */
export function recursiveSearch(source: Units, target: Units, model: CostModel, limits: SearchLimits, onRows?: (done: number, total: number) => void): PathBead[] {
  const fits = (units: [Units, Units]): boolean => (units[0].lengths.length + 1) * (units[1].lengths.length + 1) <= limits.fullMatrixCells
  const levels: Array<[Units, Units]> = [[source, target]]
  while (!fits(levels.at(-1)!)) levels.push([halve(levels.at(-1)![0]), halve(levels.at(-1)![1])])
  if (levels.length === 1) return bandedSearch(source, target, fullWindow(source.lengths.length, target.lengths.length), model, onRows)
  // Gale & Church's baseline prices deletions by length: the two chains would be one.
  const pricings = model.deletionsByLength === true ? [false] : [false, true]
  return bandedSearch(source, target, bandAroundPaths(coarseChains(levels, pricings, model, limits), source.lengths.length, target.lengths.length, limits), model, onRows)
}

/**
 * The path of each chain at the first coarse level (`levels[1]`), each
 * level searched in the band around the chain's path of the level below it;
 * the chains of one level in one sweep (see bandedSearches).
 */
function coarseChains(levels: ReadonlyArray<[Units, Units]>, deletionsPerUnit: readonly boolean[], model: CostModel, limits: SearchLimits): PathBead[][] {
  const [deepestSource, deepestTarget] = levels.at(-1)!
  const full = fullWindow(deepestSource.lengths.length, deepestTarget.lengths.length)
  let paths = bandedSearches(deepestSource, deepestTarget, deletionsPerUnit.map(() => full), deletionsPerUnit, model)
  for (let level = levels.length - 2; level >= 1; level--) {
    const [source, target] = levels[level]!
    const windows = paths.map((path) => bandAroundPath(pathCorners(path), 2, source.lengths.length, target.lengths.length, limits.bandWidth))
    paths = bandedSearches(source, target, windows, deletionsPerUnit, model)
  }
  return paths
}

/** The band around each coarse path, joined (with the cells between them), unless that is more than four times the larger band: then the last path's band. */
function bandAroundPaths(paths: readonly PathBead[][], sourceCount: number, targetCount: number, limits: SearchLimits): SearchWindow {
  const bands = paths.map((path) => bandAroundPath(pathCorners(path), 2, sourceCount, targetCount, limits.bandWidth))
  const largest = Math.max(...bands.map(cellCount))
  // The first band becomes the joined one: only the last can be returned alone.
  const joined = bands[0]!
  for (const band of bands.slice(1)) {
    for (let row = 0; row <= sourceCount; row++) {
      if (band.lo[row]! < joined.lo[row]!) joined.lo[row] = band.lo[row]!
      if (band.hi[row]! > joined.hi[row]!) joined.hi[row] = band.hi[row]!
    }
  }
  return cellCount(joined) <= 4 * largest ? joined : bands.at(-1)!
}

function cellCount(window: SearchWindow): number {
  let cells = 0
  for (let row = 0; row < window.lo.length; row++) cells += window.hi[row]! - window.lo[row]! + 1
  return cells
}
