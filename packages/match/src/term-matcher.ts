import { MatchingFold, type NormalizeOptions } from '@renderings/normalize'
import { AhoCorasick, type AhoCorasickColumns } from './aho-corasick.js'
import { GrowableInt32 } from './growable.js'
import { isStemUnit, lastCut, mayCut, stemTail } from './inflection-stems.js'
import { KeyPool } from './key-pool.js'
import { TermKeyWriter } from './term-keys.js'
import { isWordUnit } from './word-characters.js'

/** A term to find: `id` is the caller's (a term or concept id), `lang` an ISO 639-1 code or BCP 47 tag. */
export interface MatchTerm {
  id: string
  text: string
  lang: string
}

/**
 * Terms given without an object each (a large glossary's): how many, the
 * text and language of each (all that compiling reads), and the term
 * itself, asked for only when a text matches it (or, once for all of them,
 * when a match is restricted to a language).
 */
export interface MatchTermSource {
  count: number
  text: (index: number) => string
  lang: (index: number) => string
  at: (index: number) => MatchTerm
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
  /** Number of terms and of automaton keys (with inflection, a term's stems, and those with its hyphens spaced). */
  readonly size: { terms: number; keys: number }
  /**
   * Everything needed to restore this matcher without compiling it again
   * (see {@link restoreTermMatcher}). `terms: false` leaves the main
   * automaton's terms out (a caller that supplies them on restore).
   */
  snapshot(options?: { terms?: boolean }): TermMatcherSnapshot
}

/**
 * A compiled matcher as data: JSON-able fields plus typed arrays (see
 * `packSnapshot`). The arrays are the main automaton's, over terms
 * `0 .. termCount`; `extraTerms` (numbered after them) are compiled again on
 * restore, into a second automaton: they are few (a project policy's).
 */
export interface TermMatcherSnapshot {
  json: { terms?: MatchTerm[]; termCount: number; extraTerms?: MatchTerm[]; foldDiacritics: boolean; inflect?: boolean; longestForm: number; edgeCount: number }
  arrays: AhoCorasickColumns & KeyTable
}

/** Options of {@link restoreTermMatcher}. */
export interface RestoreTermMatcherOptions {
  /**
   * The term at an index, instead of `snapshot.json.terms`: called only for
   * the terms a text matches (and, once, for all of them when a match is
   * restricted to a language), so a large glossary's term objects need not
   * all be made at start-up. It must answer for the extra terms too.
   */
  termAt?: (index: number) => MatchTerm
  /**
   * More terms to find, numbered after the snapshot's (and after its own
   * extra terms): compiled into a small second automaton that the scan
   * steps in the same pass, with exactly the matches one automaton over all
   * the terms would give.
   */
  extraTerms?: readonly MatchTerm[]
}

/**
 * Compile `terms` into one Aho–Corasick automaton over their matching keys
 * (see {@link normalizeForMatching}: NFC, case folded, one apostrophe, plain
 * spaces and hyphens, white space collapsed), French variants included:
 * with inflection, the keys are cut to their stems and a match is checked
 * against the term's forms (see `inflection-stems.ts`).
 */
export function createTermMatcher(terms: readonly MatchTerm[] | MatchTermSource, options: TermMatcherOptions = {}): TermMatcher {
  const settings = { foldDiacritics: options.foldDiacritics === true, inflect: options.inflect !== false }
  const source = isTermArray(terms) ? sourceOf(terms) : terms
  return matcherOver(source, [compilePart(source, 0, settings)], settings)
}

function isTermArray(terms: readonly MatchTerm[] | MatchTermSource): terms is readonly MatchTerm[] {
  return Array.isArray(terms)
}

function sourceOf(terms: readonly MatchTerm[]): MatchTermSource {
  return { count: terms.length, text: (index) => terms[index]!.text, lang: (index) => terms[index]!.lang, at: (index) => terms[index]! }
}

/** How keys are made: the matcher's options, decided. */
interface KeySettings {
  foldDiacritics: boolean
  inflect: boolean
}

