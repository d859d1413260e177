import { CedictTable } from './cedict-table.js'
import { chineseWords, hasHan, type ChineseWord } from './chinese-words.js'
import { CognateIndex, cognateForm } from './cognates.js'
import { FrenchBridge } from './french-bridge.js'
import { latinWords, type LatinWord } from './latin-words.js'
import { assemblePrepared, preparedLinks, preparedSimilarity, type PreparedSegment, type PreparedToken, type TokenId, type TranslationLink } from './prepared.js'

/** A candidate rendering of a Chinese word or phrase. */
export interface Rendering {
  text: string
  /** 0–1: the dictionary's first senses and direct entries weigh more than later senses and compositions. */
  weight: number
  /** `cc-cedict` (a headword's own entry) or `cc-cedict composed` (the renderings of its words, in order). */
  source: string
}

/** Languages the lexicon renders Chinese into. */
export type RenderingLanguage = 'en' | 'fr' | 'vi'

/** How sure a link through the same spelling is (a name, or a word French and English share), against 1 for a dictionary link. */
const spellingFactor = 0.7
/** How sure a link through a cognate is (`souveraineté`/`sovereignty`; the prefix key of other languages: `humanity`/`Humanität`), times the similarity. */
const cognateFactor = 0.5
/** Weight of a Chinese word of one character (often a bound form) against a longer word of the same specificity. */
const singleCharacterWeight = 0.5
/** Weight of a run of characters the dictionary does not know (a name it lacks, most often). */
const unknownWeight = 0.5
/** Most renderings per word tried when composing a phrase's renderings. */
const composedBreadth = 3
/** Most renderings a composed phrase returns. */
const composedLimit = 12

/**
 * The cross-lingual lexicon: Chinese words in running text, their
 * renderings, and weighted links between segments in two languages. Built
 * by `loadLexicon()`; every method is synchronous and deterministic.
 */
export class Lexicon {
  private readonly table: CedictTable
  private readonly frenchFile: URL | string
  private french: FrenchBridge | undefined
  private cognates: CognateIndex | undefined
  /** Names of what links rest on (`cc-cedict`, `freedict`, …); a token id's origin indexes it, 0 meaning "told by the key". */
  private readonly sourceNames: string[] = ['']
  private readonly idOf = new Map<string, number>()
  private readonly keyOf: string[] = []
  private readonly chineseIds = new Map<string, readonly TokenId[]>()
  private readonly latinIds = new Map<string, readonly TokenId[]>()
  private readonly latinWeights = new Map<string, number>()

  constructor(table: CedictTable, frenchFile: URL | string) {
    this.table = table
    this.frenchFile = frenchFile
  }

  /** The English–French table, read on first use (only French needs it). */
  private get frenchBridge(): FrenchBridge {
    this.french ??= new FrenchBridge(this.frenchFile)
    return this.french
  }

  /** CC-CEDICT's English vocabulary bucketed for French cognates, built on first use. */
  private get cognateIndex(): CognateIndex {
    this.cognates ??= new CognateIndex((function* (words) {
      for (const { stem, word } of words) yield { stem, form: cognateForm(word, 'en') }
    })(this.table.englishWords()))
    return this.cognates
  }

  /** The origin index of a source name, registered on first use. */
  private origin(name: string): number {
    let index = this.sourceNames.indexOf(name)
    if (index < 0) {
      index = this.sourceNames.length
      this.sourceNames.push(name)
    }
    return index
  }

  /** Number of Chinese headwords (Simplified and Traditional forms counted apart). */
  get headwordCount(): number {
    return this.table.headwordCount
  }

  /** Chinese words of `text[start, end)`, longest dictionary match (fewest words), offsets into `text`. */
  chineseWords(text: string, start?: number, end?: number): ChineseWord[] {
    return chineseWords(this.table, text, start, end)
  }

  /** Candidate renderings of a Chinese word or phrase in `lang`, best first. */
  renderingsOf(zh: string, lang: RenderingLanguage): Rendering[] {
    if (lang === 'fr') return this.frenchRenderingsOf(zh)
    if (lang !== 'en') return []
    return this.englishRenderingsOf(zh)
  }

  private englishRenderingsOf(zh: string): Rendering[] {
    const direct = this.table.lookup(zh)
    if (direct !== undefined) {
      return direct.renderings.map((text, rank) => ({ text, weight: rankWeight(rank), source: 'cc-cedict' }))
    }
    const words = this.chineseWords(zh)
    if (words.length < 2 || words.some((word) => !word.known) || words.length > 6) return []
    let partial: Array<{ text: string; weight: number }> = [{ text: '', weight: 0.5 }]
    for (const word of words) {
      const renderings = this.table.lookup(word.text)!.renderings.slice(0, composedBreadth)
      const next: Array<{ text: string; weight: number }> = []
      for (const prefix of partial) {
        renderings.forEach((text, rank) => next.push({ text: prefix.text === '' ? text : `${prefix.text} ${text}`, weight: prefix.weight * rankWeight(rank) }))
      }
      partial = next.sort((x, y) => y.weight - x.weight || (x.text < y.text ? -1 : 1)).slice(0, composedLimit)
    }
    return partial.map(({ text, weight }) => ({ text, weight, source: 'cc-cedict composed' }))
  }

