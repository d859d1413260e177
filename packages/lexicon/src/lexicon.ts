import { CedictTable } from './cedict-table.js'
import { chineseWords, hasHan, type ChineseWord, type HeadwordLookup } from './chinese-words.js'
import { CognateIndex } from './cognates.js'
import { FrenchBridge } from './french-bridge.js'
import { latinWords, stemOf, type LatinWord } from './latin-words.js'
import { TermBase, type LexiconEntry } from './term-base.js'
import { latinSkeletons, pinyinSkeletons, pinyinSpellingKey, pinyinSyllables, skeletonKey } from './names.js'
import { numberAndDateAnchors } from './numbers-dates.js'
import { maxRun, runKey, sinoVietnameseReadings } from './vietnamese.js'
import { toPinyin, vietnameseToneKey } from '@renderings/transliterate'
import { assemblePrepared, preparedLinks, preparedSimilarity, type PreparedSegment, type PreparedToken, type TokenId, type TranslationLink } from './prepared.js'

/** What {@link Lexicon.prepare} may leave out. */
export interface PrepareOptions {
  /** Keys of the Chinese words' Sino-Vietnamese readings (default true). */
  readings?: boolean
}

/** A candidate rendering of a Chinese word or phrase. */
export interface Rendering {
  text: string
  /** 0–1: the dictionary's first senses and direct entries weigh more than later senses and compositions. */
  weight: number
  /**
   * What it comes from: `cc-cedict` (a headword's own entry), `cc-cedict
   * composed` (the renderings of its words, in order), `cc-cedict+freedict`
   * or `cc-cedict+pivot` (French through English, `… composed` when put
   * together word by word), `sino-vietnamese` (the reading), or the source
   * name of a term base given to `withEntries`.
   */
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
/** Most entries of a per-lexicon cache of strings (a huge vocabulary cannot grow it forever). */
const cacheLimit = 200_000
/** How sure a link through a name's pinyin spelling is (王琦瑶 ↔ Wang Qiyao). */
const pinyinFactor = 0.7
/** How sure a link through a transliterated name's consonants is (泽连斯基 ↔ Zelensky). */
const transliterationFactor = 0.5
/** How sure a link through a Sino-Vietnamese reading is (主权 ↔ chủ quyền; 稀土 is read hi thổ but said đất hiếm). */
const readingFactor = 0.8
/** How sure a link through two syllables of a longer word's reading is, against the whole reading. */
const partialReadingFactor = 0.6
/** How sure a French word's link through its base is (réunifier through unifier), against the base's own. */
const derivedFactor = 0.7
/** Weight of a Sino-Vietnamese reading as a rendering, the first reading of each character first. */
const readingWeight = 0.5

/** What a lexicon's instances share: the tables, each read on first need. */
class LexiconData {
  readonly table: CedictTable
  private readonly frenchFile: URL | string
  private french: FrenchBridge | undefined
  private cognates: CognateIndex | undefined

  constructor(table: CedictTable, frenchFile: URL | string) {
    this.table = table
    this.frenchFile = frenchFile
  }

  /** The English–French table, read on first use (only French needs it). */
  get frenchBridge(): FrenchBridge {
    this.french ??= new FrenchBridge(this.frenchFile)
    return this.french
  }

  /** CC-CEDICT's English vocabulary bucketed for French cognates (compiled at install, a bucket read on first need). */
  get cognateIndex(): CognateIndex {
    this.cognates ??= new CognateIndex((bucket) => this.table.cognateBucket(bucket))
    return this.cognates
  }
}

/**
 * The cross-lingual lexicon: Chinese words in running text, their
 * renderings, and weighted links between segments in two languages. Built
 * by `loadLexicon()`; every method is synchronous and deterministic.
 */
export class Lexicon {
  private readonly data: LexiconData
  private readonly table: CedictTable
  private readonly terms: TermBase | undefined
  /** The headwords of the word lookup: CC-CEDICT's, and the term base's when there is one. */
  private readonly headwords: HeadwordLookup
  /** Names of what links rest on (`cc-cedict`, `freedict`, …); a token id's origin indexes it, 0 meaning "told by the key". */
  private readonly sourceNames: string[] = ['']
  private readonly idOf = new Map<string, number>()
  private readonly keys: string[] = []
  private readonly chineseIds = new Map<string, readonly TokenId[]>()
  /** The same without the Sino-Vietnamese readings' keys (see {@link prepare}). */
  private readonly chineseIdsWithoutReadings = new Map<string, readonly TokenId[]>()
  private readonly latinIds = new Map<string, readonly TokenId[]>()
  private readonly latinWeights = new Map<string, number>()
  /** The key ids of each rendering word met so far (see renderingWordIds). */
  private readonly renderingIds = new Map<number, readonly [number, number, number]>()
  /** The keys of a stretch of single characters' pinyin (names the dictionary cuts up), bounded. */
  private readonly nameRunIds = new Map<string, TokenId[]>()

