import { type Lexicon, type TokenId, latinWords, loadLexicon } from '@renderings/lexicon'
import type { AnchorCollector } from './anchor-table.js'

const han = /\p{Script=Han}/gu
const hasHan = /\p{Script=Han}/u
const letter = /\p{L}/gu

/** Whether a language code, or else the text, says Chinese. */
export function isChinese(lang: string | undefined, texts: readonly string[]): boolean {
  if (lang !== undefined && lang !== 'und') return isChineseCode(lang)
  // No language given: Chinese when most letters of a sample are Han characters.
  let hanCount = 0
  let letterCount = 0
  for (let index = 0; index < texts.length && letterCount < 20_000; index += Math.max(1, Math.floor(texts.length / 200))) {
    hanCount += texts[index]!.match(han)?.length ?? 0
    letterCount += texts[index]!.match(letter)?.length ?? 0
  }
  return letterCount > 0 && hanCount * 2 > letterCount
}

function isChineseCode(lang: string): boolean {
  return lang === 'zh' || lang.startsWith('zh-')
}

/** What one distinct word links to in this document: the keys kept and their kind. */
interface WordLinks {
  ids: number[]
  kind: string
}

/**
 * Dictionary links between a Chinese text and its translation, through
 * @renderings/lexicon, added to `anchors` as tokens: each Chinese word
 * stands for the stems of its renderings, each word of the other side for
 * its own stem and spelling, and a token matches when the two share one.
 * Only the links that can match in this document are kept (a rendering the
 * other text never uses is dropped before anything is interned), and of a
 * token's links only the surest kind (a dictionary stem, `lexicon`, before
 * a mere spelling, `spelling`). Numbers are left to the aligner's own
 * number and date anchors, which read dates across conventions.
 *
 * The words of each sentence are found with the lexicon's own tokenizers
 * (`chineseWords`, `latinWords`), and each distinct word's ids are looked
 * up once (`wordIds`): a document repeats its words, and preparing every
 * sentence whole (sorting its ids, building its tokens) was twice the time.
 */
export function addLexiconTokens(anchors: AnchorCollector, source: readonly string[], target: readonly string[], sourceLang: string, targetLang: string): void {
  const lexicon = loadLexicon()
  // A Chinese word's Sino-Vietnamese readings (`vi:` keys) can only meet
  // Vietnamese words or Chinese words of the other side: without either,
  // reading every word would be wasted.
  const sourceChinese = isChineseCode(sourceLang)
  const other = sourceChinese ? target : source
  const otherLang = sourceChinese ? targetLang : sourceLang
  const readings = otherLang === 'vi' || other.some((text) => hasHan.test(text))
  const sides = [source, target].map((texts, side) => sideWords(lexicon, texts, side === 0 ? sourceLang : targetLang, readings))
  const present = sides.map((side) => {
    const ids = new Set<number>()
    for (const entries of side.entries) for (const entry of entries) ids.add(entry.id)
    return ids
  })
  sides.forEach((side, index) => {
    const other = present[1 - index]!
    const links = side.entries.map((entries) => wordLinks(lexicon, entries, other))
    const ids: number[] = []
    const starts: number[] = []
    const kinds: string[] = []
    const texts: string[] = []
    for (let sentence = 0; sentence < side.sentenceStarts.length - 1; sentence++) {
      ids.length = 0
      starts.length = 1
      starts[0] = 0
      kinds.length = 0
      texts.length = 0
      for (let at = side.sentenceStarts[sentence]!; at < side.sentenceStarts[sentence + 1]!; at++) {
        const word = side.sentenceWords[at]!
        const found = links[word]
        if (found === undefined) continue
        for (const id of found.ids) ids.push(id)
        starts.push(ids.length)
        kinds.push(found.kind)
        texts.push(side.words[word]!)
      }
      anchors.addNumberedTokens(index as 0 | 1, sentence, 'lexicon', ids, starts, kinds, texts)
    }
  })
}

/**
 * The words of each sentence, as numbers into the side's distinct words
 * (sentence s holds `sentenceWords[sentenceStarts[s], sentenceStarts[s + 1])`),
 * and the lexicon's ids of each distinct word. A word met again is kept as
 * its number: a document repeats its words, and a string per word of every
 * sentence, all alive until the links are made, was work for the garbage
 * collector.
 */
function sideWords(
  lexicon: Lexicon,
  texts: readonly string[],
  lang: string,
  readings: boolean
): { sentenceWords: Int32Array; sentenceStarts: Int32Array; words: string[]; entries: Array<readonly TokenId[]> } {
  const chinese = isChineseCode(lang)
  // Latin words inside Chinese text are read as English, as the lexicon does.
  const latinLang = chinese ? 'en' : lang
  const numberOf = new Map<string, number>()
  const words: string[] = []
  const sentenceWords: number[] = []
  const sentenceStarts = new Int32Array(texts.length + 1)
  const add = (word: string): void => {
    let number = numberOf.get(word)
    if (number === undefined) {
      number = words.length
      numberOf.set(word, number)
      words.push(word)
    }
    sentenceWords.push(number)
  }
  texts.forEach((text, sentence) => {
    if (chinese || hasHan.test(text)) for (const word of lexicon.chineseWords(text)) if (word.known) add(word.text)
    for (const word of latinWords(text, latinLang)) if (!word.stop && !word.number) add(word.text)
    sentenceStarts[sentence + 1] = sentenceWords.length
  })
  // The words' dictionary entries read in the order they lie in the file, not one read per word as they are met.
  const chineseWords = words.map((word) => hasHan.test(word))
  lexicon.readAhead(words.filter((_, number) => chineseWords[number]))
  const entries = words.map((word, number) => lexicon.wordIds(word, chineseWords[number] ? 'zh' : latinLang, { readings }))
  return { sentenceWords: Int32Array.from(sentenceWords), sentenceStarts, words, entries }
}

/**
 * The links of one word that the other side can match, of the surest kind
 * only; undefined when none can. A word of a CC-CEDICT gloss ranks as a
 * direct link whatever its factor: the lexicon weighs a word of a long gloss
 * below a gloss of one word (for the miner's scores), but for the aligner
 * "rare" of 稀土's "rare earth" is still the dictionary's word, not a
 * look-alike (ranked by factor, mac_dev lost 0.8 point of F1). The
 * ids kept are ordered by their keys, not their numbers: the lexicon
 * numbers keys as it meets them, so numbers depend on what the process did
 * before, and the anchor table (and the sums over it) would too.
 */
function wordLinks(lexicon: Lexicon, entries: readonly TokenId[], other: ReadonlySet<number>): WordLinks | undefined {
  let best = 0
  for (const entry of entries) if (other.has(entry.id)) best = Math.max(best, linkRank(lexicon, entry))
  if (best === 0) return undefined
  const kept: Array<{ id: number; key: string }> = []
  for (const entry of entries) if (linkRank(lexicon, entry) === best && other.has(entry.id)) kept.push({ id: entry.id, key: lexicon.keyOf(entry.id) })
  kept.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
  return { ids: kept.map((link) => link.id), kind: best < 1 ? 'spelling' : 'lexicon' }
}

/**
 * How a link ranks among a word's links: 1 for CC-CEDICT's, else its factor
 * rounded as a prepared segment stores it, so that ranks tie where they tied
 * there.
 */
function linkRank(lexicon: Lexicon, entry: TokenId): number {
  return lexicon.sourceName(entry.origin ?? 0) === 'cc-cedict' ? 1 : Math.fround(entry.factor)
}