/** One automaton over `terms`, numbered from `firstTerm` on. */
function compilePart(terms: MatchTermSource, firstTerm: number, settings: KeySettings): MatcherPart {
  const termCount = terms.count
  // Room for the keys: one per term, and another for a hyphenated one.
  let expectedUnits = 0
  for (let index = 0; index < termCount; index++) expectedUnits += terms.text(index).length + 2
  const expectedKeys = termCount + (termCount >> 2)
  const automaton = new AhoCorasick(expectedUnits, expectedKeys)
  const pool = automaton.keys
  // With inflection, one key per term: its stems (see `inflection-stems.ts`).
  const writer = new TermKeyWriter(normalizeOptions(settings.foldDiacritics), settings.inflect, settings.inflect)
  // (key, term) pairs, terms in increasing order: each key's terms come out sorted.
  const pairKeys = new GrowableInt32(termCount * 3)
  const pairTerms = new GrowableInt32(termCount * 3)
  let longestForm = 0
  for (let index = 0; index < termCount; index++) {
    writer.write(terms.text(index), terms.lang(index), pool)
    // Inflecting a word adds at most three units (-el → -elles), and words have two or more.
    const formBound = 3 * writer.foldedLength + 2
    if (formBound > longestForm) longestForm = formBound
    const { array: numbers, length: made } = writer.keyNumbers
    for (let key = 0; key < made; key++) {
      pairKeys.push(numbers[key]!)
      pairTerms.push(firstTerm + index)
    }
  }
  const keyCount = pool.size
  const keyTermStarts = new Int32Array(keyCount + 1)
  for (let pair = 0; pair < pairKeys.length; pair++) keyTermStarts[pairKeys.array[pair]! + 1]!++
  for (let key = 0; key < keyCount; key++) keyTermStarts[key + 1]! += keyTermStarts[key]!
  const keyTerms = new Int32Array(pairKeys.length)
  const filled = keyTermStarts.slice(0, keyCount)
  for (let pair = 0; pair < pairKeys.length; pair++) keyTerms[filled[pairKeys.array[pair]!]!++] = pairTerms.array[pair]!
  const keyBoundaries = new Uint8Array(keyCount)
  for (let key = 0; key < keyCount; key++) {
    const first = pool.units[pool.start(key)]!
    const last = pool.units[pool.end(key) - 1]!
    keyBoundaries[key] = (isWordUnit(first) ? 1 : 0) | (isWordUnit(last) ? 2 : 0)
  }
  automaton.build()
  return { automaton, table: { keyTermStarts, keyTerms, keyBoundaries }, termCount, longestForm }
}

