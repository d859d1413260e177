import { KeyPool } from './key-pool.js'
import { letterA, letterE, letterEGrave, letterF, letterI, letterL, letterN, letterO, letterR, letterS, letterU, letterV, letterX, letterZ } from './letter-units.js'
import { isStemLetter } from './word-characters.js'

/**
 * Inflected variants of a French term: the forms a match of its stem (see
 * `inflection-stems.ts`) must be one of. A term matches exactly these, each
 * also with its hyphens between letters spaced; they are made for the terms
 * a text's stems hit, when first hit.
 *
 * The words of the term's head (before its first preposition or elided
 * article: `ordre international` in `ordre international d'après-guerre`)
 * agree together, so they are inflected together:
 * - plural: -al → -aux, -eau/-au/-eu → +x, words in -s/-x/-z unchanged, else +s;
 * - feminine (terms of two words or more only: `droit` → `droite` would be
 *   another word): -e unchanged, -er → -ère, -eux → -euse, -if → -ive,
 *   -el/-eil → +le, -en/-on → +ne, else +e; and the feminine plural;
 * - singular, when every head word ends in -s or -x (a glossary that lists
 *   `droits de douane` also finds `droit de douane`): -aux → -al, else drop
 *   the final -s/-x.
 * Hyphenated compounds (`cessez-le-feu`, `après-guerre`) and words with
 * digits are left as they are: their plurals are irregular.
 * Keys are in the matching form (lower case, one apostrophe `'`).
 */
export function frenchVariants(key: string): string[] {
  const source = new Uint16Array(key.length)
  for (let index = 0; index < key.length; index++) source[index] = key.charCodeAt(index)
  const pool = new KeyPool()
  const numbers: number[] = []
  writeFrenchVariants(source, key.length, pool, (number) => {
    if (!numbers.includes(number)) numbers.push(number)
  })
  return numbers.map((number) => pool.key(number))
}

// Per variant, how the head words change.
const asIs = 0
const plural = 1
const feminine = 2
const femininePlural = 3
const singular = 4

// Where each word of the key starts and ends (reused: one key at a time).
let wordStarts: Int32Array = new Int32Array(16)
let wordEnds: Int32Array = new Int32Array(16)
let inflects = new Uint8Array(16)
// A feminine form, before it is put in the plural.
let feminineForm = new Uint16Array(64)

/**
 * Write the variants of the French key `source[0, length)` into `pool`,
 * committing each and giving its number to `found` (the key itself first;
 * a variant may give a number already given).
 */
export function writeFrenchVariants(source: Uint16Array, length: number, pool: KeyPool, found: (number: number) => void): void {
  let words = 0
  for (let start = 0; start <= length; ) {
    let end = start
    while (end < length && source[end] !== space) end++
    if (words === wordStarts.length) {
      wordStarts = grownInt32(wordStarts)
      wordEnds = grownInt32(wordEnds)
      const more = new Uint8Array(inflects.length * 2)
      more.set(inflects)
      inflects = more
    }
    wordStarts[words] = start
    wordEnds[words] = end
    words++
    start = end + 1
  }
  let headLength = 0
  while (headLength < words && !isHeadBreak(source, wordStarts[headLength]!, wordEnds[headLength]!)) headLength++
  found(writeVariant(source, words, asIs, pool))
  if (headLength === 0) return
  // Which head words inflect, decided once (glossaries have tens of thousands of French terms).
  let allPlural = true
  for (let word = 0; word < words; word++) {
    const start = wordStarts[word]!
    const end = wordEnds[word]!
    inflects[word] = word < headLength && inflectable(source, start, end) ? 1 : 0
    if (word < headLength && !(end > start && (source[end - 1] === letterS || source[end - 1] === letterX))) allPlural = false
  }
  found(writeVariant(source, words, plural, pool))
  if (words >= 2) {
    found(writeVariant(source, words, feminine, pool))
    found(writeVariant(source, words, femininePlural, pool))
  }
  if (allPlural) found(writeVariant(source, words, singular, pool))
}

/** One variant: the words joined by spaces, the inflecting ones changed as `form` says. */
function writeVariant(source: Uint16Array, words: number, form: number, pool: KeyPool): number {
  pool.begin()
  for (let word = 0; word < words; word++) {
    if (word > 0) pool.push(space)
    const start = wordStarts[word]!
    const end = wordEnds[word]!
    if (form === asIs || inflects[word] === 0) copy(source, start, end, pool)
    else if (form === plural) writePlural(source, start, end, pool)
    else if (form === singular) writeSingular(source, start, end, pool)
    else {
      const size = writeFeminine(source, start, end)
      if (form === feminine) copy(feminineForm, 0, size, pool)
      else writePlural(feminineForm, 0, size, pool)
    }
  }
  return pool.commit()
}

const space = 0x20
const apostrophe = 0x27

