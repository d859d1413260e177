import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import type { HeadwordLookup } from './chinese-words.js'
import { type RenderingWords, parseRenderingWords, tableFormat, tableMagic } from './cedict-format.js'
import { fnvOffset, fnvPrime, hashRange } from './headword-hash.js'

/** One headword of the compiled CC-CEDICT table. */
export interface CedictHeadword {
  /** Pinyin readings as CC-CEDICT writes them (`Xi2 Jin4 ping2`: capitalised for a proper name), one per entry. */
  pinyin: string[]
  /** English renderings, the usual senses first. */
  renderings: string[]
  /** The words of each rendering, tokenised and stemmed at install: numbers into {@link CedictTable.renderingWord}. */
  renderingWords: RenderingWords[]
}

/** An English word of the renderings, folded, with its stem. */
export interface RenderingWord {
  folded: string
  stem: string
}

/**
 * The word table (`data/cedict-words.txt` and `.bin`, kept as the
 * headwords are): the renderings' words run together and their stems run
 * together, with their offsets, each word's stem, each stem's headword
 * count and a hash table over each, used as they are.
 */
interface WordTable {
  words: string
  stems: string
  wordOffsets: Uint32Array
  wordStem: Uint32Array
  stemOffsets: Uint32Array
  wordSlots: Int32Array
  /** Where in the binary file the stems' counts and hash table lie, read on first need ({@link StemCounts}). */
  stemCountsAt: number
  stemCount: number
  stemSlotsAt: number
  stemSlotCount: number
}

/** The stems' headword counts and their hash table: only a stem's rarity needs them (weighing prepared segments), not the aligner. */
interface StemCounts {
  stemCounts: Uint32Array
  stemSlots: Int32Array
}

const rebuild = 'rebuild with pnpm --filter @renderings/lexicon build:data'
const entriesEnded = `cedict-entries.txt: ended inside the entries (${rebuild})`

/**
 * The compiled CC-CEDICT table (`data/cedict-*.txt`, built at install by
 * `scripts/build-cedict.ts`). Loading reads the headwords as one string
 * and their hash table as it was built (no map to fill); the entries stay
 * on disk, one line read when its headword is first looked up, and the
 * stem frequencies are read on first need.
 */
export class CedictTable implements HeadwordLookup {
  readonly headwordCount: number
  /** Every headword run together; headword i is `[offsets[i], offsets[i + 1])`. */
  private readonly headwords: string
  private readonly offsets: Uint32Array
  /** Open addressing over the headwords: slot → headword index + 1, 0 when empty. */
  private readonly slots: Int32Array
  /** Longest headword (in UTF-16 units) starting with each UTF-16 code unit, 0 when none does. */
  private readonly longestFrom: Uint8Array
  /**
   * The entries file, open: a line is read where it lies when its headword
   * is first looked up. A text looks up a few thousand of the 240,000
   * headwords, and reading the whole 11 MB file for them was a tenth of a
   * short alignment's time.
   */
  private readonly entries: number
  private lineBuffer = Buffer.allocUnsafe(4096)
  /** Byte offset of each entry line, and one past the last. */
  private readonly lineStarts: Uint32Array
  private readonly parsed = new Map<number, CedictHeadword>()
  /** Entry lines read ahead by {@link readAhead}, each taken out when it is read. */
  private readonly readLines = new Map<number, string>()
  /** Each headword's weight as evidence, ×1/255 (from Jieba's inverse document frequencies), read on first need: only weighing prepared segments asks, not the aligner. */
  private weights: Uint8Array | undefined
  private readonly folder: URL
  private words: WordTable | undefined
  private stemCounts: StemCounts | undefined
  private readonly cognatesFile: URL
  private cognateLines: Map<string, string> | undefined
  private readonly cognateBuckets = new Map<string, ReadonlyArray<{ form: string; stem: string }>>()
  private readonly simplifiedFile: URL
  /** Traditional character code → the Simplified one it is written as (only those that differ). */
  private simplifiedOf: Map<number, number> | undefined