function normalizeOptions(foldDiacritics: boolean): NormalizeOptions {
  return { foldCase: true, foldDiacritics, collapseWhitespace: true }
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

/** One automaton and its key table (`keyTerms` hold term numbers of the whole matcher). */
interface MatcherPart {
  automaton: AhoCorasick
  table: KeyTable
  termCount: number
  /** No form of a term is longer than this, in units of the matching view. */
  longestForm: number
}

/**
 * A matcher from a snapshot: no key folding, no trie building, only array
 * views (and the compilation of the few extra terms, if any).
 */
export function restoreTermMatcher(snapshot: TermMatcherSnapshot, options: RestoreTermMatcherOptions = {}): TermMatcher {
  const { json, arrays } = snapshot
  // Snapshots from before keys were cut to stems have no bound on forms (and keys of every form).
  if (typeof json.longestForm !== 'number') throw new TypeError('restoreTermMatcher: a snapshot of an earlier matcher; compile the terms again')
  const settings = { foldDiacritics: json.foldDiacritics, inflect: json.inflect !== false }
  const main: MatcherPart = {
    automaton: AhoCorasick.fromColumns(arrays, json.edgeCount),
    table: { keyTermStarts: arrays.keyTermStarts, keyTerms: arrays.keyTerms, keyBoundaries: arrays.keyBoundaries },
    termCount: json.termCount,
    longestForm: json.longestForm
  }
  const extraTerms = [...(json.extraTerms ?? []), ...(options.extraTerms ?? [])]
  const parts = extraTerms.length === 0 ? [main] : [main, compilePart(sourceOf(extraTerms), json.termCount, settings)]
  const count = json.termCount + extraTerms.length
  let terms: TermList
  if (options.termAt !== undefined) terms = { count, at: options.termAt }
  else if (json.terms !== undefined) terms = sourceOf([...json.terms, ...extraTerms])
  else throw new TypeError('restoreTermMatcher: this snapshot was taken without its terms; give termAt')
  return matcherOver(terms, parts, settings)
}

/** The terms as the matcher reads them: how many, and the one at an index. */
interface TermList {
  count: number
  at: (index: number) => MatchTerm
}

function matcherOver(terms: TermList, parts: readonly MatcherPart[], settings: KeySettings): TermMatcher {
  const normalize = normalizeOptions(settings.foldDiacritics)
  const [main, extra] = parts as [MatcherPart, MatcherPart?]
  // Keys are numbered across the parts (the extra automaton's after the
  // main one's), so candidates, masks and emission see one key table.
  const { lengths, keyTermStarts, keyTerms, keyBoundaries } = joinedKeyTables(parts)
  const keyCount = keyBoundaries.length
  const extraKeyOffset = main.automaton.keyLengths.length
  const maxKeyLength = lengths.reduce((longest, length) => Math.max(longest, length), 0)
  // With inflection the keys are stems, and a match is checked against the term's forms.
  const stems = settings.inflect
  const longestForm = stems ? parts.reduce((longest, part) => Math.max(longest, part.longestForm), 0) : maxKeyLength
  // The rings reach back over a run and a match, each at most the longest form, and the longest key.
  const ringLength = 2 * longestForm + maxKeyLength + 4
  const formWriter = stems ? new TermKeyWriter(normalize, true) : undefined
  const formPool = new KeyPool()
  const forms = new Map<number, string[]>()
  /** The forms of term `index` (its matching keys as `createTermMatcher` without stems would make them), made when first needed. */
  const formsOf = (index: number, term: MatchTerm): string[] => {
    let known = forms.get(index)
    if (known === undefined) {
      formWriter!.write(term.text, term.lang, formPool)
      known = formWriter!.numbers().map((number) => formPool.key(number))
      forms.set(index, known)
    }
    return known
  }
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
    snapshot: (options: { terms?: boolean } = {}): TermMatcherSnapshot => {
      const { columns, edgeCount } = main.automaton.columns()
      const termsOf = (from: number, to: number): MatchTerm[] => Array.from({ length: to - from }, (_, index) => terms.at(from + index))
      const json: TermMatcherSnapshot['json'] = { termCount: main.termCount, foldDiacritics: settings.foldDiacritics, inflect: settings.inflect, longestForm: main.longestForm, edgeCount }
      if (options.terms !== false) json.terms = termsOf(0, main.termCount)
      if (extra) json.extraTerms = termsOf(main.termCount, terms.count)
      return { json, arrays: { ...columns, ...main.table } }
    }
  }

  function run(text: string, matchOptions: MatchOptions, nested: boolean): { outer: TermMatch[]; inner: TermMatch[] } {
    const mask = matchOptions.lang === undefined ? undefined : maskFor(matchOptions.lang)
    // One pass: each step of the matching view is folded, remembered and
    // fed to the automaton as it is made; the view is never built. A ring
    // of the last units maps a match back to the original text and answers
    // the word-boundary test before it. With inflection, the automaton is
    // fed the view cut to its stems (see `inflection-stems.ts`). Only the
    // ends of runs lose units, so the fed unit `f` is the view's `f + cut`,
    // `cut` the units lost before it: a second ring keeps where that changed.
    const fold = new MatchingFold(normalize)
    const ring = ringFor(ringLength)
    const ringUnits = ring.units
    const ringStarts = ring.starts
    const ringEnds = ring.ends
    const ringMask = ringUnits.length - 1
    // From fed position `cutFrom[n & ringMask]` on, `cutSoFar[…]` view units were cut (`cuts` changes so far).
    const cutFrom = new Int32Array(ringUnits.length)
    const cutSoFar = new Int32Array(ringUnits.length)
    let cuts = 0
    /** The view position of fed position `fedPosition` (a unit's start; the one after a unit is its end). */
    const viewAt = (fedPosition: number): number => {
      const oldest = Math.max(0, cuts - cutFrom.length)
      for (let change = cuts - 1; change >= oldest; change--) {
        if (cutFrom[change & ringMask]! <= fedPosition) return fedPosition + cutSoFar[change & ringMask]!
      }
      return fedPosition
    }
    const candidates = new Candidates()
    // Keys that need a word boundary after them wait for the next fed unit (by fed end).
    const pendingKeys: number[] = []
    const pendingEnds: number[] = []
    const accept = (key: number, fedEnd: number): void => {
      const viewStart = viewAt(fedEnd - lengths[key]!)
      const viewEnd = viewAt(fedEnd)
      const first = candidates.termCount
      for (let slot = keyTermStarts[key]!; slot < keyTermStarts[key + 1]!; slot++) {
        const term = keyTerms[slot]!
        if (stems && !isFormOf(term, viewStart, viewEnd, matchOptions.lang)) continue
        candidates.pushTerm(term)
      }
      if (candidates.termCount === first) return
      // A unit of a one-unit step stands for `[start, start + 1)`; a unit of a longer step, kept as `~start`, for `[start, ringEnds)`.
      const start = ringStarts[viewStart & ringMask]!
      const lastStart = ringStarts[(viewEnd - 1) & ringMask]!
      candidates.push(viewStart, viewEnd, start >= 0 ? start : ~start, lastStart >= 0 ? lastStart + 1 : ringEnds[(viewEnd - 1) & ringMask]!, first)
    }
    // Whether the view's units `[viewStart, viewEnd)` are one of the forms of term `index` (in the language asked for).
    const isFormOf = (index: number, viewStart: number, viewEnd: number, lang: string | undefined): boolean => {
      const term = terms.at(index)
      if (lang !== undefined && !sameLanguage(term.lang, lang)) return false
      const length = viewEnd - viewStart
      for (const form of formsOf(index, term)) {
        if (form.length !== length) continue
        let offset = 0
        while (offset < length && form.charCodeAt(offset) === ringUnits[(viewStart + offset) & ringMask]) offset++
        if (offset === length) return true
      }
      return false
    }
    // Every key ending at fed position `fedEnd` (hits are rare: kept out of the loop).
    const collect = (automaton: AhoCorasick, keyOffset: number, hit: number, fedEnd: number): void => {
      for (let found = hit; found > 0; found = automaton.nextHit(found)) {
        const key = keyOffset + automaton.keyAt(found)
        if (mask && mask[key] === 0) continue
        const boundaries = keyBoundaries[key]!
        const viewStart = viewAt(fedEnd - lengths[key]!)
        // Longer than any form (and maybe no longer in the ring): no match.
        if (viewAt(fedEnd) - viewStart > longestForm) continue
        if ((boundaries & 1) !== 0 && viewStart > 0 && isWordUnit(ringUnits[(viewStart - 1) & ringMask]!)) continue
        if ((boundaries & 2) === 0) accept(key, fedEnd)
        else {
          pendingKeys.push(key)
          pendingEnds.push(fedEnd)
        }
      }
    }
    const settle = (wordAfter: boolean): void => {
      if (!wordAfter) for (let index = 0; index < pendingKeys.length; index++) accept(pendingKeys[index]!, pendingEnds[index]!)
      pendingKeys.length = 0
      pendingEnds.length = 0
    }
    const automaton = main.automaton
    const extraAutomaton = extra?.automaton
    let node = 0
    let extraNode = 0
    // Units fed to the automata so far.
    let fed = 0
    // A run of stem letters is fed as it comes, and no key is looked for
    // on its letters: a key ending on a letter needs a boundary after it,
    // and a letter follows. The automata's states before each of its units
    // are kept (up to the longest form: a longer run is in no match, and is
    // neither cut nor looked at); its units are in the ring. When it ends,
    // the automata go back to where the cut first changes it, are fed the
    // cut units, and the keys ending on its last one are looked for.
    let runLength = 0
    let runFed = 0
    let cut = 0
    const heldStates = new Int32Array(longestForm + 1)
    const heldExtraStates = new Int32Array(extraAutomaton === undefined ? 0 : longestForm + 1)
    let position = 0
    let index = 0
    const size = text.length
    // One step past the text (`done`: no unit) ends the last run.
    while (index <= size) {
      const done = index === size
      if (done && runLength === 0) break
      // The step at `index`: one unit (the common case) or the general fold's units, all from [index, end).
      let unit = done ? -1 : fold.quick(text.charCodeAt(index), index + 1 < size ? text.charCodeAt(index + 1) : 0)
      let end = index + 1
      let count = 1
      if (unit < 0 && !done) {
        end = fold.step(text, index)
        count = fold.count
        unit = count > 0 ? fold.units[0]! : 0
      }
      for (let produced = 0; produced < count; ) {
        if (!done) {
          const slot = position & ringMask
          ringUnits[slot] = unit
          if (end === index + 1) ringStarts[slot] = index
          else {
            ringStarts[slot] = ~index
            ringEnds[slot] = end
          }
        }
        if (stems && !done && isStemUnit(unit)) {
          // A letter of a run.
          if (runLength === 0) runFed = fed
          if (runLength < longestForm) {
            heldStates[runLength] = node
            if (extraAutomaton !== undefined) heldExtraStates[runLength] = extraNode
          }
          runLength++
          if (pendingKeys.length > 0) settle(true)
          node = automaton.step(node, unit)
          if (extraAutomaton !== undefined) extraNode = extraAutomaton.step(extraNode, unit)
          fed++
        } else {
          if (runLength > 0 && runLength <= longestForm) {
            // The run ends: cut it.
            const runStart = position - runLength
            if (mayCut(ringUnits[(position - 1) & ringMask]!)) {
              const kept = stemTail(ringUnits, runStart, runLength, runLength, ringMask)
              const from = lastCut.firstChange
              const rewritten = lastCut.rewritten
              if (from < runLength) {
                // The automata go back to the first change and are fed the cut units.
                node = heldStates[from]!
                if (extraAutomaton !== undefined) extraNode = heldExtraStates[from]!
                fed = runFed + from
                if (kept < runLength) {
                  // The fed units after the last one kept stand further on in the view.
                  cut += runLength - kept
                  cutFrom[cuts & ringMask] = runFed + kept
                  cutSoFar[cuts & ringMask] = cut
                  cuts++
                }
                for (let place = from; place < kept; place++) {
                  const cutUnit = place === from && rewritten >= 0 ? rewritten : ringUnits[(runStart + place) & ringMask]!
                  node = automaton.step(node, cutUnit)
                  if (extraAutomaton !== undefined) extraNode = extraAutomaton.step(extraNode, cutUnit)
                  fed++
                }
              }
            }
            // The keys ending on the run's last unit.
            const hit = automaton.firstHit(node)
            if (hit > 0) collect(automaton, 0, hit, fed)
            if (extraAutomaton !== undefined) {
              const extraHit = extraAutomaton.firstHit(extraNode)
              if (extraHit > 0) collect(extraAutomaton, extraKeyOffset, extraHit, fed)
            }
          }
          runLength = 0
          if (!done) {
            if (pendingKeys.length > 0) settle(isWordUnit(unit))
            node = automaton.step(node, unit)
            fed++
            const hit = automaton.firstHit(node)
            if (hit > 0) collect(automaton, 0, hit, fed)
            if (extraAutomaton !== undefined) {
              // The main automaton's keys first at one end, as one automaton numbering them first would give them.
              extraNode = extraAutomaton.step(extraNode, unit)
              const extraHit = extraAutomaton.firstHit(extraNode)
              if (extraHit > 0) collect(extraAutomaton, extraKeyOffset, extraHit, fed)
            }
          }
        }
        position++
        if (++produced < count) unit = fold.units[produced]!
      }
      index = end
    }
    settle(false)
    const order = candidates.byStart()
    const { viewStarts, viewEnds, starts, ends, firstTerms, termList } = candidates
    const emit = (list: TermMatch[], candidate: number): void => {
      const start = starts[candidate]!
      const end = ends[candidate]!
      const last = candidate + 1 < candidates.length ? firstTerms[candidate + 1]! : candidates.termCount
      for (let slot = firstTerms[candidate]!; slot < last; slot++) {
        const index = termList[slot]!
        const term = terms.at(index)
        if (matchOptions.lang !== undefined && !sameLanguage(term.lang, matchOptions.lang)) continue
        list.push({ id: term.id, start, end, text: text.slice(start, end), lang: term.lang, term: index })
      }
    }
    const outer: TermMatch[] = []
    const inner: TermMatch[] = []
    let outerStart = -1
    let outerEnd = 0
    let innerCovered = 0
    // What became of the candidate before: the list it went to, if any.
    let previousStart = -1
    let previousEnd = -1
    let previousList: TermMatch[] | undefined
    for (let rank = 0; rank < order.length; rank++) {
      const candidate = order[rank]!
      const start = viewStarts[candidate]!
      const end = viewEnds[candidate]!
      if (start === previousStart && end === previousEnd) {
        // The same text found by the other automaton: one key of a single
        // automaton, whose terms all go where the first went.
        if (previousList) emit(previousList, candidate)
        continue
      }
      previousStart = start
      previousEnd = end
      previousList = undefined
      if (start >= outerEnd) {
        // Leftmost-longest: the first candidate at or after the last match's end wins.
        outerStart = start
        outerEnd = end
        innerCovered = start
        emit(outer, candidate)
        previousList = outer
        continue
      }
      // Inside the current outer match: leftmost-longest among what it contains.
      if (!nested || end > outerEnd || (start === outerStart && end === outerEnd) || start < innerCovered) continue
      innerCovered = end
      emit(inner, candidate)
      previousList = inner
    }
    return { outer, inner }
  }
}

