import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type snowballModule from 'snowball-stemmers'
import { frenchLemmasOf } from './french-lemmas.js'

// The stemmers (870 KB of JavaScript) are loaded when a word is first stemmed, not on import:
// the aligner imports this package for its number and date anchors.
const require = createRequire(import.meta.url)

/** A word of Latin-script text with its offsets, folded form and stem. */
export interface LatinWord {
  start: number
  end: number
  text: string
  /** Lower case, no diacritics, one apostrophe and one hyphen. */
  folded: string
  /**
   * The word's key: for French, the Snowball stem of its lemma (`jouent` →
   * `jouer` → `jou`, `vont` → `aller`; the first lemma of a form of
   * several), the form's own stem where the dictionary has nothing better;
   * for English, the Snowball stem; for other
   * languages, the folded word.
   */
  stem: string
  /** A function word or a single letter: links through it carry no evidence. */
  stop: boolean
  /** A run of digits (with inner separators). */
  number: boolean
  /** Starts with a capital letter. */
  capitalised: boolean
}

// Letters joined by hyphens or inner apostrophes; numbers keep their inner
// separators (1939-1945 is two numbers, 5 000 one).
// Han characters are no part of a word here (Chinese has its own lookup):
// the classes leave them out by set difference (the v flag), which V8
// compiles in half the time of a class behind a lookahead, the same
// characters; a pattern is compiled again for the first two-byte text (any
// Chinese), about 11 ms for this one before.
const digit = '[\\p{N}--\\p{Script=Han}]'
const letter = '[\\p{L}--\\p{Script=Han}]'
const mark = '[[\\p{L}\\p{M}]--\\p{Script=Han}]'
const wordPattern = new RegExp(`${digit}+(?:[.,\\u00a0\\u202f ]${digit}{3})*(?:[.,]${digit}+)?|${letter}${mark}*(?:['’]${mark}+)*`, 'gv')
// French elision: the clitic before the apostrophe is a word of its own.
const elision = /^(?:l|d|qu|n|s|c|j|m|t|jusqu|lorsqu|puisqu|presqu)['’]/i

/** Lower case, no diacritics, typographic apostrophes and hyphens unified. */
export function foldLatin(text: string): string {
  const lowered = text.toLowerCase()
  if (/^[\x00-\x7f]*$/.test(lowered)) return lowered
  return lowered
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‐‑‒–]/g, '-')
    .replace(/’/g, "'")
    .replace(/[đðßœæøł]/g, (letter) => foldedLetters[letter] ?? letter)
}

const foldedLetters: Record<string, string> = { đ: 'd', ð: 'd', ß: 'ss', œ: 'oe', æ: 'ae', ø: 'o', ł: 'l' }

const stemmers = new Map<string, { stem(word: string): string } | null>()

function stemmerFor(lang: string): { stem(word: string): string } | null {
  let stemmer = stemmers.get(lang)
  if (stemmer === undefined) {
    const name = lang === 'en' ? 'english' : lang === 'fr' ? 'french' : undefined
    stemmer = name === undefined ? null : (snowballStemmerAlone(name) ?? (require('snowball-stemmers') as typeof snowballModule).newStemmer(name))
    stemmers.set(lang, stemmer)
  }
  return stemmer
}

/**
 * The Snowball stemmer of one language, compiled from the package's file
 * without the other 23: the shared classes (the file up to its first
 * language) and that language's class, the same code as the package runs.
 * Loading the whole module parsed and ran 870 KB of JavaScript, about 20 ms
 * of every process that stems a word (an English word not among
 * CC-CEDICT's renderings: nearly every alignment with Chinese). Undefined
 * when the file is not laid out as expected (another version of the
 * package), and the caller loads the module.
 */
export function snowballStemmerAlone(name: string): { stem(word: string): string } | undefined {
  try {
    const file = readFileSync(require.resolve('snowball-stemmers'))
    // The file: Babel's `_typeof` line, the module wrapper and its exports, the shared classes, then one class per language.
    const typeofLineEnd = file.indexOf('\n')
    const exported = file.indexOf('exports.algorithms = algorithms;\n')
    const firstLanguage = file.lastIndexOf('\n', file.indexOf(' = function (_SnowballStemmer'))
    const start = file.indexOf(`\n    var ${name}Stemmer = function (_SnowballStemmer`)
    const endMark = '}(SnowballStemmer);\n'
    const end = start < 0 ? -1 : file.indexOf(endMark, start)
    if (typeofLineEnd < 0 || exported < 0 || firstLanguage < exported || start < firstLanguage || end < 0) return undefined
    const source = [
      "'use strict';",
      file.toString('utf8', 0, typeofLineEnd),
      file.toString('utf8', exported + 'exports.algorithms = algorithms;\n'.length, firstLanguage),
      file.toString('utf8', start, end + endMark.length),
      `return ${name}Stemmer;`
    ].join('\n')
    const Stemmer = new Function(source)() as new () => { setCurrent(word: string): void; stem(): boolean; getCurrent(): string }
    const stemmer = new Stemmer()
    // As the package's newStemmer wraps it.
    return {
      stem(word: string): string {
        stemmer.setCurrent(word)
        stemmer.stem()
        return stemmer.getCurrent()
      }
    }
  } catch {
    return undefined
  }
}

// Stemming is most of the cost of tokenising and text repeats its words:
// remember each word's description (bounded, so a huge vocabulary cannot grow it forever).
type WordInfo = Omit<LatinWord, 'start' | 'end' | 'text'>
// One map per language keyed by the word as written: a key joining language and word was a new string per token to build and hash.
const wordCaches = new Map<string, Map<string, WordInfo>>()
const wordCacheLimit = 200_000

