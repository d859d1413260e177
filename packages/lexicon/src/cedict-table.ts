import { readFileSync } from 'node:fs'
import { hashRange } from './headword-hash.js'

/** One headword of the compiled CC-CEDICT table. */
export interface CedictHeadword {
  /** Pinyin readings as CC-CEDICT writes them (`xi2 jin4 ping2`), one per entry. */
  pinyin: string[]
  /** English renderings, the usual senses first. */
  renderings: string[]
}

/**
 * The compiled CC-CEDICT table (`data/cedict-*.txt`, built at install by
 * `scripts/build-cedict.ts`). Loading reads the headwords as one string
 * and their hash table as it was built (no map to fill); the entries stay
 * bytes, one line decoded when its headword is first looked up, and the
 * stem frequencies are read on first need.
 */
export class CedictTable {
  readonly headwordCount: number
  /** Every headword run together; headword i is `[offsets[i], offsets[i + 1])`. */
  private readonly headwords: string
  private readonly offsets: Uint32Array
  /** Open addressing over the headwords: slot → headword index + 1, 0 when empty. */
  private readonly slots: Int32Array
  /** Longest headword (in UTF-16 units) starting with each character. */
  private readonly longestFrom = new Map<number, number>()
  private readonly entries: Buffer
  /** Byte offset of each entry line, and one past the last. */
  private readonly lineStarts: Uint32Array
  private readonly parsed = new Map<number, CedictHeadword>()
  /** Each headword's weight as evidence, ×1/255 (from Jieba's inverse document frequencies). */
  private readonly weights: Uint8Array
  private readonly stemsFile: URL
  private stemTable: Map<string, { count: number; word: string }> | undefined

  constructor(folder: URL) {
    const headwordsFile = new URL('cedict-headwords.txt', folder)
    const text = readFileSync(headwordsFile, 'utf8')
    const newline = text.indexOf('\n')
    if (!text.startsWith('# CC-CEDICT') || newline < 0) throw new Error(`${headwordsFile.pathname}: not a compiled CC-CEDICT table`)
    this.headwords = text.slice(newline + 1, text.endsWith('\n') ? -1 : undefined)
    const index = readFileSync(new URL('cedict-index.bin', folder))
    const words = new Uint32Array(index.buffer, index.byteOffset, index.byteLength / 4)
    const count = words[0]!
    const size = words[1]!
    this.offsets = words.subarray(2, 3 + count)
    this.slots = new Int32Array(index.buffer, index.byteOffset + 4 * (3 + count), size)
    this.headwordCount = count
    for (let word = 0; word < count; word++) {
      const first = this.headwords.charCodeAt(this.offsets[word]!)
      const length = this.offsets[word + 1]! - this.offsets[word]!
      if (length > (this.longestFrom.get(first) ?? 0)) this.longestFrom.set(first, length)
    }
    this.entries = readFileSync(new URL('cedict-entries.txt', folder))
    this.lineStarts = new Uint32Array(count + 1)
    let position = 0
    for (let line = 0; line < count; line++) {
      this.lineStarts[line] = position
      position = this.entries.indexOf(0x0a, position) + 1
    }
    this.lineStarts[count] = position
    this.stemsFile = new URL('cedict-stems.txt', folder)
    const weights = readFileSync(new URL('cedict-weights.bin', folder))
    if (weights.length !== count) throw new Error(`${new URL('cedict-weights.bin', folder).pathname}: ${weights.length} weights for ${count} headwords (rebuild with pnpm --filter @renderings/lexicon build:data)`)
    this.weights = new Uint8Array(weights.buffer, weights.byteOffset, weights.length)
  }

  /** How much a link through the headword `text` counts (0–1): function words nearly nothing, specific words 1; undefined when it is not a headword. */
  weight(text: string): number | undefined {
    const index = this.find(text)
    return index < 0 ? undefined : this.weights[index]! / 255
  }

  /** Index of the headword `text[start, start + length)`, or -1. */
  find(text: string, start = 0, length = text.length - start): number {
    const mask = this.slots.length - 1
    let slot = hashRange(text, start, length) & mask
    for (;;) {
      const entry = this.slots[slot]!
      if (entry === 0) return -1
      const word = entry - 1
      const from = this.offsets[word]!
      if (this.offsets[word + 1]! - from === length && this.sameText(from, text, start, length)) return word
      slot = (slot + 1) & mask
    }
  }

  private sameText(from: number, text: string, start: number, length: number): boolean {
    for (let offset = 0; offset < length; offset++) if (this.headwords.charCodeAt(from + offset) !== text.charCodeAt(start + offset)) return false
    return true
  }

  /** Longest headword length (UTF-16 units) that can start at `text[index]`, 0 if none. */
  longestAt(text: string, index: number): number {
    return this.longestFrom.get(text.charCodeAt(index)) ?? 0
  }

  /** The headword's pinyin and renderings, or undefined when it is not in the table. */
  lookup(headword: string): CedictHeadword | undefined {
    const index = this.find(headword)
    if (index < 0) return undefined
    const known = this.parsed.get(index)
    if (known !== undefined) return known
    const line = this.entries.toString('utf8', this.lineStarts[index], this.lineStarts[index + 1]! - 1)
    const [pinyin = '', renderings = ''] = line.split('\t')
    const entry: CedictHeadword = { pinyin: pinyin.split(','), renderings: renderings === '' ? [] : renderings.split('|') }
    this.parsed.set(index, entry)
    return entry
  }
  /** In how many headwords' renderings an English stem occurs (0 when none): the basis of its rarity. */
  stemFrequency(stem: string): number {
    return this.stems().get(stem)?.count ?? 0
  }

  /** Every English stem of the renderings with the word most often written for it (`sovereignti` → `sovereignty`). */
  *englishWords(): Iterable<{ stem: string; word: string }> {
    for (const [stem, { word }] of this.stems()) yield { stem, word }
  }

  private stems(): Map<string, { count: number; word: string }> {
    if (this.stemTable === undefined) {
      const table = new Map<string, { count: number; word: string }>()
      for (const line of readFileSync(this.stemsFile, 'utf8').split('\n')) {
        if (line.startsWith('#')) continue
        const [stem = '', count = '', word = stem] = line.split('\t')
        if (stem !== '') table.set(stem, { count: Number(count), word })
      }
      this.stemTable = table
    }
    return this.stemTable
  }
}