  constructor(folder: URL) {
    const headwordsFile = new URL('cedict-headwords.txt', folder)
    // Read whole, then decoded: readFileSync with an encoding reads 8 KB at
    // a time into a growing native string, 190 reads and a few hundred more
    // page faults for this 1.5 MB file (about 4 ms of the 20 it took).
    const text = readFileSync(headwordsFile).toString('utf8')
    const newline = text.indexOf('\n')
    if (!text.startsWith('# CC-CEDICT') || newline < 0) throw new Error(`${headwordsFile.pathname}: not a compiled CC-CEDICT table`)
    this.headwords = text.slice(newline + 1, text.endsWith('\n') ? -1 : undefined)
    const indexFile = new URL('cedict-index.bin', folder)
    const index = readFileSync(indexFile)
    const words = new Uint32Array(index.buffer, index.byteOffset, index.byteLength / 4)
    if (words[0] !== tableMagic || words[1] !== tableFormat) throw new Error(`${indexFile.pathname}: built by an older version of the lexicon (${rebuild})`)
    const count = words[2]!
    const size = words[3]!
    let at = 4
    this.offsets = words.subarray(at, (at += count + 1))
    this.slots = new Int32Array(index.buffer, index.byteOffset + 4 * at, size)
    at += size
    this.lineStarts = words.subarray(at, (at += count + 1))
    this.longestFrom = new Uint8Array(index.buffer, index.byteOffset + 4 * at, 0x10000)
    this.headwordCount = count
    const entriesFile = new URL('cedict-entries.txt', folder)
    const entries = openSync(entriesFile, 'r')
    if (this.lineStarts[count] !== fstatSync(entries).size) {
      closeSync(entries)
      throw new Error(`${entriesFile.pathname}: does not match cedict-index.bin (${rebuild})`)
    }
    this.entries = entries
    closeWhenCollected.register(this, entries)
    this.folder = folder
    this.cognatesFile = new URL('cedict-cognates.txt', folder)
    this.simplifiedFile = new URL('cedict-simplified.txt', folder)
  }

  /** How much a link through the headword `text` counts (0–1): function words nearly nothing, specific words 1; undefined when it is not a headword. */
  weight(text: string): number | undefined {
    const index = this.find(text)
    return index < 0 ? undefined : (this.weights ??= this.readWeights())[index]! / 255
  }

  private readWeights(): Uint8Array {
    const file = new URL('cedict-weights.bin', this.folder)
    const weights = readFileSync(file)
    if (weights.length !== this.headwordCount) throw new Error(`${file.pathname}: ${weights.length} weights for ${this.headwordCount} headwords (${rebuild})`)
    return new Uint8Array(weights.buffer, weights.byteOffset, weights.length)
  }

