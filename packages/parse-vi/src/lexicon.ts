import { commonWords } from './lexicon/common-words.js'
import { nameStarters } from './lexicon/name-starters.js'
import { properNames } from './lexicon/proper-names.js'
import { vietnameseMatchKey } from './vietnamese-key.js'

/** What the lexicon knows about one key (syllable keys joined by spaces). */
export interface LexiconEntry {
  /** Number of syllables. */
  length: number
  /** Written with a capital (a name): matches capitalised syllables too. */
  proper: boolean
}

export interface Lexicon {
  entries: Map<string, LexiconEntry>
  /** Keys of one-syllable words never grouped into a following name. */
  nameStarters: Set<string>
  /** Most syllables in one entry. */
  longest: number
}

let built: Lexicon | undefined

/** The built-in lexicon, built once on first use (about 2,000 entries). */
export function getLexicon(): Lexicon {
  built ??= buildLexicon()
  return built
}

function buildLexicon(): Lexicon {
  const entries = new Map<string, LexiconEntry>()
  let longest = 1
  const add = (word: string, proper: boolean): void => {
    const key = vietnameseMatchKey(word)
    const length = key.split(' ').length
    const known = entries.get(key)
    // A word listed both ways (`Quốc hội`, `quốc hội`) matches in any case.
    entries.set(key, { length, proper: proper || (known?.proper ?? false) })
    if (length > longest) longest = length
  }
  for (const word of listEntries(commonWords)) add(word, false)
  for (const word of listEntries(properNames)) add(word, /\p{Lu}/u.test(word))
  const starters = new Set(listEntries(nameStarters).map(vietnameseMatchKey))
  // Proper names of one syllable (Mỹ, Nga) never start a personal name either.
  for (const [key, entry] of entries) if (entry.length === 1 && entry.proper) starters.add(key)
  return { entries, nameStarters: starters, longest }
}

/** Entries of a word list: comma- or line-separated, `#` comments. */
function listEntries(list: string): string[] {
  return list
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .flatMap((line) => line.split(','))
    .map((word) => word.trim())
    .filter((word) => word.length > 0)
}