/** The key tables of the parts as one, the extra part's keys numbered after the main part's. */
function joinedKeyTables(parts: readonly MatcherPart[]): KeyTable & { lengths: Int32Array } {
  const [main] = parts as [MatcherPart]
  if (parts.length === 1) return { ...main.table, lengths: main.automaton.keyLengths }
  const keyCount = parts.reduce((sum, part) => sum + part.table.keyBoundaries.length, 0)
  const slotCount = parts.reduce((sum, part) => sum + part.table.keyTerms.length, 0)
  const joined = { lengths: new Int32Array(keyCount), keyTermStarts: new Int32Array(keyCount + 1), keyTerms: new Int32Array(slotCount), keyBoundaries: new Uint8Array(keyCount) }
  let keyOffset = 0
  let slotOffset = 0
  for (const { automaton, table } of parts) {
    const keys = table.keyBoundaries.length
    joined.lengths.set(automaton.keyLengths, keyOffset)
    joined.keyBoundaries.set(table.keyBoundaries, keyOffset)
    joined.keyTerms.set(table.keyTerms, slotOffset)
    for (let key = 1; key <= keys; key++) joined.keyTermStarts[keyOffset + key] = slotOffset + table.keyTermStarts[key]!
    keyOffset += keys
    slotOffset += table.keyTerms.length
  }
  return joined
}

