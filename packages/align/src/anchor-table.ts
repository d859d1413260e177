import type { Anchor } from './numbers-dates.js'

/** The anchors of one unit (a sentence, or a run of them in a coarse pass). */
export interface UnitAnchors {
  /**
   * Key ids, one per (token, key); a key may repeat (two tokens of the unit
   * have it). A token is one piece of evidence (a word, a number, a name, a
   * Chinese word) that matches when any one of its keys is found on the
   * other side: most tokens have one key, a Chinese word one per rendering
   * the other text uses.
   */
  keys: Int32Array
  /** The token of each entry of `keys`, numbered within the unit. */
  owners: Int32Array
  /** How many tokens the unit has (tokens left without any key are dropped). */
  tokens: number
}

/**
 * The anchors of both sides, interned and kept only where they can match:
 * a key seen on one side alone can never match, and dropping it (and the
 * tokens left without keys) makes every comparison cheaper. Numbers and
 * dates are the exception (see {@link AnchorCollector.table}).
 */
export interface AnchorTable {
  /** The key of each id, its kind, and how it was first written on each side (for evidence). */
  keys: string[]
  kinds: string[]
  sourceText: string[]
  targetText: string[]
  /** In how many source and target units each key occurs. */
  sourceFrequency: Int32Array
  targetFrequency: Int32Array
  source: UnitAnchors[]
  target: UnitAnchors[]
}

type Side = 0 | 1

/** A side's entries in the order they were added: sentence, key id and token (numbered within its sentence) of each. */
class SideEntries {
  sentences = new Int32Array(1024)
  keys = new Int32Array(1024)
  owners = new Int32Array(1024)
  length = 0
  /** How many tokens each sentence has so far. */
  readonly tokens: Int32Array

  constructor(count: number) {
    this.tokens = new Int32Array(count)
  }

  push(sentence: number, key: number, owner: number): void {
    if (this.length === this.keys.length) {
      const grow = <T extends Int32Array>(array: T): T => {
        const larger = new Int32Array(array.length * 2) as T
        larger.set(array)
        return larger
      }
      this.sentences = grow(this.sentences)
      this.keys = grow(this.keys)
      this.owners = grow(this.owners)
    }
    this.sentences[this.length] = sentence
    this.keys[this.length] = key
    this.owners[this.length++] = owner
  }
}

/**
 * Collects anchors sentence by sentence without keeping them as objects:
 * each key string is interned once, and each side keeps only the key ids
 * of its sentences and which token each belongs to, in flat arrays in the
 * order they came (grouped by sentence when the table is made). For 100,000
 * sentences a side this is the difference between tens of megabytes and
 * most of a gigabyte.
 */
export class AnchorCollector {
  private readonly ids = new Map<string, number>()
  /** Ids of numbered keys, per key space (see {@link addNumberedTokens}). */
  private readonly numbered = new Map<string, Map<number, number>>()
  private readonly keys: string[] = []
  private readonly kinds: string[] = []
  private readonly texts: [Array<string | undefined>, Array<string | undefined>] = [[], []]
  private readonly frequency: [number[], number[]] = [[], []]
  private readonly lastSentence: [number[], number[]] = [[], []]
  private readonly entries: [SideEntries, SideEntries]
  private readonly counts: [number, number]

  constructor(sourceCount: number, targetCount: number) {
    this.entries = [new SideEntries(sourceCount), new SideEntries(targetCount)]
    this.counts = [sourceCount, targetCount]
  }

  /** Add anchors to sentence `index` of a side (0 source, 1 target): each anchor is one token of one key. */
  add(side: Side, index: number, anchors: readonly Anchor[]): void {
    if (anchors.length === 0) return
    const entries = this.entries[side]
    let owner = entries.tokens[index]!
    for (const anchor of anchors) {
      this.push(side, index, this.intern(anchor.key, anchor.kind), anchor.text, owner++)
    }
    entries.tokens[index] = owner
  }

  /**
   * Add tokens whose keys are numbers of an outside key space (a lexicon's
   * interned ids): token `t` has keys `ids[starts[t]] … ids[starts[t + 1]]`,
   * its kind and text are `kinds[t]` and `texts[t]`. No key string is made
   * per occurrence, only one per distinct id.
   */
  addNumberedTokens(side: Side, index: number, space: string, ids: ArrayLike<number>, starts: ArrayLike<number>, kinds: readonly string[], texts: readonly string[]): void {
    if (texts.length === 0) return
    let known = this.numbered.get(space)
    if (known === undefined) this.numbered.set(space, (known = new Map()))
    const entries = this.entries[side]
    let owner = entries.tokens[index]!
    for (let token = 0; token < texts.length; token++) {
      // A token without keys takes no number.
      if (starts[token + 1]! <= starts[token]!) continue
      for (let entry = starts[token]!; entry < starts[token + 1]!; entry++) {
        const number = ids[entry]!
        let id = known.get(number)
        if (id === undefined) known.set(number, (id = this.intern(`${space}:${number}`, kinds[token]!)))
        this.push(side, index, id, texts[token]!, owner)
      }
      owner++
    }
    entries.tokens[index] = owner
  }