  /** French renderings: the English ones carried over through the English–French table, weighted by both steps. */
  private frenchRenderingsOf(zh: string): Rendering[] {
    const best = new Map<string, Rendering>()
    for (const english of this.englishRenderingsOf(zh).slice(0, 8)) {
      for (const french of this.frenchBridge.frenchOf(english.text)) {
        const weight = english.weight * french.factor
        const composed = english.source !== 'cc-cedict' || french.composed
        const source = `cc-cedict+${french.pivot ? 'pivot' : 'freedict'}${composed ? ' composed' : ''}`
        const known = best.get(french.text)
        if (known === undefined || known.weight < weight) best.set(french.text, { text: french.text, weight, source })
      }
    }
    return [...best.values()].sort((x, y) => y.weight - x.weight || (x.text < y.text ? -1 : 1)).slice(0, composedLimit)
  }

  /**
   * Tokenise a segment once and gather what each token can link to, so
   * that `similarity` and `translationLinks` over many pairs do no string
   * work. `lang` is an ISO 639-1 code (`zh`, `zh-Hant`, `en`, `fr`, …).
   */
  prepare(text: string, lang: string): PreparedSegment {
    const tokens: PreparedToken[] = []
    const ids: Array<readonly TokenId[]> = []
    const chinese = lang === 'zh' || lang.startsWith('zh-') || (hasHan(text) && !/\p{L}/u.test(text.replace(/\p{Script=Han}/gu, '')))
    if (chinese || hasHan(text)) {
      for (const word of this.chineseWords(text)) {
        tokens.push({ start: word.start, end: word.end, text: word.text, weight: word.known ? this.weightOfChinese(word.text) : unknownWeight })
        ids.push(word.known ? this.idsOfChinese(word.text) : [])
      }
    }
    const latinLang = chinese ? 'en' : lang
    for (const word of latinWords(text, latinLang)) {
      if (word.stop) continue
      tokens.push({ start: word.start, end: word.end, text: word.text, weight: this.weightOfLatin(word, latinLang) })
      ids.push(this.idsOfLatin(word, latinLang))
    }
    // Chinese words and Latin words were gathered apart: put them back in text order.
    const order = tokens.map((_, index) => index).sort((x, y) => tokens[x]!.start - tokens[y]!.start)
    return assemblePrepared(
      lang,
      text,
      order.map((index) => tokens[index]!),
      order.map((index) => ids[index]!)
    )
  }

  /** Token-to-token links between two prepared segments (any two languages), with weights and what each rests on. */
  translationLinks(a: PreparedSegment, b: PreparedSegment): TranslationLink[] {
    // Name the Chinese side's source first (cc-cedict+freedict), then the other's.
    const swap = !isChinese(a.lang) && isChinese(b.lang)
    return preparedLinks(a, b, (id, originA, originB) => {
      const first = this.sourceNames[swap ? originB : originA]!
      const second = this.sourceNames[swap ? originA : originB]!
      if (first === '' && second === '') return sourceOfKey(this.keyOf[id]!)
      return first === '' || first === second ? second : second === '' ? first : `${first}+${second}`
    })
  }

  /** Sentence-pair similarity in [0, 1]: the weighted share of both sides' tokens linked to the other side. */
  similarity(a: PreparedSegment, b: PreparedSegment): number {
    return preparedSimilarity(a, b)
  }

  private intern(key: string): number {
    let id = this.idOf.get(key)
    if (id === undefined) {
      id = this.keyOf.length
      this.idOf.set(key, id)
      this.keyOf.push(key)
    }
    return id
  }

  /** What a Chinese headword links to: the English stems of its renderings, and their spellings (names, shared words). */
  private idsOfChinese(headword: string): readonly TokenId[] {
    const known = this.chineseIds.get(headword)
    if (known !== undefined) return known
    const best = new Map<number, TokenId>()
    const add = (key: string, factor: number, origin = 0): void => {
      const id = this.intern(key)
      if ((best.get(id)?.factor ?? 0) < factor) best.set(id, { id, factor, origin })
    }
    const cedict = this.origin('cc-cedict')
    for (const rendering of this.table.lookup(headword)?.renderings ?? []) {
      for (const word of latinWords(rendering, 'en')) {
        if (word.stop) continue
        if (word.number) add(`num:${numberValue(word.folded)}`, 1)
        else {
          add(`en:${word.stem}`, 1, cedict)
          add(`w:${word.folded}`, spellingFactor)
          const cognate = cognateKey(word.stem)
          if (cognate !== undefined) add(`c:${cognate}`, cognateFactor)
        }
      }
    }
    const ids = [...best.values()]
    this.chineseIds.set(headword, ids)
    return ids
  }

