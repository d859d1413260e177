import { foldText, matchingBatchSize, visitMatchingViewInBatches, type NormalizeOptions } from '@renderings/normalize'
import { AhoCorasick, type AhoCorasickColumns } from './aho-corasick.js'
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
  /** Everything needed to restore this matcher without compiling it again (see {@link restoreTermMatcher}). */
  snapshot(): TermMatcherSnapshot
}

/** A compiled matcher as data: JSON-able fields plus typed arrays (see `packSnapshot`). */
export interface TermMatcherSnapshot {
  json: { terms: MatchTerm[]; termCount?: number; foldDiacritics: boolean; edgeCount: number }
  arrays: AhoCorasickColumns & { keyTermStarts: Int32Array; keyTerms: Int32Array; keyBoundaries: Uint8Array }
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
  const keyTermStarts = new Int32Array(keys.length + 1)
  const keyBoundaries = new Uint8Array(keys.length)
  keys.forEach((info, number) => {
    keyTermStarts[number + 1] = keyTermStarts[number]! + info.terms.length
    keyBoundaries[number] = (info.startBoundary ? 1 : 0) | (info.endBoundary ? 2 : 0)
  })
  const keyTerms = Int32Array.from(keys.flatMap((info) => info.terms))
  return matcherOver(termListOf(terms), { keyTermStarts, keyTerms, keyBoundaries }, automaton, normalize)
}

/**
 * Per key (automaton key number): the terms it stands for
 * (`keyTerms[keyTermStarts[key] .. keyTermStarts[key + 1])`) and whether it
 * needs a word boundary before (bit 1) and after (bit 2). Flat arrays, so a
 * snapshot stores and restores them as they are.
 */
interface KeyTable {
  keyTermStarts: Int32Array
  keyTerms: Int32Array
  keyBoundaries: Uint8Array
}

/**
 * A matcher from a snapshot: no key folding, no trie building, only array
 * views. `termAt` may supply the terms instead of `snapshot.json.terms`
 * (a snapshot stored without them, `json.termCount` saying how many): it is
 * called only for the terms a text matches (and, once, for all of them when
 * a match is restricted to a language), so a large glossary's term objects
 * need not all be made at start-up.
 */
export function restoreTermMatcher(snapshot: TermMatcherSnapshot, termAt?: (index: number) => MatchTerm): TermMatcher {
  const { json, arrays } = snapshot
  const automaton = AhoCorasick.fromColumns(arrays, json.edgeCount)
  const terms = termAt === undefined ? termListOf(json.terms) : { count: json.termCount ?? json.terms.length, at: termAt }
  return matcherOver(terms, arrays, automaton, { foldCase: true, foldDiacritics: json.foldDiacritics, collapseWhitespace: true })
}

/** The terms as the matcher reads them: how many, and the one at an index. */
interface TermList {
  count: number
  at: (index: number) => MatchTerm
}

function termListOf(terms: readonly MatchTerm[]): TermList {
  return { count: terms.length, at: (index) => terms[index]! }
}

