/** A bead as sentence indices only (gold files and scoring need no more). */
export interface IndexBead {
  source: readonly number[]
  target: readonly number[]
}

/** Strict and lax precision, recall and F1 of an alignment against a gold one. */
export interface AlignmentScores {
  precisionStrict: number
  recallStrict: number
  f1Strict: number
  precisionLax: number
  recallLax: number
  f1Lax: number
}

/** One document's predicted and gold beads. */
export interface ScoredDocument {
  gold: readonly IndexBead[]
  test: readonly IndexBead[]
}

/**
 * The scores of Vecalign's `score.py` (Thompson & Koehn 2019, after
 * Sennrich & Volk's strict/lax definitions), summed over documents: a
 * predicted bead is strictly right when it equals a gold bead, laxly right
 * when it shares a source sentence and a target sentence with gold. Precision
 * counts every predicted bead including 1-0 and 0-1 ones; recall swaps the
 * roles with 1-0 and 0-1 beads left out on both sides.
 */
export function scoreAlignments(documents: readonly ScoredDocument[]): AlignmentScores {
  const precision = [0, 0, 0, 0]
  const recall = [0, 0, 0, 0]
  for (const { gold, test } of documents) {
    add(precision, counts(gold, test))
    add(recall, counts(test.filter(bothSides), gold.filter(bothSides)))
  }
  const ratio = (right: number, wrong: number): number => (right + wrong === 0 ? 0 : right / (right + wrong))
  const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r))
  const precisionStrict = ratio(precision[0]!, precision[1]!)
  const precisionLax = ratio(precision[2]!, precision[3]!)
  const recallStrict = ratio(recall[0]!, recall[1]!)
  const recallLax = ratio(recall[2]!, recall[3]!)
  return {
    precisionStrict,
    recallStrict,
    f1Strict: f1(precisionStrict, recallStrict),
    precisionLax,
    recallLax,
    f1Lax: f1(precisionLax, recallLax)
  }
}

/** [strict right, strict wrong, lax right, lax wrong] of `test` against `gold`. */
function counts(gold: readonly IndexBead[], test: readonly IndexBead[]): number[] {
  const key = (bead: IndexBead): string => `${bead.source.join(',')}:${bead.target.join(',')}`
  const goldKeys = new Set(gold.filter(anySide).map(key))
  const goldTargetsOfSource = new Map<number, Set<number>>()
  for (const bead of gold) {
    for (const s of bead.source) {
      const targets = goldTargetsOfSource.get(s) ?? new Set<number>()
      for (const t of bead.target) targets.add(t)
      goldTargetsOfSource.set(s, targets)
    }
  }
  const result = [0, 0, 0, 0]
  const seen = new Set<string>()
  for (const bead of test) {
    if (!anySide(bead)) continue
    const name = key(bead)
    if (seen.has(name)) continue
    seen.add(name)
    if (goldKeys.has(name)) {
      result[0]!++
      result[2]!++
      continue
    }
    result[1]!++
    const lax = bead.source.some((s) => bead.target.some((t) => goldTargetsOfSource.get(s)?.has(t) === true))
    result[lax ? 2 : 3]!++
  }
  return result
}

function add(into: number[], values: readonly number[]): void {
  values.forEach((value, index) => (into[index]! += value))
}

function anySide(bead: IndexBead): boolean {
  return bead.source.length > 0 || bead.target.length > 0
}

function bothSides(bead: IndexBead): boolean {
  return bead.source.length > 0 && bead.target.length > 0
}
