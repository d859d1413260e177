import { latinWords } from './latin-words.js'
import { vietnameseKeys } from './vietnamese.js'

/** A pair from a term base: a Chinese term and one of its renderings. */
export interface LexiconEntry {
  /** The Chinese term as the term base writes it (Simplified or Traditional). */
  zh: string
  /** ISO 639-1 code of the rendering (`en`, `fr`, `vi`, …). */
  lang: string
  /** The rendering. */
  text: string
  /** How sure the pair is, 0–1 (default 1: a curated rendering). */
  weight?: number
}

/** A term's rendering, ready to link: its keys in the lexicon's key space. */
interface TermRendering {
  lang: string
  text: string
  weight: number
  /** The link keys of the rendering: its content stems (`en:…`, `fr:…`) or its Vietnamese syllable runs (`vi:…`). */
  keys: string[]
}

/**
 * The pairs of a term base (a glossary's concepts), looked up like
 * dictionary entries: a term is a headword of the Chinese word lookup, and
 * links to the words of its renderings, under the term base's own source.
 * Terms are kept, and looked up, in Simplified characters (`simplify`), so
 * a Traditional text finds a Simplified term and the other way round.
 */
export class TermBase {
  readonly source: string
  private readonly simplify: (text: string) => string
  private readonly terms = new Map<string, TermRendering[]>()
  /** Longest term (UTF-16 units) starting with each character (Simplified). */
  private readonly longestFrom = new Map<number, number>()

  constructor(entries: readonly LexiconEntry[], source: string, simplify: (text: string) => string) {
    this.source = source
    this.simplify = simplify
    for (const entry of entries) {
      const zh = simplify(entry.zh.normalize('NFC').trim())
      const text = entry.text.normalize('NFC').trim()
      if (!/\p{Script=Han}/u.test(zh) || /[^\p{Script=Han}〇]/u.test(zh) || text === '') continue
      let renderings = this.terms.get(zh)
      if (renderings === undefined) this.terms.set(zh, (renderings = []))
      if (renderings.some((known) => known.lang === entry.lang && known.text === text)) continue
      renderings.push({ lang: entry.lang, text, weight: Math.min(1, Math.max(0, entry.weight ?? 1)), keys: renderingKeys(text, entry.lang) })
      const first = zh.charCodeAt(0)
      if (zh.length > (this.longestFrom.get(first) ?? 0)) this.longestFrom.set(first, zh.length)
    }
  }

  get size(): number {
    return this.terms.size
  }

  /** Longest term (UTF-16 units) that can start at `text[index]`, 0 if none. */
  longestAt(text: string, index: number): number {
    return this.longestFrom.get(this.simplify(text[index]!).charCodeAt(0)) ?? 0
  }

  /** Whether `text[start, start + length)` is a term, in either script. */
  has(text: string, start: number, length: number): boolean {
    return length <= this.longestAt(text, start) && this.terms.has(this.simplify(text.slice(start, start + length)))
  }

  /** The renderings of a term, in either script (empty when it is none). */
  renderingsOf(zh: string): readonly TermRendering[] {
    return this.terms.get(this.simplify(zh)) ?? []
  }
}

/** What a rendering links to: the stems of its content words, or for Vietnamese the runs of its syllables. */
function renderingKeys(text: string, lang: string): string[] {
  if (lang === 'vi') return vietnameseKeys(text)
  return [...new Set(latinWords(text, lang).filter((word) => !word.stop && !word.number).map((word) => `${lang}:${word.stem}`))]
}