  /**
   * The text with each Traditional character written as its Simplified
   * form (from CC-CEDICT's pairs of headwords; 著 → 着, 國際 → 国际), every
   * other character as it is: the same length, so offsets stay valid.
   */
  toSimplified(text: string): string {
    const map = (this.simplifiedOf ??= this.readSimplified())
    let written = ''
    let copied = 0
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      const target = code < 0x3400 ? undefined : map.get(code)
      if (target === undefined) continue
      written += text.slice(copied, index) + String.fromCharCode(target)
      copied = index + 1
    }
    return copied === 0 ? text : written + text.slice(copied)
  }

  private readSimplified(): Map<number, number> {
    const text = readFileSync(this.simplifiedFile, 'utf8')
    const pairs = text.slice(text.indexOf('\n') + 1).trim()
    const map = new Map<number, number>()
    for (let index = 0; index + 1 < pairs.length; index += 2) map.set(pairs.charCodeAt(index), pairs.charCodeAt(index + 1))
    return map
  }

  /** Index of the headword `text[start, start + length)`, or -1. */
  find(text: string, start = 0, length = text.length - start): number {
    return findIn(this.slots, this.headwords, this.offsets, text, start, length)
  }

  /** Whether `text[start, start + length)` is a headword. */
  has(text: string, start: number, length: number): boolean {
    return this.find(text, start, length) >= 0
  }

  /** Longest headword length (UTF-16 units) that can start at `text[index]`, 0 if none. */
  longestAt(text: string, index: number): number {
    return this.longestFrom[text.charCodeAt(index)] ?? 0
  }

  /**
   * The lengths of the headwords `text[index, index + length)` with length
   * at most `maxLength`, shortest first, written to `lengths`; returns how
   * many. The hash of each length is the hash of the one before with one
   * more character (FNV-1a reads left to right): asking {@link has} for
   * each length hashed its characters again, most of the Chinese word
   * lookup's time.
   */
  headwordLengthsAt(text: string, index: number, maxLength: number, lengths: Int32Array): number {
    const { slots, headwords, offsets } = this
    let found = 0
    let hash = fnvOffset
    for (let length = 1; length <= maxLength; length++) {
      hash = Math.imul(hash ^ text.charCodeAt(index + length - 1), fnvPrime)
      if (probe(slots, headwords, offsets, hash >>> 0, text, index, length) >= 0) lengths[found++] = length
    }
    return found
  }

  /** The headword's pinyin and renderings, or undefined when it is not in the table. */
  lookup(headword: string): CedictHeadword | undefined {
    const index = this.find(headword)
    if (index < 0) return undefined
    const known = this.parsed.get(index)
    if (known !== undefined) return known
    const entry = parseEntry(this.readLine(index))
    this.parsed.set(index, entry)
    return entry
  }

  /**
   * The same as {@link lookup}, for a caller that keeps what it makes of
   * the entry (the lexicon's ids of a headword): a parsed entry already
   * kept is used, but one read now is not kept. Thousands of entries kept
   * for one use each were long-lived objects for the garbage collector to
   * copy.
   */
  lookupOnce(headword: string): CedictHeadword | undefined {
    const index = this.find(headword)
    if (index < 0) return undefined
    return this.parsed.get(index) ?? parseEntry(this.readLine(index))
  }

  /**
   * Read the entry lines of those of `headwords` that are headwords now,
   * in the order they lie in the file, nearby lines in one read, for
   * {@link lookup} and {@link lookupOnce} to take when they are asked (once
   * each). A caller that knows a text's words before looking them up (the
   * aligner) spares a read per word: a document looks up hundreds to
   * thousands of headwords, each read alone was a system call, about 10 µs.
   */
  readAhead(headwords: Iterable<string>): void {
    const wanted: number[] = []
    for (const headword of headwords) {
      const index = this.find(headword)
      if (index >= 0 && !this.parsed.has(index) && !this.readLines.has(index)) wanted.push(index)
    }
    wanted.sort((x, y) => x - y)
    for (let first = 0; first < wanted.length; ) {
      // One read from the first wanted line through the last one that lies
      // near enough (the bytes between them read for nothing are fewer than a read costs).
      const start = this.lineStarts[wanted[first]!]!
      let last = first
      while (last + 1 < wanted.length && this.lineStarts[wanted[last + 1]!]! - this.lineStarts[wanted[last]! + 1]! <= readAheadGap && this.lineStarts[wanted[last + 1]! + 1]! - start <= readAheadSpan) last++
      const end = this.lineStarts[wanted[last]! + 1]!
      this.readRange(start, end)
      for (let at = first; at <= last; at++) {
        const index = wanted[at]!
        if (this.readLines.has(index)) continue
        this.readLines.set(index, this.lineBuffer.toString('utf8', this.lineStarts[index]! - start, this.lineStarts[index + 1]! - 1 - start))
      }
      first = last + 1
    }
  }

  /** Entry line `index`, without its newline. */
  private readLine(index: number): string {
    const ahead = this.readLines.get(index)
    if (ahead !== undefined) {
      this.readLines.delete(index)
      return ahead
    }
    const start = this.lineStarts[index]!
    const length = this.lineStarts[index + 1]! - 1 - start
    this.readRange(start, start + length)
    return this.lineBuffer.toString('utf8', 0, length)
  }

  /** Bytes `[start, end)` of the entries file into the start of the line buffer. */
  private readRange(start: number, end: number): void {
    const length = end - start
    if (length > this.lineBuffer.length) this.lineBuffer = Buffer.allocUnsafe(length)
    readExactly(this.entries, this.lineBuffer.subarray(0, length), start, entriesEnded)
  }

  /** Word `number` of the renderings' words (see {@link CedictHeadword.renderingWords}). */
  renderingWord(number: number): RenderingWord {
    const table = (this.words ??= this.readWords())
    return { folded: table.words.slice(table.wordOffsets[number], table.wordOffsets[number + 1]), stem: this.stemText(table, table.wordStem[number]!) }
  }

  /**
   * The English stem of a word of the renderings (folded, no final
   * apostrophe), as stemmed at install; undefined for a word no rendering
   * has. The same Snowball stemmer made it, so it stands in for stemming.
   */
  englishStemOf(word: string): string | undefined {
    const table = (this.words ??= this.readWords())
    const number = findIn(table.wordSlots, table.words, table.wordOffsets, word)
    return number < 0 ? undefined : this.stemText(table, table.wordStem[number]!)
  }

  /** In how many headwords' renderings an English stem occurs (0 when none): the basis of its rarity. */
  stemFrequency(stem: string): number {
    const table = (this.words ??= this.readWords())
    const { stemCounts, stemSlots } = (this.stemCounts ??= this.readStemCounts(table))
    const number = findIn(stemSlots, table.stems, table.stemOffsets, stem)
    return number < 0 ? 0 : stemCounts[number]!
  }

  private stemText(table: WordTable, stem: number): string {
    return table.stems.slice(table.stemOffsets[stem], table.stemOffsets[stem + 1])
  }

  private readWords(): WordTable {
    const textFile = new URL('cedict-words.txt', this.folder)
    const binaryFile = new URL('cedict-words.bin', this.folder)
    if (!existsSync(binaryFile)) throw new Error(`${binaryFile.pathname}: missing, the lexicon's data is of an older build (${rebuild})`)
    const lines = readFileSync(textFile).toString('utf8').split('\n')
    // The parts the words need, read apart: the stems' counts and hash table (two fifths of the file) wait for stemFrequency.
    const file = openSync(binaryFile, 'r')
    try {
      const header = readNumbers(file, binaryFile, 0, 6)
      if (header[0] !== tableMagic || header[1] !== tableFormat) throw new Error(`${binaryFile.pathname}: built by an older version of the lexicon (${rebuild})`)
      const [wordCount, stemCount, wordSlotCount, stemSlotCount] = [header[2]!, header[3]!, header[4]!, header[5]!]
      const numbers = readNumbers(file, binaryFile, 6, 2 * wordCount + stemCount + 2)
      let at = 0
      const take = (count: number): Uint32Array => numbers.subarray(at, (at += count))
      const wordOffsets = take(wordCount + 1)
      const wordStem = take(wordCount)
      const stemOffsets = take(stemCount + 1)
      const stemCountsAt = 6 + at
      const wordSlotsAt = stemCountsAt + stemCount
      const wordSlots = new Int32Array(readNumbers(file, binaryFile, wordSlotsAt, wordSlotCount).buffer)
      const stemSlotsAt = wordSlotsAt + wordSlotCount
      if (4 * (stemSlotsAt + stemSlotCount) !== fstatSync(file).size) throw new Error(`${binaryFile.pathname}: not the size its header gives (${rebuild})`)
      return { words: lines[1] ?? '', stems: lines[2] ?? '', wordOffsets, wordStem, stemOffsets, wordSlots, stemCountsAt, stemCount, stemSlotsAt, stemSlotCount }
    } finally {
      closeSync(file)
    }
  }

  private readStemCounts(table: WordTable): StemCounts {
    const binaryFile = new URL('cedict-words.bin', this.folder)
    const file = openSync(binaryFile, 'r')
    try {
      return {
        stemCounts: readNumbers(file, binaryFile, table.stemCountsAt, table.stemCount),
        stemSlots: new Int32Array(readNumbers(file, binaryFile, table.stemSlotsAt, table.stemSlotCount).buffer)
      }
    } finally {
      closeSync(file)
    }
  }

  /**
   * The English words of the renderings bucketed for French cognates
   * (`data/cedict-cognates.txt`, built at install: bucket → words in
   * cognate form with their stems), a bucket's words read when first asked.
   */
  cognateBucket(bucket: string): ReadonlyArray<{ form: string; stem: string }> {
    if (this.cognateLines === undefined) {
      const lines = new Map<string, string>()
      for (const line of readFileSync(this.cognatesFile, 'utf8').split('\n')) {
        const tab = line.indexOf('\t')
        if (tab > 0 && line[0] !== '#') lines.set(line.slice(0, tab), line.slice(tab + 1))
      }
      this.cognateLines = lines
    }
    let words = this.cognateBuckets.get(bucket)
    if (words === undefined) {
      words = (this.cognateLines.get(bucket) ?? '')
        .split('|')
        .filter((item) => item !== '')
        .map((item) => {
          const space = item.indexOf(' ')
          return space < 0 ? { form: item, stem: item } : { form: item.slice(0, space), stem: item.slice(space + 1) }
        })
      this.cognateBuckets.set(bucket, words)
    }
    return words
  }
}

