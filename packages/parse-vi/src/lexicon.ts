import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { familyNames, nameStarters } from './name-starters.js'
import { type Spelling, keptSpellings, listEntries, listedWords, readCompiledWordList } from './word-list.js'
import { vietnameseMatchKey } from './vietnamese-key.js'

export interface Lexicon {
  /**
   * Words of several syllables by key (syllable keys joined by spaces), with
   * their spelling or spellings; `null` for the keys that only begin a word
   * (so matching stops where no word goes on).
   */
  entries: Map<string, Spelling | Spelling[] | null>
  /** Keys of one-syllable words never grouped into a following name. */
  nameStarters: Set<string>
  /** Keys of family names, after which capitalised words are the rest of a personal name. */
  familyNames: Set<string>
  /** Most syllables in one entry. */
  longest: number
}

/** The general word list, compiled from its npm package at install (scripts/build-lexicon.ts). */
export const compiledWordListFile = fileURLToPath(new URL('../data/lexicon.txt', import.meta.url))
/** The hand-made list of names in the news, read as it is. */
export const properNamesFile = fileURLToPath(new URL('../data/proper-names.txt', import.meta.url))

let built: Lexicon | undefined

/**
 * The lexicon, built once on first use: the general word list (about 64,000
 * words of several syllables) and the names in the news.
 */
export function getLexicon(): Lexicon {
  built ??= buildLexicon()
  return built
}

function buildLexicon(): Lexicon {
  if (!existsSync(compiledWordListFile)) {
    throw new Error(`parse-vi: the Vietnamese word list ${compiledWordListFile} is missing: it is compiled at install (pnpm install, or pnpm --filter @renderings/parse-vi run prepare)`)
  }
  const lexicon: Lexicon = {
    entries: new Map(),
    nameStarters: new Set(listEntries(nameStarters).map(vietnameseMatchKey)),
    familyNames: new Set(listEntries(familyNames).map(vietnameseMatchKey)),
    longest: 1
  }
  readCompiledWordList(readFileSync(compiledWordListFile, 'utf8'), (key, spellings) => add(lexicon, key, spellings))
  const names = listEntries(readFileSync(properNamesFile, 'utf8'))
  for (const word of listedWords(names)) add(lexicon, word.key, word.spelling)
  // Names of one syllable (Mỹ, Nga) never start a personal name either.
  for (const name of names) if (!name.includes(' ')) lexicon.nameStarters.add(vietnameseMatchKey(name))
  return lexicon
}

function add(lexicon: Lexicon, key: string, spellings: Spelling | Spelling[]): void {
  const known = lexicon.entries.get(key)
  if (known === undefined || known === null) lexicon.entries.set(key, spellings)
  else {
    const kept = keptSpellings([known, spellings].flat())
    lexicon.entries.set(key, kept.length === 1 ? kept[0]! : kept)
  }
  let syllables = 1
  for (let space = key.indexOf(' '); space !== -1; space = key.indexOf(' ', space + 1)) syllables++
  if (syllables > lexicon.longest) lexicon.longest = syllables
  // The keys that begin the word (two syllables or more), so that matching
  // stops where no word goes on.
  const firstSpace = key.indexOf(' ')
  for (let end = key.lastIndexOf(' '); end > firstSpace; end = key.lastIndexOf(' ', end - 1)) {
    const prefix = key.slice(0, end)
    if (lexicon.entries.has(prefix)) break
    lexicon.entries.set(prefix, null)
  }
}
