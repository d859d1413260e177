import { MatchingFold, type NormalizeOptions } from '@renderings/normalize'
import { writeFrenchVariants } from './french-inflection.js'
import { stemRuns } from './inflection-stems.js'
import { GrowableInt32 } from './growable.js'
import type { KeyPool } from './key-pool.js'
import { isLetter } from './word-characters.js'

/**
 * Writes the keys of terms into a {@link KeyPool}: the term's text in the
 * matching form (folded, white space collapsed, trimmed), its French
 * variants, and each of those with the hyphens between two letters written
 * as spaces (`après guerre` for `après-guerre`): the forms a term matches.
 * Or, `stems` given, the automaton's keys: the term's text cut to its stems
 * (see `inflection-stems.ts`), which every one of those forms shares, and
 * that with its hyphens spaced. Unit by unit, from one reused buffer: no
 * string is made for a key.
 */
export class TermKeyWriter {
  private readonly fold: MatchingFold
  private folded = new Uint16Array(256)
  /** The length of the last term in the matching form, before any cut to stems. */
  foldedLength = 0
  /**
   * The distinct key numbers of the last term, in the order they were made:
   * `keyNumbers.array[0, keyNumbers.length)`. Kept from term to term: an
   * array emptied for each term gave up its room and took new room at its
   * first push, garbage for every term of a glossary.
   */
  readonly keyNumbers = new GrowableInt32(16)
  private readonly languages = new Map<string, boolean>()
  private readonly keep = (number: number): void => {
    if (!this.isKept(number, this.keyNumbers.length)) this.keyNumbers.push(number)
  }

  /** Whether the matching form has no diacritics: then the `è` of a feminine in -ère is folded too. */
  private readonly foldsDiacritics: boolean

  constructor(normalize: NormalizeOptions, private readonly inflect: boolean, private readonly stems = false) {
    this.fold = new MatchingFold(normalize)
    this.foldsDiacritics = normalize.foldDiacritics === true
  }

  /** Write the keys of one term; their numbers are then in {@link keyNumbers} (none for a blank text). */
  write(text: string, lang: string, pool: KeyPool): void {
    this.keyNumbers.length = 0
    let length = this.foldTrimmed(text)
    this.foldedLength = length
    if (length === 0) return
    if (this.stems) {
      length = stemRuns(this.folded, length)
      pool.begin()
      pool.pushRange(this.folded, 0, length)
      this.keep(pool.commit())
    } else if (this.inflect && this.isFrench(lang)) {
      writeFrenchVariants(this.folded, length, pool, this.keep)
      if (this.foldsDiacritics) this.foldVariants(pool)
    }
    else {
      pool.begin()
      pool.pushRange(this.folded, 0, length)
      this.keep(pool.commit())
    }
    // A hyphenated compound is also written with a space.
    const made = this.keyNumbers.length
    for (let variant = 0; variant < made; variant++) {
      const number = this.keyNumbers.array[variant]!
      if (joiningHyphens(pool, number) > 0) this.keep(withSpacedHyphens(pool, number))
    }
  }

  /**
   * Fold again the variants the inflection wrote with a diacritic (the `è`
   * of -er → -ère), in the matching form without diacritics, as a text
   * folded that way is: `premiere` for `première`.
   */
  private foldVariants(pool: KeyPool): void {
    const keys = this.keyNumbers
    for (let variant = 0; variant < keys.length; variant++) {
      const number = keys.array[variant]!
      let accented = false
      for (let index = pool.start(number); index < pool.end(number) && !accented; index++) accented = pool.units[index]! >= 0x80
      if (!accented) continue
      const length = this.foldTrimmed(pool.key(number))
      pool.begin()
      pool.pushRange(this.folded, 0, length)
      const folded = pool.commit()
      keys.array[variant] = folded
    }
    // Folding may make two variants one: the first of each is kept, in order.
    let kept = 0
    for (let variant = 0; variant < keys.length; variant++) {
      const number = keys.array[variant]!
      if (!this.isKept(number, kept)) keys.array[kept++] = number
    }
    keys.length = kept
  }

