import type { AnchorTable, UnitAnchors } from './anchor-table.js'
import type { PathBead } from './banded-search.js'

/**
 * The lexical evidence of a bead as a log-likelihood ratio, in nats (the
 * unit of the length model and the shape prior, so the three add up with no
 * weights to tune).
 *
 * Each token with anchors (a word, a number, a name, a Chinese word with its
 * renderings) is matched or not by the other side of the bead. If the bead
 * is a true translation, a token of kind k is matched with probability
 * p_k (estimated from the document itself); if the other side were a
 * random sentence of the document, with probability q, the share of the
 * other side's sentences holding one of its keys. A matched token is
 * evidence ln(p/q), an unmatched one ln((1-p)/(1-q)) (against): rare words
 * weigh more than common ones (q small), and a sentence joined to a bead
 * without being matched costs its unmatched tokens, which is what keeps
 * beads from swallowing neighbours. Both directions are counted and
 * averaged (source tokens matched in the target, target tokens matched in
 * the source), so each side's tokens count half.
 *
 * Per unit this is kept as `base`, the evidence if nothing matched (a sum
 * of ln((1-p)/(1-q)) ≤ 0), and per key entry the `gain` of matching it
 * (ln(p/q) − ln((1-p)/(1-q)), the log odds ratio); a bead's evidence is
 * the two bases plus the gains of the matched keys.
 */
export interface UnitEvidence {
  /** Key ids of each unit (with repeats: one entry per token and key). */
  anchors: Int32Array[]
  /** The gain of each entry of `anchors`. */
  gains: Float32Array[]
  /** Each entry's share of its token's evidence when unmatched (a coarse unit that drops entries drops their share too). */
  misses: Float32Array[]
  /** Evidence of each unit if none of its tokens matched: the sum of its `misses`. */
  base: Float64Array
}

/** Probability that a token of each kind is matched by a true translation, per side. */
export type MatchRates = ReadonlyMap<string, readonly [number, number]>

/** Before anything is known of the document: as likely matched as not. */
const initialRate = 0.5

/** The evidence of each unit of one side, given the other side's key frequencies. */
export function unitEvidence(table: AnchorTable, side: 0 | 1, rates: MatchRates): UnitEvidence {
  const units = side === 0 ? table.source : table.target
  const otherFrequency = side === 0 ? table.targetFrequency : table.sourceFrequency
  const otherCount = side === 0 ? table.target.length : table.source.length
  // One buffer per array for the whole side, each unit a view into it: a
  // typed array per unit costs more in headers than in contents when a
  // side has 100,000 sentences.
  let capacity = 0
  for (const unit of units) capacity += unit.keys.length
  const allKeys = new Int32Array(capacity)
  const allGains = new Float32Array(capacity)
  const allMisses = new Float32Array(capacity)
  const starts = new Int32Array(units.length + 1)
  const base = new Float64Array(units.length)
  let position = 0
  units.forEach((unit, index) => {
    let unitBase = 0
    forEachToken(unit, (_, from, to) => {
      // q: the chance that a random sentence of the other side holds one of the token's keys.
      let missAll = 1
      for (let entry = from; entry < to; entry++) missAll *= 1 - otherFrequency[unit.keys[entry]!]! / otherCount
      const q = Math.min(0.99, Math.max(0.5 / otherCount, 1 - missAll))
      const p = rateOf(rates, table.kinds[unit.keys[from]!]!, side)
      // A token as likely matched by chance as by a translation says nothing: it is left out of what the search reads.
      if (p <= q) return
      const miss = Math.log((1 - p) / (1 - q))
      unitBase += miss / 2
      // The same for every entry of the token: computed once, not per entry.
      const gain = (Math.log(p / q) - miss) / 2
      const entryMiss = miss / 2 / (to - from)
      for (let entry = from; entry < to; entry++) {
        allKeys[position] = unit.keys[entry]!
        allGains[position] = gain
        allMisses[position++] = entryMiss
      }
    })
    base[index] = unitBase
    starts[index + 1] = position
  })
  const view = <T extends Int32Array | Float32Array>(all: T): T[] => Array.from(units, (_, index) => all.subarray(starts[index]!, starts[index + 1]!) as T)
  return { anchors: view(allKeys), gains: view(allGains), misses: view(allMisses), base }
}

/**
 * Estimate each kind's match rate from a path: the share of tokens of that
 * kind matched in their 1-1 bead, on each side. Laplace's rule (one match
 * and one miss added) keeps a kind seen a few times near an even chance.
 */
export function estimateRates(table: AnchorTable, path: readonly PathBead[]): MatchRates {
  const counts = new Map<string, [number, number, number, number]>()
  const stamps = new Int32Array(table.keys.length)
  let stamp = 0
  const tally = (unit: UnitAnchors, other: UnitAnchors, side: 0 | 1): void => {
    stamp++
    for (const key of other.keys) stamps[key] = stamp
    forEachToken(unit, (_, from, to) => {
      const kind = table.kinds[unit.keys[from]!]!
      let entry = counts.get(kind)
      if (entry === undefined) counts.set(kind, (entry = [0, 0, 0, 0]))
      let matched = false
      for (let position = from; position < to && !matched; position++) matched = stamps[unit.keys[position]!] === stamp
      entry[2 * side]! += matched ? 1 : 0
      entry[2 * side + 1]!++
    })
  }
  for (const bead of path) {
    if (bead.s1 - bead.s0 !== 1 || bead.t1 - bead.t0 !== 1) continue
    const source = table.source[bead.s0]!
    const target = table.target[bead.t0]!
    tally(source, target, 0)
    tally(target, source, 1)
  }
  const rates = new Map<string, readonly [number, number]>()
  for (const [kind, [sourceMatched, sourceTotal, targetMatched, targetTotal]] of counts) {
    rates.set(kind, [(sourceMatched + 1) / (sourceTotal + 2), (targetMatched + 1) / (targetTotal + 2)])
  }
  return rates
}

function rateOf(rates: MatchRates, kind: string, side: 0 | 1): number {
  return rates.get(kind)?.[side] ?? initialRate
}

/** Call `visit(token, from, to)` for each token of a unit: its entries are `keys[from, to)` (a token's entries are contiguous). */
function forEachToken(unit: UnitAnchors, visit: (token: number, from: number, to: number) => void): void {
  let from = 0
  for (let entry = 1; entry <= unit.keys.length; entry++) {
    if (entry === unit.keys.length || unit.owners[entry] !== unit.owners[from]) {
      visit(unit.owners[from]!, from, entry)
      from = entry
    }
  }
}
