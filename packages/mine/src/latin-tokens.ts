import snowball from 'snowball-stemmers'
import { englishStopwords, frenchStopwords, vietnameseStopwords } from './stopwords.js'

/** A word of Latin-script text, with offsets into the original document. */
export interface LatinToken {
  start: number
  end: number
  /** The word as written. */
  text: string
  /** Lower case, without diacritics, typographic variants unified. */
  folded: string
  /** Folded Snowball stem: equal for "préserver"/"préservent", "mondial"/"mondiale". */
  stem: string
  stop: boolean
  number: boolean
  /** Starts with a capital letter (a name, or the first word of a sentence). */
  capitalised: boolean
}

// A word is letters joined by hyphens (any dash a typesetter uses) or inner
// apostrophes; numbers keep their inner separators ("1939-1945", "5 000").
const wordPattern = /\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{M}]*(?:[-‐‑'’][\p{L}\p{M}]+)*/gu
// French elision: the clitic before the apostrophe is a separate, empty word.
const elision = /^(l|d|qu|n|s|c|j|m|t|jusqu|lorsqu|puisqu|presqu)['’]/i

const stemmers = new Map<string, { stem(word: string): string }>()

function stemmerFor(lang: string): { stem(word: string): string } | undefined {
  const name = lang === 'fr' ? 'french' : lang === 'en' ? 'english' : undefined
  if (name === undefined) return undefined
  let stemmer = stemmers.get(name)
  if (stemmer === undefined) {
    stemmer = snowball.newStemmer(name)
    stemmers.set(name, stemmer)
  }
  return stemmer
}

/** Lower case, no diacritics, one hyphen and one apostrophe character. */
export function foldLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[‐‑‒–]/g, '-')
    .replace(/’/g, "'")
    .toLowerCase()
}

// Stemming is most of the tokenising time and a corpus repeats its words:
// remember each word's stem (bounded, so a huge corpus cannot grow it forever).
const stemCache = new Map<string, string>()
const stemCacheLimit = 200_000

/** Stem one folded word (each part of a hyphenated compound separately). */
export function stemWord(word: string, lang: string): string {
  const key = `${lang}\u0000${word}`
  const cached = stemCache.get(key)
  if (cached !== undefined) return cached
  if (stemCache.size >= stemCacheLimit) stemCache.clear()
  const stem = computeStem(word, lang)
  stemCache.set(key, stem)
  return stem
}

function computeStem(word: string, lang: string): string {
  const stemmer = stemmerFor(lang)
  const lower = word.toLowerCase()
  const stemmed = stemmer === undefined ? lower : lower.split('-').map((part) => stemmer.stem(part)).join('-')
  return foldLatin(stemmed)
}

/**
 * Split Latin-script text into words with offsets (relative to `base`), each
 * with its stem and whether it is a function word.
 */
export function tokenizeLatin(text: string, lang = 'fr', base = 0): LatinToken[] {
  const tokens: LatinToken[] = []
  for (const match of text.matchAll(wordPattern)) {
    let start = (match.index ?? 0) + base
    let word = match[0]
    const clitic = elision.exec(word)
    if (clitic !== null && clitic[0].length < word.length) {
      tokens.push(makeToken(word.slice(0, clitic[0].length), start, lang))
      start += clitic[0].length
      word = word.slice(clitic[0].length)
    }
    tokens.push(makeToken(word, start, lang))
  }
  return tokens
}

type WordInfo = Omit<LatinToken, 'start' | 'end' | 'text'>
const wordCache = new Map<string, WordInfo>()

function makeToken(text: string, start: number, lang: string): LatinToken {
  const key = `${lang}\u0000${text}`
  let info = wordCache.get(key)
  if (info === undefined) {
    if (wordCache.size >= stemCacheLimit) wordCache.clear()
    info = describeWord(text, lang)
    wordCache.set(key, info)
  }
  return { start, end: start + text.length, text, ...info }
}

// Words are compared folded (no diacritics): the Vietnamese list too.
let foldedVietnamese: ReadonlySet<string> | undefined

/** The function words of a language: English and Vietnamese have their own, anything else is read as French. */
function stopwordsOf(lang: string): ReadonlySet<string> {
  if (lang === 'vi') return (foldedVietnamese ??= new Set([...vietnameseStopwords].map(foldLatin)))
  return lang === 'en' ? englishStopwords : frenchStopwords
}

function describeWord(text: string, lang: string): WordInfo {
  const folded = foldLatin(text)
  const number = /^\p{N}/u.test(text)
  const bare = folded.replace(/'$/, '')
  return {
    folded,
    stem: number ? folded : stemWord(bare, lang),
    stop: !number && (stopwordsOf(lang).has(bare) || bare.length === 1),
    number,
    capitalised: /^\p{Lu}/u.test(text)
  }
}