  /** Whether `number` is among the first `count` key numbers. */
  private isKept(number: number, count: number): boolean {
    const array = this.keyNumbers.array
    for (let index = 0; index < count; index++) if (array[index] === number) return true
    return false
  }

  /** The key numbers of the last term, as an array. */
  numbers(): number[] {
    return Array.from(this.keyNumbers.array.subarray(0, this.keyNumbers.length))
  }

  /** Fold `text` into {@link folded}, trimmed as `String.prototype.trim` would; its length. */
  private foldTrimmed(text: string): number {
    const fold = this.fold
    const size = text.length
    let length = 0
    let index = 0
    while (index < size) {
      // At most the fold's longest expansion per step.
      if (length + 16 > this.folded.length) {
        const more = new Uint16Array(this.folded.length * 2 + 16)
        more.set(this.folded)
        this.folded = more
      }
      const unit = fold.quick(text.charCodeAt(index), index + 1 < size ? text.charCodeAt(index + 1) : 0)
      if (unit >= 0) {
        this.folded[length++] = unit
        index++
        continue
      }
      const end = fold.step(text, index)
      if (length + fold.count > this.folded.length) {
        const more = new Uint16Array((length + fold.count) * 2)
        more.set(this.folded)
        this.folded = more
      }
      for (let position = 0; position < fold.count; position++) this.folded[length++] = fold.units[position]!
      index = end
    }
    let start = 0
    while (start < length && isTrimmed(this.folded[start]!)) start++
    while (length > start && isTrimmed(this.folded[length - 1]!)) length--
    if (start > 0) this.folded.copyWithin(0, start, length)
    return length - start
  }

  private isFrench(lang: string): boolean {
    let french = this.languages.get(lang)
    if (french === undefined) {
      french = lang.toLowerCase().split(/[-_]/)[0] === 'fr'
      this.languages.set(lang, french)
    }
    return french
  }
}

/** White space and line terminators as `String.prototype.trim` removes them. */
function isTrimmed(unit: number): boolean {
  if (unit > 0x20 && unit < 0xa0) return false
  return (
    (unit >= 0x09 && unit <= 0x0d) || unit === 0x20 || unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff
  )
}

const hyphen = 0x2d

/** How many hyphens of key `number` join two letters. */
function joiningHyphens(pool: KeyPool, number: number): number {
  const start = pool.start(number)
  const end = pool.end(number)
  let count = 0
  for (let index = start; index < end; index++) if (pool.units[index] === hyphen && joinsLetters(pool.units, start, end, index)) count++
  return count
}

/** Key `number` with its letter-joining hyphens as spaces, committed: its number. */
function withSpacedHyphens(pool: KeyPool, number: number): number {
  const start = pool.start(number)
  const end = pool.end(number)
  pool.begin()
  // `pool.units` is read again at every unit: writing may move it.
  for (let index = start; index < end; index++) {
    const unit = pool.units[index]!
    pool.push(unit === hyphen && joinsLetters(pool.units, start, end, index) ? 0x20 : unit)
  }
  return pool.commit()
}

/** Whether the hyphen at `index` has a letter (a code point, so a surrogate pair counts) on each side. */
function joinsLetters(units: Uint16Array, start: number, end: number, index: number): boolean {
  if (index === start || index + 1 === end) return false
  let before = units[index - 1]!
  if (before >= 0xdc00 && before <= 0xdfff && index - 2 >= start) {
    const high = units[index - 2]!
    if (high >= 0xd800 && high <= 0xdbff) before = 0x10000 + ((high - 0xd800) << 10) + (before - 0xdc00)
  }
  let after = units[index + 1]!
  if (after >= 0xd800 && after <= 0xdbff && index + 2 < end) {
    const low = units[index + 2]!
    if (low >= 0xdc00 && low <= 0xdfff) after = 0x10000 + ((after - 0xd800) << 10) + (low - 0xdc00)
  }
  return isLetter(before) && isLetter(after)
}
