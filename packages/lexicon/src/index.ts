import { CedictTable } from './cedict-table.js'
import { Lexicon } from './lexicon.js'

export { Lexicon, type Rendering, type RenderingLanguage } from './lexicon.js'
export type { ChineseWord } from './chinese-words.js'
export type { PreparedSegment, PreparedToken, TranslationLink } from './prepared.js'
export { latinWords, foldLatin, stemOf, type LatinWord } from './latin-words.js'

let loaded: Lexicon | undefined

/**
 * The lexicon, loaded on the first call (about 0.1 s) and shared after:
 * importing this package loads nothing.
 */
export function loadLexicon(): Lexicon {
  loaded ??= new Lexicon(new CedictTable(new URL('../data/', import.meta.url)), new URL('../data/en-fr.txt', import.meta.url))
  return loaded
}
