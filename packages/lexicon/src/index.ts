import { CedictTable } from './cedict-table.js'
import { useKnownStems } from './latin-words.js'
import { Lexicon } from './lexicon.js'
import type { LexiconEntry } from './term-base.js'

export { Lexicon, type PrepareOptions, type Rendering, type RenderingLanguage } from './lexicon.js'
export type { LexiconEntry } from './term-base.js'
export type { ChineseWord } from './chinese-words.js'
export type { PreparedSegment, PreparedToken, TokenId, TranslationLink } from './prepared.js'
export { latinWords, foldLatin, stemOf, type LatinWord } from './latin-words.js'
export { numberAndDateAnchors, type Anchor } from './numbers-dates.js'

/** What `loadLexicon` can add to the dictionaries. */
export interface LexiconOptions {
  /** Pairs of a term base (a glossary's Chinese terms and their renderings), linked like dictionary entries. */
  entries?: readonly LexiconEntry[]
  /** What links through `entries` are named (default `glossary`). */
  source?: string
}

let loaded: Lexicon | undefined

/**
 * The lexicon, loaded on the first call (about 0.1 s) and shared after:
 * importing this package loads nothing. With `entries`, a lexicon that also
 * knows a term base's pairs (see `Lexicon.withEntries`), sharing the tables.
 */
export function loadLexicon(options: LexiconOptions = {}): Lexicon {
  if (loaded === undefined) {
    const table = new CedictTable(new URL('../data/', import.meta.url))
    useKnownStems('en', (word) => table.englishStemOf(word))
    loaded = new Lexicon(table, new URL('../data/en-fr.txt', import.meta.url))
  }
  return options.entries === undefined ? loaded : loaded.withEntries(options.entries, options.source)
}