/**
 * Key occurrences, as columns: view offsets (for choosing) and original
 * offsets (for reporting). A text may have hundreds of thousands; typed
 * columns keep them out of the garbage collector's way.
 */
class Candidates {
  viewStarts = new Int32Array(1024)
  viewEnds = new Int32Array(1024)
  starts = new Int32Array(1024)
  ends = new Int32Array(1024)
  /** Where each candidate's terms start in {@link termList} (they end where the next one's start). */
  firstTerms = new Int32Array(1024)
  /** The terms of the candidates, one after another, each candidate's in increasing order. */
  termList = new Int32Array(1024)
  termCount = 0
  length = 0

  /** Add a term of the next candidate (before {@link push}). */
  pushTerm(term: number): void {
    if (this.termCount === this.termList.length) {
      const more = new Int32Array(this.termList.length * 2)
      more.set(this.termList)
      this.termList = more
    }
    this.termList[this.termCount++] = term
  }

  /** Add a candidate, whose terms were pushed from `firstTerm` on. */
  push(viewStart: number, viewEnd: number, start: number, end: number, firstTerm: number): void {
    if (this.length === this.starts.length) this.grow()
    const at = this.length++
    this.viewStarts[at] = viewStart
    this.viewEnds[at] = viewEnd
    this.starts[at] = start
    this.ends[at] = end
    this.firstTerms[at] = firstTerm
  }

