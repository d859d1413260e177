import type { Anchor } from './numbers-dates.js'
import { fold } from './fold.js'
import { forEachTokenOrIdeograph } from './tokens.js'
import { doubled } from './typed-arrays.js'

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
 * kept as arrays of word ids only (each word's first written form kept once,
 * for evidence), and the anchors handed to `emit` sentence by sentence.
 * Returns the size of the lexicon.
 */
export function inducedLexiconAnchors(
  sourceTexts: readonly string[],
  targetTexts: readonly string[],
  confidentPairs: ReadonlyArray<readonly [number, number]>,
  emit: (side: 0 | 1, index: number, anchors: Anchor[]) => void,
  options: LexiconOptions = defaultLexiconOptions
): number {
  const sourceWords = new WordIds()
  const targetWords = new WordIds()
  const sourceSets = sourceTexts.map((text) => sourceWords.uniqueIds(text))
  const targetSets = targetTexts.map((text) => targetWords.uniqueIds(text))
  const stride = Math.max(1, Math.ceil(confidentPairs.length / options.maxBeads))
  const sample = confidentPairs.filter((_, index) => index % stride === 0)
  const sourceCount = new Int32Array(sourceWords.size)
  const targetCount = new Int32Array(targetWords.size)
  // Indexed loops, not for…of, in this function: it runs once, much of it
  // before V8 optimises it, and there each step of an iterator was an
  // object (the Bible set: 20 MB of them).
  for (let bead = 0; bead < sample.length; bead++) {
    const sourceIds = sourceSets[sample[bead]![0]]!
    const targetIds = targetSets[sample[bead]![1]]!
    for (let at = 0; at < sourceIds.length; at++) sourceCount[sourceIds[at]!]!++
    for (let at = 0; at < targetIds.length; at++) targetCount[targetIds[at]!]!++
  }
  // Words seen in nearly every bead carry no signal; skip them and the
  // words seen too rarely to reach minPairCount before counting pairs.
  const ceiling = Math.max(options.minPairCount, sample.length * 0.5)
  const useful = (count: number): boolean => count >= options.minPairCount && count <= ceiling
  // Co-occurrences counted one source word at a time: the beads holding
  // it (its postings), and for each of them the bead's useful target words
  // added up in a dense counter over the target words. A hash table of
  // every (source, target) pair grew through four sizes (on the
  // Bible-scale input 192,000 pairs in 524,288 slots, 12 MB of fresh
  // memory) and its hashing and probing was most of this function's time.
  // The candidates come in another order, sorted below by a total order.
  const targetStarts = new Int32Array(sample.length + 1)
  const usefulTargets: number[] = []
  const postingCount = new Int32Array(sourceWords.size + 1)
  for (let bead = 0; bead < sample.length; bead++) {
    const sourceIds = sourceSets[sample[bead]![0]]!
    const targetIds = targetSets[sample[bead]![1]]!
    for (let at = 0; at < targetIds.length; at++) if (useful(targetCount[targetIds[at]!]!)) usefulTargets.push(targetIds[at]!)
    targetStarts[bead + 1] = usefulTargets.length
    if (targetStarts[bead + 1] === targetStarts[bead]) continue
    for (let at = 0; at < sourceIds.length; at++) if (useful(sourceCount[sourceIds[at]!]!)) postingCount[sourceIds[at]! + 1]!++
  }
  // postingStarts[w]: where source word w's beads start in `postings`.
  const postingStarts = postingCount
  for (let word = 0; word < sourceWords.size; word++) postingStarts[word + 1]! += postingStarts[word]!
  const postings = new Int32Array(postingStarts[sourceWords.size]!)
  const filled = postingStarts.slice(0, sourceWords.size)
  for (let bead = 0; bead < sample.length; bead++) {
    if (targetStarts[bead + 1] === targetStarts[bead]) continue
    const sourceIds = sourceSets[sample[bead]![0]]!
    for (let at = 0; at < sourceIds.length; at++) if (useful(sourceCount[sourceIds[at]!]!)) postings[filled[sourceIds[at]!]!++] = bead
  }
  const candidates: Array<{ sourceId: number; targetId: number; dice: number; count: number }> = []
  const together = new Int32Array(targetWords.size)
  const countedFor = new Int32Array(targetWords.size).fill(-1)
  const touched: number[] = []
  for (let sourceId = 0; sourceId < sourceWords.size; sourceId++) {
    if (postingStarts[sourceId + 1] === postingStarts[sourceId]) continue
    touched.length = 0
    for (let at = postingStarts[sourceId]!; at < postingStarts[sourceId + 1]!; at++) {
      const bead = postings[at]!
      for (let entry = targetStarts[bead]!; entry < targetStarts[bead + 1]!; entry++) {
        const targetId = usefulTargets[entry]!
        if (countedFor[targetId] !== sourceId) {
          countedFor[targetId] = sourceId
          together[targetId] = 0
          touched.push(targetId)
        }
        together[targetId]!++
      }
    }
    for (let at = 0; at < touched.length; at++) {
      const targetId = touched[at]!
      const count = together[targetId]!
      if (count < options.minPairCount) continue
      const dice = (2 * count) / (sourceCount[sourceId]! + targetCount[targetId]!)
      if (dice >= options.minDice) candidates.push({ sourceId, targetId, dice, count })
    }
  }
  candidates.sort((a, b) => b.dice - a.dice || b.count - a.count || a.sourceId - b.sourceId || a.targetId - b.targetId)
  const sourcePartner = new Map<number, number>()
  const targetPartner = new Map<number, number>()
  for (const candidate of candidates) {
    if (sourcePartner.has(candidate.sourceId) || targetPartner.has(candidate.targetId)) continue
    sourcePartner.set(candidate.sourceId, candidate.targetId)
    targetPartner.set(candidate.targetId, candidate.sourceId)
  }
  // Anchors go straight to the caller sentence by sentence, each pair's key
  // built once: materialising them for every sentence first would hold
  // millions of small objects on a long document.
  const pairKeys = new Map<number, string>()
  for (const [sourceId, targetId] of sourcePartner) pairKeys.set(sourceId, `induced:${sourceId}>${targetId}`)
  const keyOf = (id: number, isSource: boolean): string | undefined => {
    if (isSource) return pairKeys.get(id)
    const sourceId = targetPartner.get(id)
    return sourceId === undefined ? undefined : pairKeys.get(sourceId)
  }
  const emitSide = (sets: Int32Array[], words: WordIds, side: 0 | 1): void => {
    sets.forEach((ids, index) => {
      const anchors: Anchor[] = []
      for (let at = 0; at < ids.length; at++) {
        const key = keyOf(ids[at]!, side === 0)
        if (key !== undefined) anchors.push({ key, kind: 'induced', text: words.written(ids[at]!) })
      }
      if (anchors.length > 0) emit(side, index, anchors)
    })
  }
  if (sourcePartner.size > 0) {
    emitSide(sourceSets, sourceWords, 0)
    emitSide(targetSets, targetWords, 1)
  }
  return sourcePartner.size
}