  constructor(table: CedictTable, frenchFile: URL | string)
  constructor(data: LexiconData, terms: TermBase)
  constructor(first: CedictTable | LexiconData, second: URL | string | TermBase) {
    this.data = first instanceof LexiconData ? first : new LexiconData(first, second as URL | string)
    this.table = this.data.table
    this.terms = second instanceof TermBase && second.size > 0 ? second : undefined
    const table = this.table
    const terms = this.terms
    this.headwords =
      terms === undefined
        ? table
        : {
            longestAt: (text, index) => Math.max(table.longestAt(text, index), terms.longestAt(text, index)),
            has: (text, start, length) => terms.has(text, start, length) || table.has(text, start, length)
          }
  }

  /**
   * A lexicon that also knows the pairs of a term base (a glossary's
   * concepts: a Chinese term and its renderings), looked up like dictionary
   * entries: a term is a word of the Chinese lookup, its renderings come
   * first in `renderingsOf`, and it links to their words, the links named
   * `source`. The tables are shared; this lexicon is left as it is.
   */
  withEntries(entries: readonly LexiconEntry[], source = 'glossary'): Lexicon {
    return new Lexicon(this.data, new TermBase(entries, source, (text) => this.table.toSimplified(text)))
  }

  private get frenchBridge(): FrenchBridge {
    return this.data.frenchBridge
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
    return chineseWords(this.headwords, text, start, end)
  }