  /** What a Latin-script word links to: its stem in its language, its spelling, its number; a French word also the English words it translates or is a cognate of. */
  private idsOfLatin(word: LatinWord, lang: string): readonly TokenId[] {
    const cacheKey = `${lang}\u0000${word.folded}`
    const known = this.latinIds.get(cacheKey)
    if (known !== undefined) return known
    const ids: TokenId[] = []
    if (word.number) ids.push({ id: this.intern(`num:${numberValue(word.folded)}`), factor: 1 })
    else {
      ids.push({ id: this.intern(`${lang}:${word.stem}`), factor: 1 }, { id: this.intern(`w:${word.folded}`), factor: spellingFactor })
      // English and French compare by the cognate model below; other languages keep the stem-opening key.
      const cognate = lang === 'fr' ? undefined : cognateKey(word.stem)
      if (cognate !== undefined) ids.push({ id: this.intern(`c:${cognate}`), factor: cognateFactor })
      if (lang === 'fr') {
        // A French word also stands for the English words it translates, so it meets CC-CEDICT's renderings,
        // and, at a lower factor, for the English words it is a cognate of.
        const english = new Map<string, TokenId>()
        for (const [stem, link] of this.frenchBridge.englishStemsOf(word.stem) ?? []) {
          english.set(stem, { id: this.intern(`en:${stem}`), factor: link.factor, origin: this.origin(link.pivot ? 'pivot' : 'freedict') })
        }
        for (const { stem, similarity } of this.cognateIndex.cognatesOf(word.folded)) {
          const factor = cognateFactor * similarity
          if ((english.get(stem)?.factor ?? 0) < factor) english.set(stem, { id: this.intern(`en:${stem}`), factor, origin: this.origin('cognate') })
        }
        ids.push(...english.values())
      }
    }
    this.latinIds.set(cacheKey, ids)
    return ids
  }

  /**
   * Rarity of a Latin word, from how many CC-CEDICT headwords render into
   * its stem: a word that renders thousands of headwords (`make`, `person`)
   * is weak evidence, one that renders a few (`earth`, `sovereignty`) strong.
   */
  private weightOfLatin(word: LatinWord, lang: string): number {
    if (word.number) return 1
    if (lang === 'en') return this.englishStemWeight(word.stem)
    // A French word weighs as the English words it best translates (the rarest of those); one the dictionary lacks is taken as rare.
    if (lang === 'fr') {
      const english = this.frenchBridge.englishStemsOf(word.stem)
      if (english === undefined) return 1
      let best = 0
      for (const link of english.values()) best = Math.max(best, link.factor)
      let weight = 0
      for (const [stem, link] of english) if (link.factor === best) weight = Math.max(weight, this.englishStemWeight(stem))
      return weight
    }
    return 1
  }

  /** A Chinese word's weight: its specificity (Jieba's inverse document frequency), a single character lower. */
  private weightOfChinese(headword: string): number {
    const weight = this.table.weight(headword) ?? unknownWeight
    return headword.length > 1 ? weight : weight * singleCharacterWeight
  }

  private englishStemWeight(stem: string): number {
    let weight = this.latinWeights.get(stem)
    if (weight === undefined) {
      const frequency = this.table.stemFrequency(stem)
      const total = this.table.headwordCount
      weight = Math.min(1, Math.max(0.1, Math.log(total / (frequency + 1)) / Math.log(total / 10)))
      this.latinWeights.set(stem, weight)
    }
    return weight
  }
}

function rankWeight(rank: number): number {
  return 1 / (1 + 0.25 * rank)
}

/** A number's value as written without grouping separators or leading zeros. */
function numberValue(folded: string): string {
  return folded.replace(/[\s\u00a0\u202f]/g, '').replace(/^0+(?=\d)/, '')
}

/**
 * The cognate key of a stem: its first five letters, for stems of five or
 * more (Simard, Foster & Isabelle's cognates, on stems: `humanity` and
 * `humanité` open `human`, `community`/`communauté` `commu`).
 */
function cognateKey(stem: string): string | undefined {
  return stem.length >= 5 && /^[a-z]+$/.test(stem) ? stem.slice(0, 5) : undefined
}

/** What a link rests on when neither side says: the kind of its key. */
function sourceOfKey(key: string): string {
  if (key.startsWith('num:')) return 'number'
  if (key.startsWith('w:')) return 'spelling'
  if (key.startsWith('c:')) return 'cognate'
  return 'stem'
}

function isChinese(lang: string): boolean {
  return lang === 'zh' || lang.startsWith('zh-')
}
