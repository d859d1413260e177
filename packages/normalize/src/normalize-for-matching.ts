import type { Span } from '@renderings/types'
import { isCombiningMark, isLineBreak, isSpaceSeparator } from './character-classes.js'
import { clusterEnd, foldClusterCached, type FoldOptions } from './fold-cluster.js'
import { collapsedRunEnd, collapsedRunUnit } from './white-space-run.js'

/** Options of {@link normalizeForMatching}. */
export interface NormalizeOptions extends FoldOptions {
  /**
   * Collapse every run of white space into one character: a single space, or
   * a single line feed when the run holds two or more line breaks (a paragraph
   * break, which a multi-word term must not cross). Off by default.
   */
  collapseWhitespace?: boolean
}

/** A matching view of a text that can point back at the original characters. */
export interface NormalizedText {
  /** The text as given. */
  readonly original: string
  /** The normalised view. */
  readonly text: string
  /**
   * Offset in `original` of the character that produced `text[index]`
   * (`original.length` for `index === text.length`).
   */
  toOriginal(index: number): number
  /** The original span `[start, end)` that produced `text.slice(start, end)`. */
  toOriginalSpan(start: number, end: number): Span
}

/**
 * Build the matching view of `text`: Unicode NFC (Vietnamese typed in NFD
 * comes out composed), ’ ' ʼ as one apostrophe, no-break, narrow no-break and
 * every other space separator as a plain space, U+2010/U+2011 and other
 * hyphens as `-`, soft hyphens and zero-width characters dropped, then case
 * and diacritic folding when asked.
 *
 * The view is built cluster by cluster (a base character and its combining
 * marks), so NFC, which may shorten a cluster, and folds, which may lengthen
 * one (œ→oe), never lose track of positions: every unit of the view records
 * the original span of the cluster it came from.
 */
export function normalizeForMatching(text: string, options: NormalizeOptions = {}): NormalizedText {
  // The loop lives in its own function so that its counters are plain locals
  // (variables captured by the closures below would live in a heap context).
  const { units, starts, ends, length } = buildView(text, options)
  const view = decodeUnits(units, length)
  const toOriginal = (position: number): number => {
    if (position >= length) return text.length
    return starts[position < 0 ? 0 : position]!
  }
  return {
    original: text,
    text: view,
    toOriginal,
    toOriginalSpan(start: number, end: number): Span {
      const from = toOriginal(start)
      if (end <= start) return { start: from, end: from }
      const last = Math.min(end, length) - 1
      return { start: from, end: last < 0 ? from : ends[last]! }
    }
  }
}

interface ViewColumns {
  units: Uint16Array
  starts: Int32Array
  ends: Int32Array
  length: number
}

function buildView(text: string, options: NormalizeOptions): ViewColumns {
  const foldCase = options.foldCase === true
  const collapse = options.collapseWhitespace === true
  const cache = new Map<string, string>()
  // Columns of the view: its code units and, for each, the original span of
  // the cluster it came from. Every path but a lengthening fold writes at most
  // one unit per input unit, so only that path checks the capacity (the
  // +1 slack keeps "one unit per unit" true after it).
  let capacity = text.length + 16
  let units = new Uint16Array(capacity)
  let starts = new Int32Array(capacity)
  let ends = new Int32Array(capacity)
  let length = 0

  let index = 0
  const size = text.length
  while (index < size) {
    const code = text.charCodeAt(index)
    // Fast path: ASCII not followed by a combining mark needs only the case fold.
    if (code < 0x80 && (index + 1 >= size || text.charCodeAt(index + 1) < 0x300 || !isCombiningMark(text.charCodeAt(index + 1)))) {
      if (code <= 0x20 && collapse && (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c)) {
        const end = collapsedRunEnd(text, index)
        units[length] = collapsedRunUnit(text, index, end)
        starts[length] = index
        ends[length++] = end
        index = end
        continue
      }
      // A tab is a space like any other; upper-case ASCII folds by arithmetic.
      units[length] = code === 0x09 ? 0x20 : foldCase && code >= 0x41 && code <= 0x5a ? code + 32 : code
      starts[length] = index
      ends[length++] = index + 1
      index++
      continue
    }
    const first = text.codePointAt(index)!
    if (collapse && (isSpaceSeparator(first) || isLineBreak(first))) {
      const end = collapsedRunEnd(text, index)
      units[length] = collapsedRunUnit(text, index, end)
      starts[length] = index
      ends[length++] = end
      index = end
      continue
    }
    const end = clusterEnd(text, index, first)
    const folded = foldClusterCached(cache, text.slice(index, end), options)
    // Only a fold that lengthens a cluster (œ → oe) can outgrow the input's length.
    if (length + folded.length + 1 > capacity) {
      capacity = Math.max(capacity * 2, length + folded.length + 16)
      units = grow(units, new Uint16Array(capacity))
      starts = grow(starts, new Int32Array(capacity))
      ends = grow(ends, new Int32Array(capacity))
    }
    for (let unit = 0; unit < folded.length; unit++) {
      units[length] = folded.charCodeAt(unit)
      starts[length] = index
      ends[length++] = end
    }
    index = end
  }

  return { units, starts, ends, length }
}

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from)
  return to
}

// UTF-16LE decoding of the unit column is the fastest way to a string; lone
// surrogates pass through unchanged (no replacement), as in the input.
const utf16 = new TextDecoder('utf-16le')
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** Turn UTF-16 units into a string. */
function decodeUnits(units: Uint16Array, length: number): string {
  if (littleEndian) return utf16.decode(units.subarray(0, length))
  const parts: string[] = []
  for (let start = 0; start < length; start += 8192) {
    parts.push(String.fromCharCode(...units.subarray(start, Math.min(length, start + 8192))))
  }
  return parts.join('')
}
