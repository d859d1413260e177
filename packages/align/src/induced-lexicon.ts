import type { Anchor } from './numbers-dates.js'
import { PairCounter } from './pair-counter.js'
import { writtenTokens } from './tokens.js'

/** Limits of lexicon induction. */
export interface LexiconOptions {
  /** A word pair must co-occur in at least this many confident beads. */
  minPairCount: number
  /** …and have at least this Dice coefficient. */
  minDice: number
  /** Learn from at most this many beads, evenly spread (bounds the pair table's memory). */
  maxBeads: number
}

export const defaultLexiconOptions: LexiconOptions = { minPairCount: 3, minDice: 0.4, maxBeads: 5_000 }

/**
 * hunalign's realign idea: the first pass's confident 1-1 beads are a small
 * parallel corpus; word pairs that co-occur there much more than chance
 * (Dice coefficient over those beads) are translations of each other, and
 * become anchors for a second pass. Competitive linking keeps one partner
 * per word, so a frequent word does not pair with everything. Sentences are
 * kept as arrays of word ids only; the written forms are read again at the
 * end, for the linked words alone.
 */
export function inducedLexiconAnchors(
  sourceTexts: readonly string[],
  targetTexts: readonly string[],
  confidentPairs: ReadonlyArray<readonly [number, number]>,
  options: LexiconOptions = defaultLexiconOptions
): { source: Anchor[][]; target: Anchor[][]; size: number } {
  const sourceWords = new WordIds()
  const targetWords = new WordIds()
  const sourceSets = sourceTexts.map((text) => sourceWords.uniqueIds(text))
  const targetSets = targetTexts.map((text) => targetWords.uniqueIds(text))
  const stride = Math.max(1, Math.ceil(confidentPairs.length / options.maxBeads))
  const sample = confidentPairs.filter((_, index) => index % stride === 0)
  const sourceCount = new Int32Array(sourceWords.size)
  const targetCount = new Int32Array(targetWords.size)
  for (const [s, t] of sample) {
    for (const id of sourceSets[s]!) sourceCount[id]!++
    for (const id of targetSets[t]!) targetCount[id]!++
  }
  // Words seen in nearly every bead carry no signal; skip them and the
  // words seen too rarely to reach minPairCount before counting pairs.
  const ceiling = Math.max(options.minPairCount, sample.length * 0.5)
  const useful = (count: number): boolean => count >= options.minPairCount && count <= ceiling
  const together = new PairCounter()
  const width = targetWords.size
  for (const [s, t] of sample) {
    const targets = Array.from(targetSets[t]!).filter((id) => useful(targetCount[id]!))
    if (targets.length === 0) continue
    for (const sourceId of sourceSets[s]!) {
      if (!useful(sourceCount[sourceId]!)) continue
      for (const targetId of targets) {
        const key = sourceId * width + targetId
        together.increment(key)
      }
    }
  }
  const candidates: Array<{ sourceId: number; targetId: number; dice: number; count: number }> = []
  for (const [key, count] of together.entries()) {
    if (count < options.minPairCount) continue
    const sourceId = Math.floor(key / width)
    const targetId = key % width
    const dice = (2 * count) / (sourceCount[sourceId]! + targetCount[targetId]!)
    if (dice >= options.minDice) candidates.push({ sourceId, targetId, dice, count })
  }
  candidates.sort((a, b) => b.dice - a.dice || b.count - a.count || a.sourceId - b.sourceId || a.targetId - b.targetId)
  const sourcePartner = new Map<number, number>()
  const targetPartner = new Map<number, number>()
  for (const candidate of candidates) {
    if (sourcePartner.has(candidate.sourceId) || targetPartner.has(candidate.targetId)) continue
    sourcePartner.set(candidate.sourceId, candidate.targetId)
    targetPartner.set(candidate.targetId, candidate.sourceId)
  }
  const anchorsOf = (texts: readonly string[], sets: Int32Array[], words: WordIds, partner: Map<number, number>, isSource: boolean): Anchor[][] =>
    texts.map((text, index) => {
      if (!sets[index]!.some((id) => partner.has(id))) return []
      const anchors: Anchor[] = []
      const seen = new Set<number>()
      for (const { written, folded } of writtenTokens(text)) {
        const id = words.id(folded)
        const other = id === undefined ? undefined : partner.get(id)
        if (id === undefined || other === undefined || seen.has(id)) continue
        seen.add(id)
        anchors.push({ key: isSource ? `lexicon:${id}>${other}` : `lexicon:${other}>${id}`, kind: 'lexicon', text: written })
      }
      return anchors
    })
  return {
    source: anchorsOf(sourceTexts, sourceSets, sourceWords, sourcePartner, true),
    target: anchorsOf(targetTexts, targetSets, targetWords, targetPartner, false),
    size: sourcePartner.size
  }
}

class WordIds {
  private readonly ids = new Map<string, number>()

  get size(): number {
    return this.ids.size
  }

  id(folded: string): number | undefined {
    return this.ids.get(folded)
  }

  /** The distinct word ids of a sentence. */
  uniqueIds(text: string): Int32Array {
    const seen = new Set<number>()
    for (const { folded } of writtenTokens(text)) {
      let id = this.ids.get(folded)
      if (id === undefined) {
        id = this.ids.size
        this.ids.set(folded, id)
      }
      seen.add(id)
    }
    return Int32Array.from(seen)
  }
}
