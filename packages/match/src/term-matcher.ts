import { foldText, normalizeForMatching } from '@renderings/normalize'
import { AhoCorasick } from './aho-corasick.js'
import { frenchVariants } from './french-inflection.js'
import { isWordUnit } from './word-characters.js'

/** A term to find: `id` is the caller's (a term or concept id), `lang` an ISO 639-1 code or BCP 47 tag. */
export interface MatchTerm {
  id: string
  text: string
  lang: string
}

/** Options of {@link createTermMatcher}. */
export interface TermMatcherOptions {
  /** Also match without diacritics (`apres-guerre` for `après-guerre`). Off by default: Vietnamese tones tell words apart. */
  foldDiacritics?: boolean
  /** Generate French inflected variants (plural, feminine, singular) for `fr` terms. On by default. */
  inflect?: boolean
}

/** Options of {@link TermMatcher.match}. */
export interface MatchOptions {
  /** Only terms of this language (`fr` also takes `fr-FR` terms). */
  lang?: string
}

/** One occurrence of a term, offsets into the ORIGINAL text, half-open. */
export interface TermMatch {
  id: string
  start: number
  end: number
  /** The original text of `[start, end)`. */
  text: string
  lang: string
  /** Index of the term in the list given to {@link createTermMatcher}. */
  term: number
}

export interface TermMatcher {
  /**
   * Every term occurrence, leftmost-longest and non-overlapping, in text
   * order. Terms whose keys coincide (one rendering shared by two concepts)
   * are all reported on the same span.
   */
  match(text: string, options?: MatchOptions): TermMatch[]
  /**
   * The same matches (`outer`), plus the terms found strictly inside them
   * (`inner`: leftmost-longest again among the candidates each outer match
   * contains, one level deep). For checks that must see a term even inside
   * a longer one (a deprecated rendering quoted inside a longer phrase).
   */
  matchNested(text: string, options?: MatchOptions): { outer: TermMatch[]; inner: TermMatch[] }
  /** Number of terms and of automaton keys (terms plus their variants). */
  readonly size: { terms: number; keys: number }
}

interface KeyInfo {
  terms: number[]
  startBoundary: boolean
  endBoundary: boolean
}

/**
 * Compile `terms` into one Aho–Corasick automaton over their matching keys
 * (see {@link normalizeForMatching}: NFC, case folded, one apostrophe, plain
 * spaces and hyphens, white space collapsed), French variants included.
 */
export function createTermMatcher(terms: readonly MatchTerm[], options: TermMatcherOptions = {}): TermMatcher {
  const normalize = { foldCase: true, foldDiacritics: options.foldDiacritics === true, collapseWhitespace: true }
  const termKeyLists = terms.map((term) => termKeys(term, normalize, options.inflect !== false))
  // Size the automaton once: the keys' total length bounds the node count.
  const automaton = new AhoCorasick(termKeyLists.reduce((sum, list) => list.reduce((inner, key) => inner + key.length, sum), 0))
  const keys: KeyInfo[] = []
  termKeyLists.forEach((list, index) => {
    for (const key of list) {
      const number = automaton.add(key)
      const info = (keys[number] ??= {
        terms: [],
        startBoundary: isWordUnit(key.charCodeAt(0)),
        endBoundary: isWordUnit(key.charCodeAt(key.length - 1))
      })
      if (!info.terms.includes(index)) info.terms.push(index)
    }
  })
  automaton.build()
  const lengths = automaton.keyLengths
  const languageMasks = new Map<string, Uint8Array>()
  const maskFor = (lang: string): Uint8Array => {
    let mask = languageMasks.get(lang)
    if (!mask) {
      mask = new Uint8Array(keys.length)
      keys.forEach((info, number) => {
        if (info.terms.some((index) => sameLanguage(terms[index]!.lang, lang))) mask![number] = 1
      })
      languageMasks.set(lang, mask)
    }
    return mask
  }

  return {
    size: { terms: terms.length, keys: keys.length },
    match: (text: string, matchOptions: MatchOptions = {}): TermMatch[] => run(text, matchOptions, false).outer,
    matchNested: (text: string, matchOptions: MatchOptions = {}) => run(text, matchOptions, true)
  }

  function run(text: string, matchOptions: MatchOptions, nested: boolean): { outer: TermMatch[]; inner: TermMatch[] } {
    const view = normalizeForMatching(text, normalize)
    const units = view.text
    const mask = matchOptions.lang === undefined ? undefined : maskFor(matchOptions.lang)
    // Candidates arrive ordered by end; keep them in flat arrays.
    const starts: number[] = []
    const ends: number[] = []
    const found: number[] = []
    automaton.scan(units, (key, end) => {
      if (mask && mask[key] === 0) return
      const start = end - lengths[key]!
      const info = keys[key]!
      if (info.startBoundary && start > 0 && isWordUnit(units.charCodeAt(start - 1))) return
      if (info.endBoundary && end < units.length && isWordUnit(units.charCodeAt(end))) return
      starts.push(start)
      ends.push(end)
      found.push(key)
    })
    const order = starts.map((_, index) => index).sort((a, b) => starts[a]! - starts[b]! || ends[b]! - ends[a]!)
    const emit = (list: TermMatch[], candidate: number): void => {
      const span = view.toOriginalSpan(starts[candidate]!, ends[candidate]!)
      for (const index of keys[found[candidate]!]!.terms) {
        const term = terms[index]!
        if (matchOptions.lang !== undefined && !sameLanguage(term.lang, matchOptions.lang)) continue
        list.push({ id: term.id, start: span.start, end: span.end, text: text.slice(span.start, span.end), lang: term.lang, term: index })
      }
    }
    const outer: TermMatch[] = []
    const inner: TermMatch[] = []
    let outerStart = -1
    let outerEnd = 0
    let innerCovered = 0
    for (const candidate of order) {
      const start = starts[candidate]!
      const end = ends[candidate]!
      if (start >= outerEnd) {
        // Leftmost-longest: the first candidate at or after the last match's end wins.
        outerStart = start
        outerEnd = end
        innerCovered = start
        emit(outer, candidate)
        continue
      }
      // Inside the current outer match: leftmost-longest among what it contains.
      if (!nested || end > outerEnd || (start === outerStart && end === outerEnd) || start < innerCovered) continue
      innerCovered = end
      emit(inner, candidate)
    }
    return { outer, inner }
  }
}

function termKeys(term: MatchTerm, normalize: Parameters<typeof normalizeForMatching>[1], inflect: boolean): string[] {
  const key = foldText(term.text, normalize).trim()
  if (key.length === 0) return []
  const keys = new Set<string>(inflect && primaryLanguage(term.lang) === 'fr' ? frenchVariants(key) : [key])
  // A hyphenated compound is also written with a space (`après guerre`).
  for (const variant of [...keys]) if (variant.includes('-')) keys.add(variant.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '))
  return [...keys]
}

function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0]!
}

function sameLanguage(termLang: string, wanted: string): boolean {
  return primaryLanguage(termLang) === primaryLanguage(wanted)
}