/** Most bytes between two wanted entry lines that {@link CedictTable.readAhead} reads through rather than reading the next apart. */
const readAheadGap = 16_384
/** Most bytes of one read of {@link CedictTable.readAhead}. */
const readAheadSpan = 65_536

/** `count` 32-bit numbers of an open file from number `at` on. */
function readNumbers(file: number, url: URL, at: number, count: number): Uint32Array {
  const numbers = new Uint32Array(count)
  readExactly(file, new Uint8Array(numbers.buffer), 4 * at, `${url.pathname}: shorter than its header gives (${rebuild})`)
  return numbers
}

/** Fill `bytes` from an open file at byte `position`; `shortMessage` when the file ends first. */
function readExactly(file: number, bytes: Uint8Array, position: number, shortMessage: string): void {
  for (let done = 0; done < bytes.length; ) {
    const read = readSync(file, bytes, done, bytes.length - done, position + done)
    if (read === 0) throw new Error(shortMessage)
    done += read
  }
}

/** An entry line parsed: its pinyin, renderings and their words. */
function parseEntry(line: string): CedictHeadword {
  const [pinyin = '', renderings = '', words = ''] = line.split('\t')
  return {
    pinyin: pinyin.split(','),
    renderings: renderings === '' ? [] : renderings.split('|'),
    renderingWords: renderings === '' ? [] : parseRenderingWords(words)
  }
}