  private push(side: Side, index: number, id: number, text: string, owner: number): void {
    this.texts[side][id] ??= text
    if (this.lastSentence[side][id] !== index) {
      this.lastSentence[side][id] = index
      this.frequency[side][id]!++
    }
    this.entries[side].push(index, id, owner)
  }

  private intern(key: string, kind: string): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.keys.length
      this.ids.set(key, id)
      this.keys.push(key)
      this.kinds.push(kind)
      for (const list of this.texts) list.push(undefined)
      for (const list of this.frequency) list.push(0)
      for (const list of this.lastSentence) list.push(-1)
    }
    return id
  }

  /** The table of the keys seen on both sides (and of every number and date), ids renumbered densely. */
  table(): AnchorTable {
    const remap = new Int32Array(this.keys.length).fill(-1)
    const table: AnchorTable = { keys: [], kinds: [], sourceText: [], targetText: [], sourceFrequency: new Int32Array(0), targetFrequency: new Int32Array(0), source: [], target: [] }
    const sourceFrequency: number[] = []
    const targetFrequency: number[] = []
    for (let id = 0; id < this.keys.length; id++) {
      const inSource = this.frequency[0][id]!
      const inTarget = this.frequency[1][id]!
      // Numbers and dates stay even when the other side lacks them: a
      // translation keeps numbers, so one that appears nowhere opposite is
      // evidence that its sentence went untranslated.
      if ((inSource === 0 || inTarget === 0) && !isNumberKey(this.keys[id]!)) continue
      remap[id] = table.keys.length
      table.keys.push(this.keys[id]!)
      table.kinds.push(this.kinds[id]!)
      table.sourceText.push(this.texts[0][id]!)
      table.targetText.push(this.texts[1][id]!)
      sourceFrequency.push(inSource)
      targetFrequency.push(inTarget)
    }
    const empty: UnitAnchors = { keys: new Int32Array(0), owners: new Int32Array(0), tokens: 0 }
    // Each sentence's entries in the order they were added; tokens without
    // a surviving key are dropped and the others renumbered. Each side's
    // units are views into one buffer (see unitEvidence).
    const keep = (side: SideEntries, count: number): UnitAnchors[] => {
      const starts = new Int32Array(count + 1)
      for (let entry = 0; entry < side.length; entry++) starts[side.sentences[entry]! + 1]!++
      for (let sentence = 0; sentence < count; sentence++) starts[sentence + 1]! += starts[sentence]!
      const order = new Int32Array(side.length)
      const fill = starts.slice(0, count)
      for (let entry = 0; entry < side.length; entry++) order[fill[side.sentences[entry]!]!++] = entry
      const allKeys = new Int32Array(side.length)
      const allOwners = new Int32Array(side.length)
      let position = 0
      const units: UnitAnchors[] = new Array(count)
      for (let sentence = 0; sentence < count; sentence++) {
        const start = position
        let tokens = 0
        let lastOwner = -1
        for (let at = starts[sentence]!; at < starts[sentence + 1]!; at++) {
          const entry = order[at]!
          const id = side.keys[entry]!
          if (remap[id]! < 0) continue
          const owner = side.owners[entry]!
          // A token's entries are contiguous: a new owner is the next token.
          if (owner !== lastOwner) {
            lastOwner = owner
            tokens++
          }
          allKeys[position] = remap[id]!
          allOwners[position++] = tokens - 1
        }
        units[sentence] = position === start ? empty : { keys: allKeys.subarray(start, position), owners: allOwners.subarray(start, position), tokens }
      }
      return units
    }
    table.sourceFrequency = Int32Array.from(sourceFrequency)
    table.targetFrequency = Int32Array.from(targetFrequency)
    table.source = keep(this.entries[0], this.counts[0])
    table.target = keep(this.entries[1], this.counts[1])
    return table
  }
}

/** Whether a key is a number or a date. */
export function isNumberKey(key: string): boolean {
  return key.startsWith('number:') || key.startsWith('date:')
}
