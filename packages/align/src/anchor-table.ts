import type { Anchor } from './numbers-dates.js'

/**
 * The anchors of both sides, interned: each sentence becomes a sorted list
 * of key ids (with repeats), and each key gets a weight. Only keys seen on
 * both sides are kept: a key of one side alone can never match, and leaving
 * it out makes every sentence cheaper to compare.
 */
export interface AnchorTable {
  /** Weight of each key id: its rarity, ln((S + T) / (df_S + df_T)). */
  weights: Float64Array
  /** How the key was first written on each side, with its kind, for evidence. */
  sourceText: string[]
  targetText: string[]
  kinds: string[]
  /** The key of each id. */
  keys: string[]
  /** 1 for number and date keys: a translation keeps them, so missing ones count against a bead. */
  isNumber: Uint8Array
  source: Int32Array[]
  target: Int32Array[]
}

type Side = 0 | 1

/**
 * Collects anchors sentence by sentence without keeping them: each key
 * string is interned once, and a sentence keeps only the ids of its keys.
 * For 100,000 sentences a side this is the difference between tens of
 * megabytes and most of a gigabyte of small objects.
 */
export class AnchorCollector {
  private readonly ids = new Map<string, number>()
  private readonly keys: string[] = []
  private readonly kinds: string[] = []
  private readonly texts: [Array<string | undefined>, Array<string | undefined>] = [[], []]
  private readonly frequency: [number[], number[]] = [[], []]
  private readonly lastSentence: [number[], number[]] = [[], []]
  private readonly sentences: [Int32Array[], Int32Array[]]
  /** Number and date anchors per sentence (a date read two ways counts once). */
  readonly numbers: [Float64Array, Float64Array]

  constructor(sourceCount: number, targetCount: number) {
    this.sentences = [Array.from({ length: sourceCount }, () => new Int32Array(0)), Array.from({ length: targetCount }, () => new Int32Array(0))]
    this.numbers = [new Float64Array(sourceCount), new Float64Array(targetCount)]
  }

  /** Add anchors to sentence `index` of a side (0 source, 1 target). */
  add(side: Side, index: number, anchors: readonly Anchor[]): void {
    if (anchors.length === 0) return
    const found = new Int32Array(anchors.length)
    const numberTexts = new Set<string>()
    anchors.forEach((anchor, position) => {
      let id = this.ids.get(anchor.key)
      if (id === undefined) {
        id = this.keys.length
        this.ids.set(anchor.key, id)
        this.keys.push(anchor.key)
        this.kinds.push(anchor.kind)
        for (const list of this.texts) list.push(undefined)
        for (const list of this.frequency) list.push(0)
        for (const list of this.lastSentence) list.push(-1)
      }
      this.texts[side][id] ??= anchor.text
      if (this.lastSentence[side][id] !== index) {
        this.lastSentence[side][id] = index
        this.frequency[side][id]!++
      }
      if (isNumberKey(anchor.key)) numberTexts.add(anchor.text)
      found[position] = id
    })
    this.numbers[side][index]! += numberTexts.size
    const before = this.sentences[side][index]!
    const merged = new Int32Array(before.length + found.length)
    merged.set(before)
    merged.set(found, before.length)
    this.sentences[side][index] = merged
  }

  /**
   * The table of keys seen on both sides. The weight is an inverse document
   * frequency over the sentences of both sides: sharing a name that occurs
   * once on each side is strong evidence, sharing a word that half the
   * sentences contain is weak (close to the log-likelihood ratio of
   * "aligned" against "random pair" for a key with that frequency).
   */
  table(): AnchorTable {
    const total = this.sentences[0].length + this.sentences[1].length
    const remap = new Int32Array(this.keys.length).fill(-1)
    const weights: number[] = []
    const table: Omit<AnchorTable, 'weights' | 'isNumber' | 'source' | 'target'> = { sourceText: [], targetText: [], kinds: [], keys: [] }
    const isNumber: number[] = []
    for (let id = 0; id < this.keys.length; id++) {
      const inSource = this.frequency[0][id]!
      const inTarget = this.frequency[1][id]!
      if (inSource === 0 || inTarget === 0) continue
      const weight = Math.log(total / (inSource + inTarget))
      remap[id] = weights.length
      weights.push(weight)
      table.sourceText.push(this.texts[0][id]!)
      table.targetText.push(this.texts[1][id]!)
      table.kinds.push(this.kinds[id]!)
      table.keys.push(this.keys[id]!)
      isNumber.push(isNumberKey(this.keys[id]!) ? 1 : 0)
    }
    const intern = (ids: Int32Array): Int32Array => {
      let count = 0
      for (const id of ids) if (remap[id]! >= 0) count++
      const kept = new Int32Array(count)
      let position = 0
      for (const id of ids) if (remap[id]! >= 0) kept[position++] = remap[id]!
      return kept.sort()
    }
    return { ...table, weights: Float64Array.from(weights), isNumber: Uint8Array.from(isNumber), source: this.sentences[0].map(intern), target: this.sentences[1].map(intern) }
  }
}

/** Whether a key is a number or a date. */
export function isNumberKey(key: string): boolean {
  return key.startsWith('number:') || key.startsWith('date:')
}
