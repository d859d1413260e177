import { readFileSync } from 'node:fs'

/** One headword of the compiled CC-CEDICT table. */
export interface CedictHeadword {
  /** Toneless-numbered pinyin readings as CC-CEDICT writes them (`xi2 jin4 ping2`), one per entry. */
  pinyin: string[]
  /** English renderings, the usual senses first. */
  renderings: string[]
}

/**
 * The compiled CC-CEDICT table (`data/cedict.txt`, built at install by
 * `scripts/build-cedict.ts`). Loading reads the file once and indexes the
 * start of each headword's line; a line is split only when its headword is
 * looked up, so loading costs one pass over the text and one map entry per
 * headword.
 */
export class CedictTable {
  readonly headwordCount: number
  private readonly text: string
  private readonly lineOf = new Map<string, number>()
  /** Longest headword (in UTF-16 units) starting with each character. */
  private readonly longestFrom = new Map<number, number>()
  private readonly parsed = new Map<string, CedictHeadword>()
  private readonly stemsStart: number
  private stemCounts: Map<string, number> | undefined

  constructor(file: URL | string) {
    const text = readFileSync(file, 'utf8')
    this.text = text
    let position = 0
    let stemsStart = -1
    while (position < text.length) {
      let lineEnd = text.indexOf('\n', position)
      if (lineEnd < 0) lineEnd = text.length
      const first = text.charCodeAt(position)
      if (first === 0x25 /* % */) {
        stemsStart = lineEnd + 1
        break
      }
      if (first !== 0x23 /* # */) {
        const tab = text.indexOf('\t', position)
        const headword = text.slice(position, tab)
        this.lineOf.set(headword, position)
        const longest = this.longestFrom.get(first) ?? 0
        if (tab - position > longest) this.longestFrom.set(first, tab - position)
      }
      position = lineEnd + 1
    }
    if (stemsStart < 0) throw new Error(`${String(file)}: not a compiled CC-CEDICT table (no %stems section)`)
    this.stemsStart = stemsStart
    this.headwordCount = this.lineOf.size
  }

  has(headword: string): boolean {
    return this.lineOf.has(headword)
  }

  /** Longest headword length (UTF-16 units) that can start at `text[index]`, 0 if none. */
  longestAt(text: string, index: number): number {
    return this.longestFrom.get(text.charCodeAt(index)) ?? 0
  }

  /** The headword's pinyin and renderings, or undefined when it is not in the table. */
  lookup(headword: string): CedictHeadword | undefined {
    const known = this.parsed.get(headword)
    if (known !== undefined) return known
    const start = this.lineOf.get(headword)
    if (start === undefined) return undefined
    let end = this.text.indexOf('\n', start)
    if (end < 0) end = this.text.length
    const [, pinyin = '', renderings = ''] = this.text.slice(start, end).split('\t')
    const entry: CedictHeadword = { pinyin: pinyin.split(','), renderings: renderings === '' ? [] : renderings.split('|') }
    this.parsed.set(headword, entry)
    return entry
  }

  /** In how many headwords' renderings an English stem occurs (0 when none): the basis of its rarity. */
  stemFrequency(stem: string): number {
    if (this.stemCounts === undefined) {
      const counts = new Map<string, number>()
      for (const line of this.text.slice(this.stemsStart).split('\n')) {
        const tab = line.indexOf('\t')
        if (tab > 0) counts.set(line.slice(0, tab), Number(line.slice(tab + 1)))
      }
      this.stemCounts = counts
    }
    return this.stemCounts.get(stem) ?? 0
  }
}
