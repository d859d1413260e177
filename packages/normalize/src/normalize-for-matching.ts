import type { Span } from '@renderings/types'
import type { FoldOptions } from './fold-cluster.js'
import { MatchingFold } from './matching-fold.js'

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
  const fold = new MatchingFold(options)
  // Columns of the view: its code units and, for each, the original span of
  // the step it came from. Every step but a lengthening fold writes at most
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
    const unit = fold.quick(text.charCodeAt(index), index + 1 < size ? text.charCodeAt(index + 1) : 0)
    if (unit >= 0) {
      units[length] = unit
      starts[length] = index
      ends[length++] = index + 1
      index++
      continue
    }
    const end = fold.step(text, index)
    if (length + fold.count + 1 > capacity) {
      capacity = Math.max(capacity * 2, length + fold.count + 16)
      units = grow(units, new Uint16Array(capacity))
      starts = grow(starts, new Int32Array(capacity))
      ends = grow(ends, new Int32Array(capacity))
    }
    for (let unit = 0; unit < fold.count; unit++) {
      units[length] = fold.units[unit]!
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

// UTF-16LE decoding of the unit column is the fastest way to a string, but
// it replaces a lone surrogate by U+FFFD (and would drop a leading U+FEFF
// but for ignoreBOM): a view with U+FFFD where the units
// have none is decoded again unit by unit, so the view keeps what the text has.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true })
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

/** Turn UTF-16 units into a string. */
function decodeUnits(units: Uint16Array, length: number): string {
  const column = units.subarray(0, length)
  if (littleEndian) {
    const decoded = utf16.decode(column)
    if (!decoded.includes('\ufffd') || decoded.length === length && column.every((unit, index) => unit === decoded.charCodeAt(index))) return decoded
  }
  const parts: string[] = []
  for (let start = 0; start < length; start += 8192) {
    parts.push(String.fromCharCode(...column.subarray(start, Math.min(length, start + 8192))))
  }
  return parts.join('')
}
