import { isCombiningMark, isLineBreak, isSpaceSeparator } from './character-classes.js'
import { clusterEnd, foldCluster, foldClusterCached } from './fold-cluster.js'
import type { NormalizeOptions } from './normalize-for-matching.js'
import { collapsedRunEnd, collapsedRunUnit } from './white-space-run.js'

// What a code unit is to the unit BEFORE it (bits of `followerKinds`): it
// may join it (a combining mark, or a surrogate, which may be half of one),
// or it continues a white-space run. Unknown until first seen above U+02FF.
const joinsBefore = 1
const whiteSpace = 2
const unknownKind = 4

/** The tables of one option set: shared by every fold with those options, filled as characters are met. */
interface FoldTables {
  /** Per BMP unit: its one-unit fold + 1, -1 when it needs the general step, 0 when not known yet. */
  singles: Int32Array
  /** Per BMP unit: {@link joinsBefore} | {@link whiteSpace} bits, or {@link unknownKind}. */
  kinds: Uint8Array
  /** Folded clusters: the same few hundred make up almost all text, and glossary keys repeat them endlessly. */
  clusters: Map<string, string>
  /** One fold for callers that need no instance of their own (synchronous, not re-entrant). */
  shared?: MatchingFold
}

// Cleared when larger: Chinese has many distinct clusters.
const clusterCacheLimit = 50_000

// By option set: bit 1 folds case, bit 2 diacritics, bit 4 collapses white space.
const tablesByOptions: Array<FoldTables | undefined> = []

function tablesFor(options: NormalizeOptions): FoldTables {
  const key = (options.foldCase === true ? 1 : 0) | (options.foldDiacritics === true ? 2 : 0) | (options.collapseWhitespace === true ? 4 : 0)
  let tables = tablesByOptions[key]
  if (!tables) {
    const kinds = new Uint8Array(0x10000)
    // Below U+0300 nothing joins a base; white space is known. Above, learnt.
    kinds.fill(unknownKind, 0x300)
    if (options.collapseWhitespace === true) {
      for (const unit of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0]) kinds[unit] = whiteSpace
    }
    tables = { singles: new Int32Array(0x10000), kinds, clusters: new Map() }
    tablesByOptions[key] = tables
  }
  return tables
}

/**
 * The matching view's fold (see {@link normalizeForMatching}), one step at a
 * time, for the loops that consume the view as they make it (the view
 * builder, {@link foldText}, the streaming visitor, a matcher's scan): one
 * definition of the fold, and a hot path small enough to be inlined.
 *
 * Use: at each position, `quick(code, next)` gives the folded unit when the
 * code unit at the position folds alone into one unit (almost every unit of
 * a text); otherwise `step(text, index)` takes the general path (a white
 * space run, a cluster with combining marks, a fold that drops or lengthens
 * a character) and leaves its units in `units[0 .. count)`, all from the
 * original span `[index, end)`, returning `end`.
 */
export class MatchingFold {
  /** Units of the last {@link step} (valid until the next one). */
  units = new Uint16Array(16)
  /** How many units the last {@link step} produced (0 when it dropped the span). */
  count = 0
  private readonly singles: Int32Array
  private readonly kinds: Uint8Array
  private readonly tables: FoldTables
  private readonly collapse: boolean

  constructor(private readonly options: NormalizeOptions) {
    const tables = tablesFor(options)
    this.tables = tables
    this.singles = tables.singles
    this.kinds = tables.kinds
    this.collapse = options.collapseWhitespace === true
  }

  /**
   * The folded unit of `code` when it is a step of its own, given the unit
   * after it (`next`, 0 at the end of the text); -1 when the general
   * {@link step} must handle the position.
   */
  quick(code: number, next: number): number {
    let single = this.singles[code]!
    if (single <= 0) {
      if (single < 0) return -1
      single = this.learn(code)
      if (single < 0) return -1
    }
    let kind = this.kinds[next]!
    if (kind === unknownKind) kind = this.learnKind(next)
    // A combining mark joins any base; white space joins white space only.
    return (kind & (joinsBefore | this.kinds[code]!)) === 0 ? single - 1 : -1
  }

  /** The general step at `index`: fills `units`/`count`, returns the end of the original span it consumed. */
  step(text: string, index: number): number {
    const first = text.codePointAt(index)!
    if (this.collapse && (isSpaceSeparator(first) || isLineBreak(first) || first === 0x09 || first === 0x0b || first === 0x0c)) {
      const end = collapsedRunEnd(text, index)
      this.units[0] = collapsedRunUnit(text, index, end)
      this.count = 1
      return end
    }
    const end = clusterEnd(text, index, first)
    if (this.tables.clusters.size > clusterCacheLimit) this.tables.clusters = new Map()
    const folded = foldClusterCached(this.tables.clusters, text.slice(index, end), this.options)
    if (folded.length > this.units.length) this.units = new Uint16Array(folded.length * 2)
    for (let unit = 0; unit < folded.length; unit++) this.units[unit] = folded.charCodeAt(unit)
    this.count = folded.length
    return end
  }

  /** First sight of `code`: record (and return) its one-unit fold + 1, or -1 when it needs the general step. */
  private learn(code: number): number {
    let single = -1
    // Surrogates and marks belong to clusters; white space is collapsed in runs.
    if (!(code >= 0xd800 && code <= 0xdfff) && !isCombiningMark(code)) {
      if (this.collapse && (isSpaceSeparator(code) || isLineBreak(code) || code === 0x09 || code === 0x0b || code === 0x0c)) {
        // A run of one: one line break or one space is a space.
        single = 0x20 + 1
        this.kinds[code] = whiteSpace
      } else {
        const folded = foldCluster(String.fromCharCode(code), this.options)
        if (folded.length === 1) single = folded.charCodeAt(0) + 1
      }
    }
    if (this.kinds[code] === unknownKind) this.learnKind(code)
    this.singles[code] = single
    return single
  }

  private learnKind(unit: number): number {
    let kind = 0
    if ((unit >= 0xd800 && unit <= 0xdfff) || isCombiningMark(unit)) kind = joinsBefore
    else if (this.collapse && (isSpaceSeparator(unit) || isLineBreak(unit))) kind = whiteSpace
    this.kinds[unit] = kind
    return kind
  }
}

/** The one shared {@link MatchingFold} of an option set. */
export function sharedMatchingFold(options: NormalizeOptions): MatchingFold {
  const tables = tablesFor(options)
  tables.shared ??= new MatchingFold(options)
  return tables.shared
}