class WordIds {
  private readonly ids = new Map<string, number>()
  /** Each token as written met so far, with its word's id: a written form met again is not folded again. */
  private readonly idOfWritten = new Map<string, number>()
  /** The same for a CJK unified ideograph (U+4E00–U+9FFF) by its code, plus one (0: not met yet). */
  private readonly idOfIdeograph = new Int32Array(0x9fff - 0x4e00 + 1)
  /** Each word as first written (for the evidence of a bead). */
  private readonly firstWritten: string[] = []
  /** The sentence that last met each word, to keep a sentence's ids distinct without a set per sentence. */
  private lastSeen = new Int32Array(1024)
  private sentence = 0
  private readonly sentenceIds: number[] = []

  get size(): number {
    return this.ids.size
  }

  written(id: number): string {
    return this.firstWritten[id]!
  }

  /** The distinct word ids of a sentence, in order of first occurrence. */
  uniqueIds(text: string): Int32Array {
    this.sentence++
    this.sentenceIds.length = 0
    forEachTokenOrIdeograph(
      text,
      (code) => {
        // A character's id is its written form's, found once per character.
        let id = this.idOfIdeograph[code - 0x4e00]! - 1
        if (id < 0) {
          id = this.idOf(String.fromCharCode(code))
          this.idOfIdeograph[code - 0x4e00] = id + 1
        }
        this.meet(id)
      },
      (written) => this.meet(this.idOf(written))
    )
    // Copied element by element: Int32Array.from walks an array with an iterator.
    const ids = new Int32Array(this.sentenceIds.length)
    for (let at = 0; at < ids.length; at++) ids[at] = this.sentenceIds[at]!
    return ids
  }

  /** Count word `id` in the current sentence, once. */
  private meet(id: number): void {
    if (this.lastSeen[id] !== this.sentence) {
      this.lastSeen[id] = this.sentence
      this.sentenceIds.push(id)
    }
  }

  /** The id of a token as written. */
  private idOf(written: string): number {
    let id = this.idOfWritten.get(written)
    if (id === undefined) {
      const folded = fold(written)
      id = this.ids.get(folded)
      if (id === undefined) {
        id = this.ids.size
        this.ids.set(folded, id)
        this.firstWritten.push(written)
        if (id >= this.lastSeen.length) this.lastSeen = doubled(this.lastSeen)
      }
      this.idOfWritten.set(written, id)
    }
    return id
  }
}