function matcherOver(terms: TermList, table: KeyTable, automaton: AhoCorasick, normalize: NormalizeOptions): TermMatcher {
  const { keyTermStarts, keyTerms, keyBoundaries } = table
  const keyCount = keyBoundaries.length
  const lengths = automaton.keyLengths
  const maxKeyLength = lengths.reduce((longest, length) => Math.max(longest, length), 0)
  const languageMasks = new Map<string, Uint8Array>()
  const maskFor = (lang: string): Uint8Array => {
    let mask = languageMasks.get(lang)
    if (!mask) {
      mask = new Uint8Array(keyCount)
      for (let key = 0; key < keyCount; key++) {
        for (let slot = keyTermStarts[key]!; slot < keyTermStarts[key + 1]!; slot++) {
          if (sameLanguage(terms.at(keyTerms[slot]!).lang, lang)) mask[key] = 1
        }
      }
      languageMasks.set(lang, mask)
    }
    return mask
  }

  return {
    size: { terms: terms.count, keys: keyCount },
    match: (text: string, matchOptions: MatchOptions = {}): TermMatch[] => run(text, matchOptions, false).outer,
    matchNested: (text: string, matchOptions: MatchOptions = {}) => run(text, matchOptions, true),
    snapshot: (): TermMatcherSnapshot => {
      const { columns, edgeCount } = automaton.columns()
      const list = Array.from({ length: terms.count }, (_, index) => terms.at(index))
      return { json: { terms: list, termCount: list.length, foldDiacritics: normalize.foldDiacritics === true, edgeCount }, arrays: { ...columns, keyTermStarts, keyTerms, keyBoundaries } }
    }
  }

  function run(text: string, matchOptions: MatchOptions, nested: boolean): { outer: TermMatch[]; inner: TermMatch[] } {
    const mask = matchOptions.lang === undefined ? undefined : maskFor(matchOptions.lang)
    // The view is streamed in batches, never built: a ring of the last units
    // (a batch plus more than the longest key) maps matches back to the
    // original text and answers the word-boundary tests.
    const ring = ringFor(matchingBatchSize + maxKeyLength)
    const ringMask = ring.units.length - 1
    const state = { node: 0, position: 0 }
    const pending: number[] = []
    const candidates: Candidate[] = []
    const accept = (key: number, viewEnd: number): void => {
      const viewStart = viewEnd - lengths[key]!
      candidates.push({ viewStart, viewEnd, key, start: ring.starts[viewStart & ringMask]!, end: ring.ends[(viewEnd - 1) & ringMask]! })
    }
    // The batch being fed and its offset in the view. The hit callback is
    // made once per run, not once per batch: the automaton's loop is then
    // always called with the same function, which the optimiser can inline
    // for good (a new closure per batch deoptimised it at every batch).
    let batchUnits: Uint16Array<ArrayBufferLike> = new Uint16Array(0)
    let batchCount = 0
    let base = 0
    const onHit = (hit: number, index: number): void => {
      const viewEnd = base + index + 1
      for (let found = hit; found > 0; found = automaton.nextHit(found)) {
        const key = automaton.keyAt(found)
        if (mask && mask[key] === 0) continue
        const boundaries = keyBoundaries[key]!
        const viewStart = viewEnd - lengths[key]!
        if ((boundaries & 1) !== 0 && viewStart > 0 && isWordUnit(ring.units[(viewStart - 1) & ringMask]!)) continue
        if (index + 1 === batchCount) pending.push(key)
        else if (!((boundaries & 2) !== 0 && isWordUnit(batchUnits[index + 1]!))) accept(key, viewEnd)
      }
    }
    visitMatchingViewInBatches(text, normalize, (units, starts, ends, count) => {
      base = state.position
      for (let index = 0; index < count; index++) {
        const slot = (base + index) & ringMask
        ring.units[slot] = units[index]!
        ring.starts[slot] = starts[index]!
        ring.ends[slot] = ends[index]!
      }
      // Keys that ended with the previous batch wait for this batch's first unit: it decides their end boundary.
      if (pending.length > 0) {
        const wordAfter = isWordUnit(units[0]!)
        for (const key of pending) if (!(wordAfter && (keyBoundaries[key]! & 2) !== 0)) accept(key, base)
        pending.length = 0
      }
      batchUnits = units
      batchCount = count
      state.node = automaton.feed(units, count, state.node, onHit)
      state.position += count
    })
    for (const key of pending) accept(key, state.position)
    candidates.sort((a, b) => a.viewStart - b.viewStart || b.viewEnd - a.viewEnd)
    const emit = (list: TermMatch[], candidate: Candidate): void => {
      for (let slot = keyTermStarts[candidate.key]!; slot < keyTermStarts[candidate.key + 1]!; slot++) {
        const index = keyTerms[slot]!
        const term = terms.at(index)
        if (matchOptions.lang !== undefined && !sameLanguage(term.lang, matchOptions.lang)) continue
        list.push({ id: term.id, start: candidate.start, end: candidate.end, text: text.slice(candidate.start, candidate.end), lang: term.lang, term: index })
      }
    }
    const outer: TermMatch[] = []
    const inner: TermMatch[] = []
    let outerStart = -1
    let outerEnd = 0
    let innerCovered = 0
    for (const candidate of candidates) {
      const { viewStart: start, viewEnd: end } = candidate
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

/** A key occurrence: view offsets (for choosing) and original offsets (for reporting). */
interface Candidate {
  viewStart: number
  viewEnd: number
  key: number
  start: number
  end: number
}

/** Ring buffers of the last units of the view, sized to a power of two above the longest key. */
function ringFor(maxKeyLength: number): { units: Uint16Array; starts: Int32Array; ends: Int32Array } {
  let size = 16
  while (size < maxKeyLength + 2) size *= 2
  return { units: new Uint16Array(size), starts: new Int32Array(size), ends: new Int32Array(size) }
}

function termKeys(term: MatchTerm, normalize: NormalizeOptions, inflect: boolean): string[] {
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