function copy(source: Uint16Array, start: number, end: number, pool: KeyPool): void {
  pool.pushRange(source, start, end)
}

/** Whether `source[start, end)` ends with `a b` (or `a b c`). */
function endsWith(source: Uint16Array, start: number, end: number, a: number, b: number, c = -1): boolean {
  if (c < 0) return end - start >= 2 && source[end - 2] === a && source[end - 1] === b
  return end - start >= 3 && source[end - 3] === a && source[end - 2] === b && source[end - 1] === c
}

function writePlural(source: Uint16Array, start: number, end: number, pool: KeyPool): void {
  const last = end > start ? source[end - 1] : -1
  if (last === letterS || last === letterX || last === letterZ) return copy(source, start, end, pool)
  if (endsWith(source, start, end, letterA, letterL)) {
    copy(source, start, end - 2, pool)
    pool.push(letterA)
    pool.push(letterU)
    pool.push(letterX)
    return
  }
  copy(source, start, end, pool)
  pool.push(endsWith(source, start, end, letterA, letterU) || endsWith(source, start, end, letterE, letterU) ? letterX : letterS)
}

function writeSingular(source: Uint16Array, start: number, end: number, pool: KeyPool): void {
  if (endsWith(source, start, end, letterA, letterU, letterX)) {
    copy(source, start, end - 3, pool)
    pool.push(letterA)
    pool.push(letterL)
    return
  }
  const last = end > start ? source[end - 1] : -1
  if ((last === letterS || last === letterX) && !endsWith(source, start, end, letterS, letterS)) return copy(source, start, end - 1, pool)
  copy(source, start, end, pool)
}

/** The feminine of `source[start, end)` into {@link feminineForm}; its length. */
function writeFeminine(source: Uint16Array, start: number, end: number): number {
  if (feminineForm.length < end - start + 4) feminineForm = new Uint16Array((end - start + 4) * 2)
  const form = feminineForm
  const last = end > start ? source[end - 1]! : -1
  let keep = end
  let size = 0
  // Decided before copying: what of the word is kept, then what is added.
  let added = 0
  if (last === letterE) added = 0
  else if (endsWith(source, start, end, letterE, letterR)) (keep = end - 2), (added = 1)
  else if (endsWith(source, start, end, letterE, letterU, letterX)) (keep = end - 3), (added = 2)
  else if (endsWith(source, start, end, letterI, letterF)) (keep = end - 2), (added = 3)
  else if (endsWith(source, start, end, letterE, letterL) || endsWith(source, start, end, letterE, letterI, letterL) || endsWith(source, start, end, letterE, letterN) || endsWith(source, start, end, letterO, letterN)) added = 4
  else added = 5
  for (let index = start; index < keep; index++) form[size++] = source[index]!
  if (added === 1) {
    form[size++] = letterEGrave
    form[size++] = letterR
  } else if (added === 2) {
    form[size++] = letterE
    form[size++] = letterU
    form[size++] = letterS
  } else if (added === 3) {
    form[size++] = letterI
    form[size++] = letterV
  } else if (added === 4) {
    form[size++] = last
  }
  // Every change but "already feminine" ends in -e.
  if (added !== 0) form[size++] = letterE
  return size
}

const prepositions = new Set(['de', 'du', 'des', 'à', 'au', 'aux', 'en', 'pour', 'sur', 'sous', 'contre', 'entre', 'avec', 'sans', 'par', 'dans', 'vers', 'chez', 'selon', 'le', 'la', 'les', 'un', 'une'])
const elidedPrefixes = new Set(['d', 'l', 'qu', 'j', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu'])
// No word in either list is longer than this: a longer one is not built as a string.
const longestListed = 6

function isHeadBreak(source: Uint16Array, start: number, end: number): boolean {
  if (end - start <= longestListed && prepositions.has(text(source, start, end))) return true
  for (let index = start; index < end; index++) {
    if (source[index] !== apostrophe) continue
    return index > start && index - start <= longestListed && elidedPrefixes.has(text(source, start, index))
  }
  return false
}

function text(source: Uint16Array, start: number, end: number): string {
  let result = ''
  for (let index = start; index < end; index++) result += String.fromCharCode(source[index]!)
  return result
}

/**
 * Two letters or more, and nothing but letters of the scripts written with
 * spaces (no digit, hyphen, apostrophe, lone mark, Han character or letter
 * outside the Basic Multilingual Plane): the words whose ending the matcher
 * cuts to the same stem in every form (see `inflection-stems.ts`).
 */
function inflectable(source: Uint16Array, start: number, end: number): boolean {
  if (end - start < 2) return false
  for (let index = start; index < end; index++) if (!isStemLetter(source[index]!)) return false
  return true
}

function grownInt32(array: Int32Array): Int32Array {
  const next = new Int32Array(array.length * 2)
  next.set(array)
  return next
}
