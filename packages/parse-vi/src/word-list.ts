import { vietnameseSyllableKey } from './vietnamese-key.js'

// The lexicon's word lists: how a list of words is compiled into matching
// keys, and how the compiled form is read back. The general word list is
// compiled at install from its npm package (scripts/build-lexicon.ts), so
// that loading it is one pass and a map fill, not 70,000 key computations.

/**
 * How a word may be written in the text: `anySpelling` (a name in capitals
 * throughout), or a mask of its capitalised syllables (bit i for syllable i).
 */
export type Spelling = number

/** The spelling of a name written with every syllable capitalised: it matches in any case. */
export const anySpelling = -1

/** One word of a list: its matching key (syllable keys joined by spaces) and its spelling. */
export interface ListedWord {
  key: string
  spelling: Spelling
}

/**
 * The words of a list that can join syllables: two syllables or more, made
 * of letters only (loanwords written with hyphens, abbreviations with full
 * stops and entries with digits are left out: the text never joins those
 * by spaces). The spelling records the capitals: a word written with every
 * syllable capitalised is a name and matches in any case (`Hà Nội`, `hà nội`);
 * otherwise the capitals it has must be in the text (see `spellingMatches`).
 */
export function listedWords(words: Iterable<string>): ListedWord[] {
  const keys = new SyllableKeys()
  const listed: ListedWord[] = []
  for (const word of words) {
    const syllables = word.normalize('NFC').split(' ')
    if (syllables.length < 2 || !syllables.every((syllable) => /^[\p{L}\p{M}]+$/u.test(syllable))) continue
    const capitals = syllables.reduce((mask, syllable, index) => (/^\p{Lu}/u.test(syllable) ? mask | (1 << index) : mask), 0)
    const all = (1 << syllables.length) - 1
    listed.push({ key: syllables.map((syllable) => keys.of(syllable)).join(' '), spelling: capitals === all ? anySpelling : capitals })
  }
  return listed
}

/**
 * Whether a span of text whose capitalised syllables are `textCapitals` (bit
 * i for syllable i) is written as `spelling` allows: the same capitals after
 * the first syllable, and a capital on the first where the word has one (the
 * text may capitalise the first syllable of any word: a sentence starts).
 * `thành công` does not match `Thành Công` in a name; `Anh ngữ` does not match
 * `anh ngữ`.
 */
export function spellingMatches(spelling: Spelling, textCapitals: number): boolean {
  if (spelling === anySpelling) return true
  return (spelling & ~1) === (textCapitals & ~1) && ((spelling & 1) === 0 || (textCapitals & 1) === 1)
}

/**
 * The spellings of one key that matter: a name in capitals throughout
 * allows every other spelling, and a spelling with a capital first syllable
 * adds nothing to the same one without (`An ninh` beside `an ninh`).
 */
export function keptSpellings(spellings: Iterable<Spelling>): Spelling[] {
  const all = new Set(spellings)
  if (all.has(anySpelling)) return [anySpelling]
  return [...all].filter((spelling) => (spelling & 1) === 0 || !all.has(spelling & ~1)).sort((a, b) => a - b)
}

/**
 * The compiled form of a word list: a header line, then one line per key,
 * in key order: its spellings (`any`, or capital masks separated by commas), a tab,
 * the key.
 */
export function compileWordList(words: Iterable<string>, header: string): string {
  const spellings = new Map<string, Spelling[]>()
  for (const word of listedWords(words)) {
    const known = spellings.get(word.key)
    if (known) known.push(word.spelling)
    else spellings.set(word.key, [word.spelling])
  }
  const keys = [...spellings.keys()].sort()
  const lines = keys.map((key) => `${keptSpellings(spellings.get(key)!).map((spelling) => (spelling === anySpelling ? 'any' : spelling)).join(',')}\t${key}`)
  return `# ${header}\n${lines.join('\n')}\n`
}

/** Calls `add` with each key of a compiled word list and its spellings. */
export function readCompiledWordList(text: string, add: (key: string, spellings: Spelling | Spelling[]) => void): void {
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    if (text.charCodeAt(start) !== 35 /* # */ && end > start) {
      const tab = text.indexOf('\t', start)
      const field = text.slice(start, tab)
      const spellings = field === 'any' ? anySpelling : field.includes(',') ? field.split(',').map(Number) : Number(field)
      add(text.slice(tab + 1, end), spellings)
    }
    start = end + 1
  }
}

/** Entries of a hand-written list: separated by commas or lines, `#` starts a comment line. */
export function listEntries(list: string): string[] {
  return list
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((word) => word.trim())
    .filter((word) => word.length > 0)
}

/**
 * Syllable keys, remembered: a text or a word list holds a few thousand
 * distinct syllables, each met many times, and the key takes two Unicode
 * normalisations. The memory is emptied when it grows past a bound, so text
 * made of ever new "syllables" cannot make it grow without end.
 */
export class SyllableKeys {
  private readonly known = new Map<string, string>()

  of(syllable: string): string {
    let key = this.known.get(syllable)
    if (key === undefined) {
      if (this.known.size >= 200_000) this.known.clear()
      key = vietnameseSyllableKey(syllable)
      this.known.set(syllable, key)
    }
    return key
  }
}