/**
 * Stems already known for a language's words (folded, no final apostrophe),
 * made by the same stemmer: the lexicon's compiled table of the words of
 * CC-CEDICT's renderings. A word found there is not stemmed again, and a
 * text whose words are all there never loads the stemmers.
 */
const knownStems = new Map<string, (word: string) => string | undefined>()

/** Take the stems of `lang`'s words from `lookup` where it knows them (it must agree with {@link snowballStem}). */
export function useKnownStems(lang: string, lookup: (word: string) => string | undefined): void {
  knownStems.set(lang, lookup)
}

/** The stem of one word (folded first) in `lang` (`en`, `fr`: of its lemma; other languages: the folded word). */
export function stemOf(word: string, lang: string): string {
  return describe(word, lang).stem
}

/** The Snowball stem of a word alone (folded first; no lemma looked up), or the folded word in a language without a stemmer. */
export function snowballStem(word: string, lang: string): string {
  const bare = foldLatin(word).replace(/'$/, '')
  const stemmer = stemmerFor(lang)
  return stemmer === null ? bare : foldLatin(stemmer.stem(bare))
}

function describe(text: string, lang: string): WordInfo {
  let wordCache = wordCaches.get(lang)
  if (wordCache === undefined) wordCaches.set(lang, (wordCache = new Map()))
  let info = wordCache.get(text)
  if (info !== undefined) return info
  const folded = foldLatin(text)
  const number = /^\p{N}/u.test(text)
  const bare = folded.replace(/'$/, '')
  // French is keyed by lemma, then stemmed (so derivations still meet:
  // mondial, mondialement; keying by the lemma alone linked fewer gold
  // words for no fewer chance links). A form of several words takes the
  // likeliest (`sens` is sens before sentir; counting every lemma linked
  // more unrelated sentences than it helped).
  const lemma = lang === 'fr' && !number ? frenchLemmasOf(bare)?.[0] : undefined
  const stem = number ? bare : lemma === undefined ? (knownStems.get(lang)?.(bare) ?? snowballStem(bare, lang)) : snowballStem(lemma, lang)
  const stops = stopwords[lang]
  info = {
    folded,
    stem,
    stop: !number && (bare.length === 1 || (stops !== undefined && stops.has(bare))),
    number,
    capitalised: /^\p{Lu}/u.test(text)
  }
  if (wordCache.size >= wordCacheLimit) wordCache.clear()
  wordCache.set(text, info)
  return info
}

/**
 * The words of Latin-script text (Han characters are skipped: a Chinese
 * run inside a Latin sentence is not a word of it), offsets relative to `base`.
 * Numbers are words too (`number`), so 2023 in any script's sentence is found.
 */
export function latinWords(text: string, lang: string, base = 0): LatinWord[] {
  const words: LatinWord[] = []
  // A loop over the pattern's matches, without matchAll's iterator and copy of the pattern: every sentence comes here.
  wordPattern.lastIndex = 0
  for (let match = wordPattern.exec(text); match !== null; match = wordPattern.exec(text)) {
    let start = match.index + base
    let word = match[0]
    // Only a word with an apostrophe can start with a clitic: most words skip the pattern.
    const clitic = word.includes("'") || word.includes('’') ? elision.exec(word) : null
    if (clitic !== null && clitic[0].length < word.length) {
      const cliticText = word.slice(0, clitic[0].length)
      words.push(latinWord(start, cliticText, describe(cliticText, lang)))
      start += clitic[0].length
      word = word.slice(clitic[0].length)
    }
    words.push(latinWord(start, word, describe(word, lang)))
  }
  return words
}

/** A word at `start` with its description, the fields written out: spreading the description was slower, every token. */
function latinWord(start: number, text: string, info: WordInfo): LatinWord {
  return { start, end: start + text.length, text, folded: info.folded, stem: info.stem, stop: info.stop, number: info.number, capitalised: info.capitalised }
}

/**
 * Function words, folded. Short on purpose: a word missing here costs a
 * little weight (the dictionary's document frequency already makes it cheap),
 * a content word wrongly here loses its links.
 */
const stopwords: Record<string, ReadonlySet<string>> = {
  en: new Set(
    (
      'a an the and or nor but of to in on at by for from with without into onto over under about as than then so ' +
      'is are was were be been being am do does did done have has had having will would shall should can could may might must ' +
      'it its it\'s this that these those there here which who whom whose what when where why how ' +
      'i me my we us our you your he him his she her they them their one ones sb sth sb\'s sth\'s etc ' +
      'not no also very just only too up out off all any some such each other same own more most less least ' +
      'against after before since during toward towards despite'
    ).split(' ')
  ),
  fr: new Set(
    (
      'le la les l un une des du de d au aux a et ou ni mais or donc car que qu qui quoi dont ou ' +
      'ce cet cette ces c se s son sa ses leur leurs lui eux elle elles il ils on nous vous je j me m te t y en ' +
      'ne n pas plus moins tres aussi ainsi meme tout tous toute toutes si sur sous dans par pour avec sans entre vers chez ' +
      'contre apres avant depuis pendant durant envers parmi malgre aupres outre puis alors lorsque ' +
      'est sont etait etaient ete etre ont avait avaient avoir fait font sera seront ' +
      'cela ceci celui celle ceux celles notre nos votre vos mon ma mes ton ta tes lors comme selon'
    ).split(' ')
  )
}
