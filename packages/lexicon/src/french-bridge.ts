import { readFileSync } from 'node:fs'
import { latinWords } from './latin-words.js'

/** A French rendering of an English word or phrase, and how sure it is. */
export interface BridgeRendering {
  text: string
  /** 1 for a whole-entry translation both dictionaries agree on, less for one source, pivots only or a word-by-word composition. */
  factor: number
  /** Whether only pivot dictionaries give it (no direct English–French entry). */
  pivot: boolean
  /** Whether it was put together word by word (no entry has the whole phrase). */
  composed: boolean
}

/** An English stem a French stem translates. */
export interface BridgeStem {
  factor: number
  pivot: boolean
}

/**
 * English ↔ French through the compiled table `data/en-fr.txt` (FreeDict's
 * English–French dictionaries and pairs triangulated through pivot
 * languages, keyed on stems by `scripts/build-en-fr.ts`): English phrases by
 * their content stems, and French stems back to the English stems they
 * translate. Read on first use only; nothing is stemmed at load, and a
 * line's items are parsed when its key is first asked for.
 */
export class FrenchBridge {
  /** The raw items of each key of the two sections, parsed when first asked for. */
  private readonly englishLines = new Map<string, string>()
  private readonly frenchLines = new Map<string, string>()
  private readonly byEnglishKey = new Map<string, BridgeRendering[]>()
  private readonly englishOfFrench = new Map<string, Map<string, BridgeStem> | undefined>()

  constructor(file: URL | string) {
    const text = readFileSync(file, 'utf8')
    const frenchStart = text.indexOf('\n= fr\n')
    const englishStart = text.indexOf('\n= en\n')
    if (frenchStart < 0 || englishStart < frenchStart) throw new Error(`${String(file)}: not a compiled English–French table (no "= fr" and "= en" sections)`)
    indexLines(text, frenchStart + 6, englishStart, this.frenchLines)
    indexLines(text, englishStart + 6, text.length, this.englishLines)
  }

  private renderingsOfKey(key: string): BridgeRendering[] | undefined {
    let renderings = this.byEnglishKey.get(key)
    if (renderings === undefined) {
      const line = this.englishLines.get(key)
      if (line === undefined) return undefined
      this.byEnglishKey.set(key, (renderings = line.split('|').map(parseItem)))
    }
    return renderings
  }

  /** French renderings of an English word or phrase: the whole phrase's entry, else one composed word by word (weighted lower). */
  frenchOf(english: string): BridgeRendering[] {
    const stems = contentStems(english, 'en')
    if (stems.length === 0) return []
    const whole = this.renderingsOfKey(stems.join(' '))
    if (whole !== undefined) return whole
    if (stems.length === 1) return []
    let partial: BridgeRendering[] = [{ text: '', factor: 0.6, pivot: false, composed: true }]
    // English puts the modifier first, French mostly after the head (rare earth → terre rare): two words swap.
    for (const stem of stems.length === 2 ? [stems[1]!, stems[0]!] : stems) {
      const words = this.renderingsOfKey(stem)
      if (words === undefined) return []
      partial = partial.flatMap((prefix) =>
        words.slice(0, 2).map((word, rank) => ({
          text: prefix.text === '' ? word.text : `${prefix.text} ${word.text}`,
          factor: prefix.factor * word.factor * (rank === 0 ? 1 : 0.8),
          pivot: prefix.pivot || word.pivot,
          composed: true
        }))
      )
    }
    return partial
  }

  /** The English stems a French stem translates, each with how sure the pairing is. */
  englishStemsOf(frenchStem: string): ReadonlyMap<string, BridgeStem> | undefined {
    if (this.englishOfFrench.has(frenchStem)) return this.englishOfFrench.get(frenchStem)
    const line = this.frenchLines.get(frenchStem)
    const stems = line === undefined ? undefined : new Map(line.split('|').map((item) => {
      const { text, factor, pivot } = parseItem(item)
      return [text, { factor, pivot }] as const
    }))
    this.englishOfFrench.set(frenchStem, stems)
    return stems
  }
}

/** Each `key TAB items` line of `text[start, end)` into `lines`, the items left as they are. */
function indexLines(text: string, start: number, end: number, lines: Map<string, string>): void {
  let at = start
  while (at < end) {
    const newline = text.indexOf('\n', at)
    const lineEnd = newline < 0 || newline > end ? end : newline
    const tab = text.indexOf('\t', at)
    if (tab > at && tab < lineEnd) lines.set(text.slice(at, tab), text.slice(tab + 1, lineEnd))
    at = lineEnd + 1
  }
}

/** `text factor` or `text factorp` (factor in tenths, `p`: pivots only). */
function parseItem(item: string): BridgeRendering {
  const space = item.lastIndexOf(' ')
  const code = item.slice(space + 1)
  const pivot = code.endsWith('p')
  return { text: item.slice(0, space), factor: Number(pivot ? code.slice(0, -1) : code) / 10, pivot, composed: false }
}

/** Stems of the content words of a phrase, in order. */
export function contentStems(phrase: string, lang: string): string[] {
  return latinWords(phrase, lang)
    .filter((word) => !word.stop && !word.number)
    .map((word) => word.stem)
}