  /** Candidate renderings of a Chinese word or phrase in `lang`, best first: the term base's first, then the dictionaries'. */
  renderingsOf(zh: string, lang: RenderingLanguage): Rendering[] {
    const fromTerms: Rendering[] = (this.terms?.renderingsOf(zh) ?? [])
      .filter((rendering) => rendering.lang === lang)
      .map((rendering) => ({ text: rendering.text, weight: rendering.weight, source: this.terms!.source }))
    const fromDictionaries = lang === 'fr' ? this.frenchRenderingsOf(zh) : lang === 'en' ? this.englishRenderingsOf(zh) : lang === 'vi' ? vietnameseRenderingsOf(zh) : []
    const seen = new Set(fromTerms.map((rendering) => rendering.text))
    return [...fromTerms, ...fromDictionaries.filter((rendering) => !seen.has(rendering.text))]
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
   * With `readings: false` the Chinese words leave out the keys of their
   * Sino-Vietnamese readings (`vi:`), which only Vietnamese text or other
   * Chinese words can match: a caller comparing Chinese with neither is
   * spared reading every word (the aligner, between Chinese and English).
   */
  prepare(text: string, lang: string, options: PrepareOptions = {}): PreparedSegment {
    const { tokens, ids } = this.tokensAndIds(text, lang, options.readings ?? true, true)
    return assemblePrepared(lang, text, tokens, ids)
  }

  /**
   * The ids one word links to, with their factors and origins: the entries
   * {@link prepare} gives the word as a segment, in no set order, with
   * factors not yet rounded to the segment's 32 bits (`Math.fround` gives
   * those). A caller that looks at each distinct word of a text apart (the
   * aligner) needs only these: the segment's sorted arrays, its tokens and
   * their weights were most of the work, and a Chinese headword standing
   * alone needs no second segmentation. The list may be the lexicon's own
   * cached one: do not change it.
   */
  wordIds(word: string, lang: string, options: PrepareOptions = {}): readonly TokenId[] {
    const readings = options.readings ?? true
    // A headword standing alone is one word of the Chinese lookup (no cut has
    // fewer words than one), and all-Han text holds no Latin word.
    if (isChinese(lang) && onlyHan.test(word) && this.headwords.has(word, 0, word.length)) {
      const ids = [this.idsOfChinese(word, readings)]
      this.addNumberIds(word, [{ start: 0, end: word.length }], ids)
      return ids[0]!
    }
    return this.tokensAndIds(word, lang, readings, false).ids.flat()
  }

  /**
   * Read the dictionary entries of the headwords among `words` at once, in
   * the order they lie in the file, before {@link wordIds} asks for them
   * one by one: a caller that has a text's distinct words in hand spares a
   * read per word. Nothing else changes.
   */
  readAhead(words: Iterable<string>): void {
    this.table.readAhead(words)
  }

  /** The tokens of a segment in text order and the ids of each; without `weigh`, every weight is left 0. */
  private tokensAndIds(text: string, lang: string, readings: boolean, weigh: boolean): { tokens: PreparedToken[]; ids: Array<readonly TokenId[]> } {
    const tokens: PreparedToken[] = []
    const ids: Array<readonly TokenId[]> = []
    const chinese = isChinese(lang) || (hasHan(text) && !/\p{L}/u.test(text.replace(/\p{Script=Han}/gu, '')))
    if (chinese || hasHan(text)) {
      const words = this.chineseWords(text)
      for (const word of words) {
        tokens.push({ start: word.start, end: word.end, text: word.text, weight: !weigh ? 0 : word.known ? this.weightOfChinese(word.text) : unknownWeight })
        ids.push(word.known ? this.idsOfChinese(word.text, readings) : this.idsOfUnknown(word.text, readings))
      }
      this.addNameRunIds(words, ids)
    }
    const latinLang = chinese ? 'en' : lang
    const latin = latinWords(text, latinLang).filter((word) => !word.stop)
    const runs = latinLang === 'vi' ? vietnameseRunIds(text, latin, (key) => this.intern(key)) : undefined
    latin.forEach((word, index) => {
      tokens.push({ start: word.start, end: word.end, text: word.text, weight: weigh ? this.weightOfLatin(word, latinLang) : 0 })
      const own = this.idsOfLatin(word, latinLang)
      ids.push(runs === undefined ? own : [...own, ...runs[index]!])
    })
    this.addNumberIds(text, tokens, ids)
    // Chinese words and Latin words were gathered apart: put them back in text order.
    const order = tokens.map((_, index) => index).sort((x, y) => tokens[x]!.start - tokens[y]!.start)
    return { tokens: order.map((index) => tokens[index]!), ids: order.map((index) => ids[index]!) }
  }

  /**
   * Numbers and dates however written (`35 000`, `3,5 millions`, `3.5万`,
   * `一千九百`, `二〇二三年`, `26 avril`, `4月26日`): each token a number or
   * a date covers takes its key.
   */
  private addNumberIds(text: string, tokens: ReadonlyArray<{ start: number; end: number }>, ids: Array<readonly TokenId[]>): void {
    const anchors = numberAndDateAnchors(text)
    if (anchors.length === 0) return
    const covering: Array<number[] | undefined> = new Array(text.length)
    anchors.forEach((anchor, index) => {
      for (let at = anchor.start!; at < anchor.end!; at++) (covering[at] ??= []).push(index)
    })
    tokens.forEach((token, index) => {
      const found = new Set<number>()
      for (let at = token.start; at < token.end; at++) for (const anchor of covering[at] ?? []) found.add(anchor)
      if (found.size > 0) ids[index] = [...ids[index]!, ...[...found].map((anchor) => ({ id: this.intern(anchors[anchor]!.key), factor: 1 }))]
    })
  }

  /** Token-to-token links between two prepared segments (any two languages), with weights and what each rests on. */
  translationLinks(a: PreparedSegment, b: PreparedSegment): TranslationLink[] {
    // Name the Chinese side's source first (cc-cedict+freedict), then the other's.
    const swap = !isChinese(a.lang) && isChinese(b.lang)
    return preparedLinks(a, b, (id, originA, originB) => {
      const first = this.sourceNames[swap ? originB : originA]!
      const second = this.sourceNames[swap ? originA : originB]!
      if (first === '' && second === '') return sourceOfKey(this.keys[id]!)
      return first === '' || first === second ? second : second === '' ? first : `${first}+${second}`
    })
  }

  /**
   * The text with its Traditional characters written in Simplified (from
   * CC-CEDICT's pairs of headwords), character for character: the same
   * length, so offsets into it are offsets into `text`. Two copies of one
   * readout in the two scripts read the same.
   */
  toSimplified(text: string): string {
    return this.table.toSimplified(text)
  }

  /** The key a Latin-script word is compared by (`stemOf` of the package: French by its lemma's stem). */
  stemOf(word: string, lang: string): string {
    return stemOf(word, lang)
  }

  /** Sentence-pair similarity in [0, 1]: the weighted share of both sides' tokens linked to the other side. */
  similarity(a: PreparedSegment, b: PreparedSegment): number {
    return preparedSimilarity(a, b)
  }

  /**
   * The key an id of a prepared segment stands for: `en:stem` (a word's stem
   * in a language, whether the word's own or a rendering's), `w:` (a
   * spelling), `c:` (a cognate skeleton), `py:`/`ph:` (pinyin, phonetic
   * skeleton), `vi:` (Sino-Vietnamese reading), `number:`/`date:`. Ids are
   * numbered in the order this lexicon first met their keys, so they differ
   * between processes; keys do not. A caller that must give the same result
   * whatever came before orders by key.
   */
  keyOf(id: number): string {
    const key = this.keys[id]
    if (key === undefined) throw new RangeError(`No lexicon id ${id}`)
    return key
  }

  /** What an origin of a prepared segment names (`cc-cedict`, `freedict`, `pivot`, `cognate`, `pinyin`, a term base's source, …); '' when the id's key tells. */
  sourceName(origin: number): string {
    return this.sourceNames[origin] ?? ''
  }

  private intern(key: string): number {
    let id = this.idOf.get(key)
    if (id === undefined) {
      id = this.keys.length
      this.idOf.set(key, id)
      this.keys.push(key)
    }
    return id
  }

  /** What a Chinese headword links to: the English stems of its renderings, and their spellings (names, shared words). */
  private idsOfChinese(headword: string, readings: boolean): readonly TokenId[] {
    const cache = readings ? this.chineseIds : this.chineseIdsWithoutReadings
    const known = cache.get(headword)
    if (known !== undefined) return known
    // Each id is kept at its best factor (keepBest).
    const best = new Map<number, TokenId>()
    for (const rendering of this.terms?.renderingsOf(headword) ?? []) {
      for (const key of rendering.keys) keepBest(best, this.intern(key), rendering.weight, this.origin(this.terms!.source))
    }
    if (readings) this.addReadingIds(headword, (key, factor, origin) => keepBest(best, this.intern(key), factor, origin))
    const entry = this.table.lookupOnce(headword)
    if (entry !== undefined && headword.length <= 4) {
      const syllables = pinyinSyllables(entry.pinyin[0]!)
      keepBest(best, this.intern(pinyinSpellingKey(syllables)), pinyinFactor, this.origin('pinyin'))
      // A proper name (CC-CEDICT capitalises its pinyin) may be a foreign name written in Chinese.
      if (headword.length > 1 && /^\p{Lu}/u.test(entry.pinyin[0]!)) {
        for (const skeleton of pinyinSkeletons(syllables)) keepBest(best, this.intern(skeletonKey(skeleton)), transliterationFactor, this.origin('transliteration'))
      }
    }
    const cedict = this.origin('cc-cedict')
    // Each rendering's numbers and content words were found and stemmed at install.
    for (const { numbers, words } of entry?.renderingWords ?? []) {
      for (const key of numbers) keepBest(best, this.intern(key), 1, 0)
      // A word stands for its rendering only so far: one word of a gloss of
      // several (`side` of 中方's "the Chinese side") counts less than a
      // gloss of one word. (Later senses are not weighed down: CC-CEDICT's
      // order is not the news's, 美 is "beautiful" before "USA", and the
      // miner found fewer renderings when they were.)
      const share = 1 / Math.sqrt(Math.max(1, words.length))
      for (const number of words) {
        const [stemId, spellingId, cognateId] = this.renderingWordIds(number)
        keepBest(best, stemId, share, cedict)
        keepBest(best, spellingId, spellingFactor * share, 0)
        if (cognateId >= 0) keepBest(best, cognateId, cognateFactor * share, 0)
      }
    }
    const ids = [...best.values()]
    cache.set(headword, ids)
    return ids
  }

  /** The ids of a rendering word's keys: its stem (`en:`), its spelling (`w:`) and its cognate key (`c:`, -1 without one), interned in that order on first use. */
  private renderingWordIds(number: number): readonly [number, number, number] {
    let ids = this.renderingIds.get(number)
    if (ids === undefined) {
      const word = this.table.renderingWord(number)
      const stemId = this.intern(`en:${word.stem}`)
      const spellingId = this.intern(`w:${word.folded}`)
      const cognate = cognateKey(word.stem)
      ids = [stemId, spellingId, cognate === undefined ? -1 : this.intern(`c:${cognate}`)]
      this.renderingIds.set(number, ids)
    }
    return ids
  }

  /** What a run of characters no dictionary knows links to: its Sino-Vietnamese readings (names, mostly). */
  private idsOfUnknown(run: string, readings: boolean): readonly TokenId[] {
    const cache = readings ? this.chineseIds : this.chineseIdsWithoutReadings
    const known = cache.get(run)
    if (known !== undefined) return known
    const ids: TokenId[] = []
    const add = (key: string, factor: number, origin: number): void => void ids.push({ id: this.intern(key), factor, origin })
    if (readings) this.addReadingIds(run, add)
    // Pinyin from pinyin-pro (through transliterate, loaded on the first unknown run): the dictionary has none for these characters.
    const syllables = toPinyin(run)
    if (syllables.length > 0) {
      add(pinyinSpellingKey(syllables), pinyinFactor, this.origin('pinyin'))
      for (const skeleton of pinyinSkeletons(syllables)) add(skeletonKey(skeleton), transliterationFactor, this.origin('transliteration'))
    }
    cache.set(run, ids)
    return ids
  }

  /**
   * A name the dictionary lacks is cut into characters: a Chinese name
   * (王琦瑶 → 王, 琦, 瑶) is written in pinyin two syllables together (Wang
   * Qiyao), so each two single-character words in a row take the key of
   * their pinyin run together; a foreign name (泽连斯基 → 泽, 连, 斯, 基)
   * keeps its consonants, so each stretch of two to six of them takes the
   * keys of its skeleton.
   */
  private addNameRunIds(words: readonly ChineseWord[], ids: Array<readonly TokenId[]>): void {
    const pinyin = this.origin('pinyin')
    const transliteration = this.origin('transliteration')
    const single = (index: number): boolean => words[index]!.end - words[index]!.start === 1
    for (let first = 0; first < words.length; first++) {
      if (!single(first)) continue
      let last = first
      while (last + 1 < words.length && single(last + 1) && words[last + 1]!.start === words[last]!.end) last++
      if (last > first) {
        const syllables = words.slice(first, last + 1).map((word) => this.syllableOf(word)[0] ?? '')
        for (let start = first; start < last; start++) {
          for (let end = start + 2; end <= Math.min(last + 1, start + 6); end++) {
            const window = syllables.slice(start - first, end - first)
            if (window.includes('')) break
            const cacheKey = window.join(' ')
            let keys = this.nameRunIds.get(cacheKey)
            if (keys === undefined) {
              keys = pinyinSkeletons(window).map((skeleton) => ({ id: this.intern(skeletonKey(skeleton)), factor: transliterationFactor, origin: transliteration }))
              if (end === start + 2) keys.push({ id: this.intern(pinyinSpellingKey(window)), factor: pinyinFactor, origin: pinyin })
              if (this.nameRunIds.size >= cacheLimit) this.nameRunIds.clear()
              this.nameRunIds.set(cacheKey, keys)
            }
            if (keys.length > 0) for (let member = start; member < end; member++) ids[member] = [...ids[member]!, ...keys]
          }
        }
      }
      first = last
    }
  }

  /** The pinyin syllable of a one-character word: the dictionary's first reading, else pinyin-pro's. */
  private syllableOf(word: ChineseWord): string[] {
    const entry = word.known ? this.table.lookup(word.text) : undefined
    return entry !== undefined ? pinyinSyllables(entry.pinyin[0]!).slice(0, 1) : toPinyin(word.text).slice(0, 1)
  }

  /**
   * The keys of a word's Sino-Vietnamese readings (words of two characters
   * or more: a single syllable matches too much by chance), and for longer
   * words, at a lower factor, of each two syllables in a row: Vietnamese
   * puts the head first (国际秩序 → trật tự quốc tế, 中国共产党 → Đảng
   * Cộng sản Trung Quốc), so the whole reading is rarely written as it is.
   */
  private addReadingIds(han: string, add: (key: string, factor: number, origin: number) => void): void {
    if (han.length < 2) return
    const origin = this.origin('sino-vietnamese')
    sinoVietnameseReadings(han).forEach(({ keys }, rank) => {
      const factor = readingFactor * rankWeight(rank)
      if (keys.length <= maxRun) add(runKey(keys), factor, origin)
      if (keys.length > 2) for (let start = 0; start + 2 <= keys.length; start++) add(runKey(keys.slice(start, start + 2)), factor * partialReadingFactor, origin)
    })
  }

  /** What a Latin-script word links to: its stem in its language, its spelling, its number; a French word also the English words it translates or is a cognate of. */
  private idsOfLatin(word: LatinWord, lang: string): readonly TokenId[] {
    const cacheKey = `${lang}\u0000${word.capitalised ? 'C' : ''}\u0000${word.folded}`
    const known = this.latinIds.get(cacheKey)
    if (known !== undefined) return known
    const ids: TokenId[] = []
    // A number's keys come from the segment's numbers and dates (addNumberIds): its value depends on what is around it.
    if (!word.number) {
      ids.push({ id: this.intern(`${lang}:${word.stem}`), factor: 1 }, { id: this.intern(`w:${word.folded}`), factor: spellingFactor })
      // A capitalised word may be a Chinese name in pinyin (Qiyao) or a name Chinese transliterates (Zelensky).
      if (word.capitalised) {
        const letters = word.folded.replace(/[^a-z]/g, '')
        ids.push({ id: this.intern(pinyinSpellingKey([letters])), factor: pinyinFactor, origin: this.origin('pinyin') })
        for (const skeleton of latinSkeletons(letters)) ids.push({ id: this.intern(skeletonKey(skeleton)), factor: transliterationFactor, origin: this.origin('transliteration') })
      }
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
        // French makes verbs and nouns of doing again with ré- before a vowel
        // (réunifier, réaffirmer, réélire): such a word also stands, lower,
        // for what its base translates, which the dictionaries know more often.
        const base = /^re[aeiouy]/.test(word.folded) && word.folded.length >= 7 ? this.frenchBridge.englishStemsOf(stemOf(word.folded.slice(2), 'fr')) : undefined
        for (const [stem, link] of base ?? []) {
          const factor = link.factor * derivedFactor
          if ((english.get(stem)?.factor ?? 0) < factor) english.set(stem, { id: this.intern(`en:${stem}`), factor, origin: this.origin(link.pivot ? 'pivot' : 'freedict') })
        }
        for (const { stem, similarity } of this.data.cognateIndex.cognatesOf(word.folded)) {
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

/** The Sino-Vietnamese readings of a Chinese word or phrase as renderings: a reading is a rendering where Vietnamese borrowed the word (主权 → chủ quyền), not where it says it its own way (稀土 → đất hiếm). */
function vietnameseRenderingsOf(zh: string): Rendering[] {
  if (!onlyHan.test(zh)) return []
  return sinoVietnameseReadings(zh).map((reading, rank) => ({ text: reading.syllables.join(' '), weight: readingWeight * rankWeight(rank), source: 'sino-vietnamese' }))
}

/**
 * The run keys of each syllable of a Vietnamese segment: every run of up to
 * `maxRun` syllables it belongs to, syllables taken together only where
 * nothing but spaces or hyphens parts them.
 */
function vietnameseRunIds(text: string, words: readonly LatinWord[], intern: (key: string) => number): TokenId[][] {
  const keys = words.map((word) => vietnameseToneKey(word.text))
  const ids: TokenId[][] = words.map(() => [])
  let groupStart = 0
  for (let index = 0; index <= words.length; index++) {
    const joined = index > 0 && index < words.length && /^[\s-]+$/u.test(text.slice(words[index - 1]!.end, words[index]!.start))
    if (index < words.length && (index === groupStart || joined)) continue
    // words[groupStart, index) are one stretch of syllables.
    for (let start = groupStart; start < index; start++) {
      for (let end = start + 1; end <= Math.min(index, start + maxRun); end++) {
        const id = intern(runKey(keys.slice(start, end)))
        for (let member = start; member < end; member++) ids[member]!.push({ id, factor: 1 })
      }
    }
    groupStart = index
  }
  return ids
}

/** Keep `id` in `best` at `factor` when it is not there at a factor as high. */
function keepBest(best: Map<number, TokenId>, id: number, factor: number, origin: number): void {
  if ((best.get(id)?.factor ?? 0) < factor) best.set(id, { id, factor, origin })
}

function rankWeight(rank: number): number {
  return 1 / (1 + 0.25 * rank)
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
  if (key.startsWith('number:')) return 'number'
  if (key.startsWith('date:')) return 'date'
  if (key.startsWith('w:')) return 'spelling'
  if (key.startsWith('c:')) return 'cognate'
  return 'stem'
}

/** Only Han characters: one run of the Chinese word lookup, no Latin word. */
const onlyHan = /^[\p{Script=Han}〇]+$/u

function isChinese(lang: string): boolean {
  return lang === 'zh' || lang.startsWith('zh-')
}
