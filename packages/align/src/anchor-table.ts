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

/**
 * Collects anchors sentence by sentence without keeping them as objects:
 * each key string is interned once, and a sentence keeps only the ids of its
 * keys and which token each belongs to. For 100,000 sentences a side this is
 * the difference between tens of megabytes and most of a gigabyte.
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
  private readonly sentences: [UnitAnchors[], UnitAnchors[]]

  constructor(sourceCount: number, targetCount: number) {
    const empty = (): UnitAnchors => ({ keys: new Int32Array(0), owners: new Int32Array(0), tokens: 0 })
    this.sentences = [Array.from({ length: sourceCount }, empty), Array.from({ length: targetCount }, empty)]
  }

  /** Add anchors to sentence `index` of a side (0 source, 1 target): each anchor is one token of one key. */
  add(side: Side, index: number, anchors: readonly Anchor[]): void {
    if (anchors.length === 0) return
    const entries = this.extend(side, index, anchors.length)
    for (const anchor of anchors) {
      entries.push(this.intern(anchor.key, anchor.kind), anchor.text)
      entries.next()
    }
    entries.done()
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
    const entries = this.extend(side, index, ids.length)
    for (let token = 0; token < texts.length; token++) {
      for (let entry = starts[token]!; entry < starts[token + 1]!; entry++) {
        const number = ids[entry]!
        let id = known.get(number)
        if (id === undefined) known.set(number, (id = this.intern(`${space}:${number}`, kinds[token]!)))
        entries.push(id, texts[token]!)
      }
      entries.next()
    }
    entries.done()
  }

  /** Room for `size` more entries in a sentence, filled token by token. */
  private extend(side: Side, index: number, size: number): { push(id: number, text: string): void; next(): void; done(): void } {
    const before = this.sentences[side][index]!
    const keys = new Int32Array(before.keys.length + size)
    const owners = new Int32Array(before.keys.length + size)
    keys.set(before.keys)
    owners.set(before.owners)
    let position = before.keys.length
    let owner = before.tokens
    let tokenStart = position
    return {
      push: (id, text) => {
        this.texts[side][id] ??= text
        if (this.lastSentence[side][id] !== index) {
          this.lastSentence[side][id] = index
          this.frequency[side][id]!++
        }
        keys[position] = id
        owners[position++] = owner
      },
      next: () => {
        if (position > tokenStart) owner++
        tokenStart = position
      },
      done: () => {
        this.sentences[side][index] = { keys: keys.subarray(0, position), owners: owners.subarray(0, position), tokens: owner }
      }
    }
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
    // Tokens without a surviving key are dropped and the others renumbered.
    // Each side's units are views into one buffer (see unitEvidence).
    const keep = (units: readonly UnitAnchors[]): UnitAnchors[] => {
      let capacity = 0
      for (const unit of units) capacity += unit.keys.length
      const allKeys = new Int32Array(capacity)
      const allOwners = new Int32Array(capacity)
      let position = 0
      return units.map((unit) => {
        const start = position
        let tokens = 0
        let lastOwner = -1
        unit.keys.forEach((id, entry) => {
          if (remap[id]! < 0) return
          const owner = unit.owners[entry]!
          // A token's entries are contiguous: a new owner is the next token.
          if (owner !== lastOwner) {
            lastOwner = owner
            tokens++
          }
          allKeys[position] = remap[id]!
          allOwners[position++] = tokens - 1
        })
        return position === start ? empty : { keys: allKeys.subarray(start, position), owners: allOwners.subarray(start, position), tokens }
      })
    }
    table.sourceFrequency = Int32Array.from(sourceFrequency)
    table.targetFrequency = Int32Array.from(targetFrequency)
    table.source = keep(this.sentences[0])
    table.target = keep(this.sentences[1])
    return table
  }
}

/** Whether a key is a number or a date. */
export function isNumberKey(key: string): boolean {
  return key.startsWith('number:') || key.startsWith('date:')
}