/** A table no longer reachable closes its entries file. */
const closeWhenCollected = new FinalizationRegistry<number>((descriptor) => closeSync(descriptor))

/**
 * Index of `text[start, start + length)` in a list run together in `joined`
 * (item i is `[offsets[i], offsets[i + 1])`) through its open-addressing
 * hash table `slots` (slot → index + 1, 0 when empty), or -1.
 */
function findIn(slots: Int32Array, joined: string, offsets: Uint32Array, text: string, start = 0, length = text.length - start): number {
  return probe(slots, joined, offsets, hashRange(text, start, length), text, start, length)
}

/** {@link findIn} with the range's hash already known (a caller hashing one more character at a time). */
function probe(slots: Int32Array, joined: string, offsets: Uint32Array, hash: number, text: string, start: number, length: number): number {
  const mask = slots.length - 1
  let slot = hash & mask
  for (;;) {
    const entry = slots[slot]!
    if (entry === 0) return -1
    const index = entry - 1
    const from = offsets[index]!
    if (offsets[index + 1]! - from === length && sameRange(joined, from, text, start, length)) return index
    slot = (slot + 1) & mask
  }
}

function sameRange(joined: string, from: number, text: string, start: number, length: number): boolean {
  for (let offset = 0; offset < length; offset++) if (joined.charCodeAt(from + offset) !== text.charCodeAt(start + offset)) return false
  return true
}
