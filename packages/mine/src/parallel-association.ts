import type { Segment } from '@renderings/types'
import type { MiningDocument } from './types.js'
import type { Occurrence, ParallelProposal, UnitView } from './parallel-view.js'

/**
 * Phrases that occur in the same aligned units and nowhere else (Dice ≥ 0.8,
 * in three units at least), linked best first so each phrase gets one
 * partner; phrases already linked by a bridge are left out.
 */
export function associationPairs(document: MiningDocument, views: readonly UnitView[], linkedLatin: Set<string>, linkedViet: Set<string>): ParallelProposal[] {
  const latin = phrases(views, (entry) => entry.latin, 3)
  const viet = phrases(views, (entry) => entry.viet, 4)
  const pairs: Array<{ l: string; v: string; dice: number; joint: number; balance: number; lWords: number }> = []
  for (const [l, lOcc] of latin) {
    const lUnits = new Set(lOcc.map((occurrence) => occurrence.unit))
    for (const [v, vOcc] of viet) {
      const vUnits = new Set(vOcc.map((occurrence) => occurrence.unit))
      const joint = [...lUnits].filter((unit) => vUnits.has(unit)).length
      // Two units in common happen by chance all the time (dates, verbs): three at least.
      if (joint < 3) continue
      const dice = (2 * joint) / (lUnits.size + vUnits.size)
      if (dice < 0.8 || l === v) continue
      const lWords = l.split(' ').length
      const vWords = v.split(' ').length
      // A French word is one or two Vietnamese syllables.
      const balance = vWords < lWords ? vWords - lWords : vWords > 2 * lWords ? 2 * lWords - vWords : 0
      pairs.push({ l, v, dice, joint, balance, lWords })
    }
  }
  pairs.sort((a, b) => b.dice - a.dice || b.joint - a.joint || b.balance - a.balance || b.lWords - a.lWords || b.l.length - a.l.length)
  const found: ParallelProposal[] = []
  for (const pair of pairs) {
    if (clashes(pair.l, linkedLatin) || clashes(pair.v, linkedViet)) continue
    linkedLatin.add(pair.l)
    linkedViet.add(pair.v)
    const lFirst = latin.get(pair.l)![0]!
    const vFirst = viet.get(pair.v)!.find((occurrence) => occurrence.unit === lFirst.unit) ?? viet.get(pair.v)![0]!
    const entry = views[lFirst.unit]!
    const vEntry = views[vFirst.unit]!
    found.push({
      document,
      source: { segment: entry.latin[lFirst.first]!.segment, start: entry.latin[lFirst.first]!.start, end: entry.latin[lFirst.last]!.end },
      target: { segment: vEntry.viet[vFirst.first]!.segment, start: vEntry.viet[vFirst.first]!.start, end: vEntry.viet[vFirst.last]!.end },
      conceptId: undefined,
      score: Math.round(pair.dice * Math.min(1, 0.5 + pair.joint / 6) * 1000) / 1000,
      via: 'association',
      anchors: [`${pair.joint} aligned units`]
    })
  }
  return found
}

/** Phrases of up to `size` content words (function words inside only), not numbers, that are maximal. */
function phrases<T extends { folded: string; stop: boolean; number: boolean; start: number; end: number; segment: Segment }>(
  views: readonly UnitView[], side: (entry: UnitView) => T[], size: number
): Map<string, Occurrence[]> {
  const all = new Map<string, Occurrence[]>()
  views.forEach((entry, unit) => {
    const tokens = side(entry)
    for (let first = 0; first < tokens.length; first++) {
      if (tokens[first]!.stop || tokens[first]!.number) continue
      let content = 0
      for (let last = first; last < tokens.length && last < first + size + 2; last++) {
        const token = tokens[last]!
        if (token.number || (last > first && !adjacent(entry.document.segmented.text, tokens[last - 1]!, token))) break
        if (token.stop) continue
        if (++content > size) break
        const key = tokens.slice(first, last + 1).map((item) => item.folded).join(' ')
        const list = all.get(key) ?? []
        list.push({ unit, first, last })
        all.set(key, list)
      }
    }
  })
  // Keep a phrase only if no longer phrase around one of its occurrences
  // holds it in as many units ("exportations de terres rares" hides nothing
  // if it is rarer than "terres rares"). Only units seen twice can pair.
  const at = new Map<string, string>()
  const units = new Map<string, number>()
  for (const [key, occurrences] of all) {
    units.set(key, new Set(occurrences.map((occurrence) => occurrence.unit)).size)
    for (const occurrence of occurrences) at.set(`${occurrence.unit}:${occurrence.first}:${occurrence.last}`, key)
  }
  const maximal = new Map<string, Occurrence[]>()
  for (const [key, occurrences] of all) {
    const count = units.get(key)!
    if (count < 2) continue
    const hidden = occurrences.some((occurrence) => {
      for (let first = occurrence.first; first >= occurrence.first - size - 2 && first >= 0; first--) {
        for (let last = occurrence.last; last <= occurrence.last + size + 2; last++) {
          if (first === occurrence.first && last === occurrence.last) continue
          const parent = at.get(`${occurrence.unit}:${first}:${last}`)
          if (parent !== undefined && units.get(parent)! >= count) return true
        }
      }
      return false
    })
    if (!hidden) maximal.set(key, occurrences)
  }
  return maximal
}

function adjacent(text: string, left: { end: number; segment: Segment }, right: { start: number; segment: Segment }): boolean {
  return left.segment === right.segment && !/[,;:.!?()«»"“”—–]/u.test(text.slice(left.end, right.start))
}

function clashes(phrase: string, linked: ReadonlySet<string>): boolean {
  for (const other of linked) if (` ${other} `.includes(` ${phrase} `) || ` ${phrase} `.includes(` ${other} `)) return true
  return false
}

