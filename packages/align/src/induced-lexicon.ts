import type { Anchor } from './numbers-dates.js'
import { writtenTokens } from './tokens.js'

/** Limits of lexicon induction. */
export interface LexiconOptions {
  /** A word pair must co-occur in at least this many confident beads. */
  minPairCount: number
  /** …and have at least this Dice coefficient. */
  minDice: number
}

export const defaultLexiconOptions: LexiconOptions = { minPairCount: 3, minDice: 0.4 }

/**
 * hunalign's realign idea: the first pass's confident 1-1 beads are a small
 * parallel corpus; word pairs that co-occur there much more than chance
 * (Dice coefficient over those beads) are translations of each other, and
 * become anchors for a second pass. Competitive linking keeps one partner
 * per word, so a frequent word does not pair with everything.
 */
export function inducedLexiconAnchors(
  sourceTexts: readonly string[],
  targetTexts: readonly string[],
  confidentPairs: ReadonlyArray<readonly [number, number]>,
  options: LexiconOptions = defaultLexiconOptions
): { source: Anchor[][]; target: Anchor[][]; size: number } {
  const sourceWords = new WordIds()
  const targetWords = new WordIds()
  const sourceWritten = sourceTexts.map((text) => sourceWords.uniqueIds(text))
  const targetWritten = targetTexts.map((text) => targetWords.uniqueIds(text))
  const sourceSets = sourceWritten.map((words) => [...words.keys()])
  const targetSets = targetWritten.map((words) => [...words.keys()])
  const sourceCount = new Int32Array(sourceWords.size)
  const targetCount = new Int32Array(targetWords.size)
  for (const [s, t] of confidentPairs) {
    for (const id of sourceSets[s]!) sourceCount[id]!++
    for (const id of targetSets[t]!) targetCount[id]!++
  }
  // Words seen in nearly every bead carry no signal; skip them and the
  // words seen once (which cannot reach minPairCount) before counting pairs.
  const ceiling = Math.max(options.minPairCount, confidentPairs.length * 0.5)
  const useful = (count: number): boolean => count >= options.minPairCount && count <= ceiling
  const together = new Map<number, number>()
  const width = targetWords.size
  for (const [s, t] of confidentPairs) {
    const targets = targetSets[t]!.filter((id) => useful(targetCount[id]!))
    if (targets.length === 0) continue
    for (const sourceId of sourceSets[s]!) {
      if (!useful(sourceCount[sourceId]!)) continue
      for (const targetId of targets) {
        const key = sourceId * width + targetId
        together.set(key, (together.get(key) ?? 0) + 1)
      }
    }
  }
  const candidates: Array<{ sourceId: number; targetId: number; dice: number; count: number }> = []
  for (const [key, count] of together) {
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
  const anchorsOf = (sentences: Array<Map<number, string>>, partner: Map<number, number>, isSource: boolean): Anchor[][] =>
    sentences.map((words) =>
      [...words].flatMap(([id, written]) => {
        const other = partner.get(id)
        if (other === undefined) return []
        const key = isSource ? `lexicon:${id}>${other}` : `lexicon:${other}>${id}`
        return [{ key, kind: 'lexicon', text: written }]
      })
    )
  return {
    source: anchorsOf(sourceWritten, sourcePartner, true),
    target: anchorsOf(targetWritten, targetPartner, false),
    size: sourcePartner.size
  }
}

class WordIds {
  private readonly ids = new Map<string, number>()
  private readonly words: string[] = []

  get size(): number {
    return this.words.length
  }

  /** The distinct words of a sentence: id → the first form written. */
  uniqueIds(text: string): Map<number, string> {
    const seen = new Map<number, string>()
    for (const { written, folded } of writtenTokens(text)) {
      let id = this.ids.get(folded)
      if (id === undefined) {
        id = this.words.length
        this.ids.set(folded, id)
        this.words.push(folded)
      }
      if (!seen.has(id)) seen.set(id, written)
    }
    return seen
  }
}
