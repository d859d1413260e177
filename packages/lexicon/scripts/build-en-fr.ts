// Compiles the lexicon's English–French table, data/en-fr.txt (committed),
// from FreeDict dictionaries as Debian installs them (/usr/share/dictd):
//
// - direct: English–French and French–English (Ergane, small);
// - triangulated through twelve pivot languages: for each pivot X, the
//   English–X and X–English dictionaries give the English words of each X
//   word, the X–French and French–X ones its French words, and every
//   English and French word of the same X word are a candidate pair (en → X
//   → fr). A pair is kept when at least two sources agree (two pivot
//   languages, or one and the direct dictionary), and scored by how many do:
//   the standard way to get a bilingual lexicon out of pivot dictionaries
//   with little noise (one pivot word's senses rarely line up twice by
//   chance).
//
// The table is keyed on the lexicon's own Snowball stems, so loading it
// stems nothing: a section of French stems, each with the English stems it
// translates, and a section of English stem keys (a phrase's content stems),
// each with its French renderings as written.
//   pnpm --filter @renderings/lexicon build:en-fr [DICTD_FOLDER [OUTPUT]]
import { renameSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { contentStems } from '../src/french-bridge.js'
import { hasDictd, readDictd, type Dictd } from './dictd.js'

const packageFolder = join(dirname(fileURLToPath(import.meta.url)), '..')
const folder = process.argv[2] ?? '/usr/share/dictd'
const output = process.argv[3] ?? join(packageFolder, 'data', 'en-fr.txt')

/**
 * The pivot languages (FreeDict's ISO 639-3 codes) and the dictionaries of
 * each that Debian has: English–X and X–English, X–French and French–X
 * (at least one of each side).
 */
export const pivotDictionaries: Readonly<Record<string, readonly string[]>> = {
  deu: ['eng-deu', 'deu-eng', 'fra-deu', 'deu-fra'],
  spa: ['eng-spa', 'spa-eng', 'fra-spa'],
  ita: ['eng-ita', 'ita-eng', 'fra-ita'],
  por: ['eng-por', 'por-eng', 'fra-por', 'por-fra'],
  nld: ['eng-nld', 'nld-eng', 'fra-nld', 'nld-fra'],
  swe: ['eng-swe', 'swe-eng', 'fra-swe', 'swe-fra'],
  fin: ['eng-fin', 'fin-eng', 'fra-fin', 'fin-fra'],
  pol: ['eng-pol', 'pol-eng', 'fra-pol', 'pol-fra'],
  ell: ['eng-ell', 'ell-eng', 'fra-ell', 'ell-fra'],
  bul: ['eng-bul', 'fra-bul'],
  jpn: ['eng-jpn', 'jpn-eng', 'fra-jpn', 'jpn-fra'],
  tur: ['eng-tur', 'tur-eng', 'fra-tur']
}

/** Every dictionary the table is built from: the Debian package of NAME is `dict-freedict-NAME`. */
export const sourceDictionaries: readonly string[] = ['eng-fra', 'fra-eng', ...Object.values(pivotDictionaries).flat()]

/** Most renderings kept per English key, most English stems per French stem: the best scored. */
const maxRenderings = 8
const maxEnglishStems = 16

function normalise(text: string): string {
  return text.normalize('NFC').replace(/’/g, "'").replace(/\s+/g, ' ').trim()
}
/** A word or a phrase of up to three words, letters only: what a translation writes. */
const usable = (text: string): boolean => /^\p{L}[\p{L}' -]*$/u.test(text) && text.split(' ').length <= 3 && text.length <= 40
const englishKey = (text: string): string => normalise(text).toLowerCase().replace(/^to (?=\p{L})/u, '')

function main(): void {
  const dictionaries = new Map<string, Dictd>()
  const read = (name: string): Dictd | undefined => {
    const file = `freedict-${name}`
    if (!hasDictd(folder, file)) return undefined
    let dictionary = dictionaries.get(name)
    if (dictionary === undefined) dictionaries.set(name, (dictionary = readDictd(folder, file, { allLines: name === 'eng-fra' || name === 'fra-eng' })))
    return dictionary
  }
  const missing = sourceDictionaries.filter((name) => !hasDictd(folder, `freedict-${name}`))
  if (missing.length > 0) throw new Error(`${folder}: missing FreeDict dictionaries (install ${missing.map((name) => `dict-freedict-${name}`).join(' ')})`)

  // English key → French form (as written) → the sources that give the pair.
  const votes = new Map<string, Map<string, Set<string>>>()
  const frenchForms = new Map<string, string>()
  const vote = (english: string, french: string, source: string): void => {
    const key = englishKey(english)
    const written = normalise(french)
    if (!usable(key) || !usable(written)) return
    const frenchKey = written.toLowerCase()
    if (!frenchForms.has(frenchKey) || /^\p{Ll}/u.test(written)) frenchForms.set(frenchKey, written)
    let byFrench = votes.get(key)
    if (byFrench === undefined) votes.set(key, (byFrench = new Map()))
    let sources = byFrench.get(frenchKey)
    if (sources === undefined) byFrench.set(frenchKey, (sources = new Set()))
    sources.add(source)
  }

  for (const entry of read('eng-fra')!.entries) for (const french of entry.translations) vote(entry.headword, french, 'direct')
  for (const entry of read('fra-eng')!.entries) for (const english of entry.translations) vote(english, entry.headword, 'direct')

  for (const pivot of Object.keys(pivotDictionaries)) {
    const englishOf = pivotSide(read(`eng-${pivot}`), read(`${pivot}-eng`), englishKey)
    const frenchOf = pivotSide(read(`fra-${pivot}`), read(`${pivot}-fra`), normalise)
    for (const [word, englishWords] of englishOf) {
      const frenchWords = frenchOf.get(word)
      if (frenchWords === undefined) continue
      for (const english of englishWords) for (const french of frenchWords) vote(english, french, pivot)
    }
  }

  // French stem → English stem → best factor, and English key → French rendering → factor.
  const englishOfFrench = new Map<string, Map<string, Scored>>()
  const frenchOfEnglish = new Map<string, Map<string, Scored>>()
  let pairs = 0
  for (const [english, byFrench] of votes) {
    const englishStems = contentStems(english, 'en')
    if (englishStems.length === 0) continue
    for (const [frenchKey, sources] of byFrench) {
      const factor = pairFactor(sources)
      if (factor === 0) continue
      pairs++
      const pivotOnly = !sources.has('direct')
      const french = frenchForms.get(frenchKey)!
      keepBest(frenchOfEnglish, englishStems.join(' '), french, { factor, votes: sources.size, pivotOnly })
      const frenchStems = contentStems(french, 'fr')
      // A one-word pair is a translation; a word of a longer entry only takes part in one (learn by heart,
      // apprendre par cœur: cœur is not learn), so only the direct dictionary's phrases give word links, weighted lower.
      const oneWord = frenchStems.length === 1 && englishStems.length === 1
      if (!oneWord && pivotOnly) continue
      const wordFactor = oneWord ? factor : factor * 0.6
      for (const frenchStem of frenchStems) for (const englishStem of englishStems) keepBest(englishOfFrench, frenchStem, englishStem, { factor: wordFactor, votes: sources.size, pivotOnly })
    }
  }

  const editions = [...dictionaries.values()].map((dictionary) => `${dictionary.name.replace(/^freedict-/, '')} ${dictionary.edition}`).join(', ')
  const lines = [
    `# English-French table of @renderings/lexicon, generated by scripts/build-en-fr.ts from FreeDict (Debian dict-freedict-*): ${editions}.`,
    '# Licence: GPL-3.0-or-later (combining GPL-2.0-or-later, GPL-3.0-or-later and CC-BY-SA-3.0 sources; see data/SOURCES.md).',
    `# ${pairs} English-French pairs: direct, or agreed by at least two sources. Format: a section "= fr" of French stems and the English stems they translate, a section "= en" of English stem keys and their French renderings; each item "text factor" (factor in tenths), "p" after it when only pivots give the pair.`,
    '= fr',
    ...section(englishOfFrench, maxEnglishStems),
    '= en',
    ...section(frenchOfEnglish, maxRenderings)
  ]
  const temporary = `${output}.${process.pid}.tmp`
  writeFileSync(temporary, `${lines.join('\n')}\n`)
  renameSync(temporary, output)
}

/** Pivot word → the words of the other language, from a dictionary each way (either may be missing). */
function pivotSide(fromOther: Dictd | undefined, toOther: Dictd | undefined, key: (text: string) => string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>()
  const add = (pivotWord: string, other: string): void => {
    const word = normalise(pivotWord).toLowerCase()
    let set = map.get(word)
    if (set === undefined) map.set(word, (set = new Set()))
    set.add(key(other))
  }
  for (const entry of fromOther?.entries ?? []) for (const pivotWord of entry.translations) add(pivotWord, entry.headword)
  for (const entry of toOther?.entries ?? []) for (const other of entry.translations) add(entry.headword, other)
  return map
}

/**
 * How sure a pair is, from the sources that give it: the direct dictionary
 * alone 0.8, confirmed by a pivot 0.9 (below 1: Chinese reaches French
 * through English, one step more than English); pivots alone from 0.5
 * (two) to 0.8 (five or more); one pivot alone is not kept.
 */
function pairFactor(sources: ReadonlySet<string>): number {
  const pivots = sources.size - (sources.has('direct') ? 1 : 0)
  if (sources.has('direct')) return pivots > 0 ? 0.9 : 0.8
  if (pivots < 2) return 0
  return Math.min(0.8, 0.3 + 0.1 * pivots)
}

/** A pair's factor, how many sources give it (the order among equal factors), and whether only pivots do. */
interface Scored {
  factor: number
  votes: number
  pivotOnly: boolean
}

function keepBest(map: Map<string, Map<string, Scored>>, key: string, value: string, scored: Scored): void {
  let values = map.get(key)
  if (values === undefined) map.set(key, (values = new Map()))
  const known = values.get(value)
  if (known === undefined || known.factor < scored.factor || (known.factor === scored.factor && known.votes < scored.votes)) values.set(value, scored)
}

// JavaScript's string order (UTF-16 code units), so the file reads the same everywhere.
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function section(map: Map<string, Map<string, Scored>>, limit: number): string[] {
  return [...map.keys()].sort(byCodeUnit).map((key) => {
    const items = [...map.get(key)!.entries()]
      .sort((x, y) => y[1].factor - x[1].factor || y[1].votes - x[1].votes || byCodeUnit(x[0], y[0]))
      .slice(0, limit)
      .map(([text, { factor, pivotOnly }]) => `${text} ${Math.round(factor * 10)}${pivotOnly ? 'p' : ''}`)
    return `${key}\t${items.join('|')}`
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main()