  /**
   * Candidate numbers by start, longest first at one start. They were found
   * in order of their end and no key is longer than the ring, so each is at
   * most a few places from its rank: an insertion sort is linear here.
   */
  byStart(): Int32Array {
    const { viewStarts, viewEnds } = this
    const order = new Int32Array(this.length)
    for (let at = 0; at < order.length; at++) {
      const start = viewStarts[at]!
      const end = viewEnds[at]!
      let place = at
      while (place > 0) {
        const before = order[place - 1]!
        const beforeStart = viewStarts[before]!
        if (beforeStart < start || (beforeStart === start && viewEnds[before]! >= end)) break
        order[place] = before
        place--
      }
      order[place] = at
    }
    return order
  }

  private grow(): void {
    const capacity = this.starts.length * 2
    const grown = (column: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(capacity)
      next.set(column)
      return next
    }
    this.viewStarts = grown(this.viewStarts)
    this.viewEnds = grown(this.viewEnds)
    this.starts = grown(this.starts)
    this.ends = grown(this.ends)
    this.firstTerms = grown(this.firstTerms)
  }
}

/** Ring buffers of the last units of the view, sized to a power of two above `length` (and a unit before it). */
function ringFor(length: number): { units: Uint16Array; starts: Int32Array; ends: Int32Array } {
  let size = 16
  while (size < length + 2) size *= 2
  return { units: new Uint16Array(size), starts: new Int32Array(size), ends: new Int32Array(size) }
}

function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0]!
}

function sameLanguage(termLang: string, wanted: string): boolean {
  return primaryLanguage(termLang) === primaryLanguage(wanted)
}
