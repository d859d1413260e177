// French sentence segmentation throughput: parse-fr (parse-latin with the
// French rules, as `renderings segment` runs it) against the ICU sentence
// breaker `Intl.Segmenter('fr', {granularity: 'sentence'})` on the same
// ~10 MB of seed text in the same process, paragraph by paragraph for both
// (ICU on one 10 MB string is quadratic: 400 KB already takes seconds).
// Then linearity: the time for 10 MB over the time for 1 MB.
// Then Vietnamese word segmentation (parse-vi's segmentVietnamese, the word
// list already loaded) on 1 MB of Vietnamese, beside ICU's word breaker
// `Intl.Segmenter('vi', {granularity: 'word'})` (which gives syllables) on
// the same paragraphs; and what loading the word list costs, in a fresh
// process.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseFrench } from '@renderings/parse-fr'
import { segmentVietnamese } from '@renderings/parse-vi'
import { seedsFolder } from '../support/paths.js'
import { hasSegDevData, readConllu } from '../support/seg-dev-data.js'
import { collectGarbage, median, row } from './measure.js'

const seedText = readdirSync(seedsFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(join(seedsFolder, name), 'utf8'))
  .join('\n\n')

/** The seeds repeated to `size` UTF-16 units, cut into their lines (the paragraphs both sides get). */
function paragraphsOf(size: number): string[] {
  const copies = Math.ceil(size / (seedText.length + 2))
  return Array.from({ length: copies }, () => seedText)
    .join('\n\n')
    .split('\n')
    .filter((line) => line.trim().length > 0)
}

function countSentences(tree: ReturnType<typeof parseFrench>): number {
  let count = 0
  for (const paragraph of tree.children) if (paragraph.type === 'ParagraphNode') for (const node of paragraph.children) if (node.type === 'SentenceNode') count++
  return count
}

function withParseFr(paragraphs: readonly string[]): number {
  let sentences = 0
  for (const paragraph of paragraphs) sentences += countSentences(parseFrench(paragraph))
  return sentences
}

const icu = new Intl.Segmenter('fr', { granularity: 'sentence' })
function withIntl(paragraphs: readonly string[]): number {
  let sentences = 0
  for (const paragraph of paragraphs) for (const _sentence of icu.segment(paragraph)) sentences++
  return sentences
}

/** Wall time of one call, in milliseconds, starting from a collected heap. */
function time(task: () => unknown): number {
  collectGarbage()
  const start = performance.now()
  task()
  return performance.now() - start
}

/**
 * About 1 MB of Vietnamese in paragraphs: the treebank sentences of the
 * development data where present (varied text), else seed 003's Vietnamese
 * body repeated.
 */
function vietnameseParagraphs(size: number): { paragraphs: string[]; source: string } {
  let sentences: string[]
  let source: string
  if (hasSegDevData) {
    sentences = [...readConllu('vi_vtb-ud-train.conllu'), ...readConllu('vi_vtb-ud-dev.conllu')].map((sentence) => sentence.text)
    source = 'VTB train and dev sentences'
  } else {
    const seed = readFileSync(join(seedsFolder, '003_b9c731b561ac0d7c.txt'), 'utf8')
    sentences = seed.slice(seed.indexOf('Cuộc điện đàm')).split('\n').filter((line) => line.trim().length > 0)
    source = 'seed 003, Vietnamese body'
  }
  const paragraphs: string[] = []
  let length = 0
  for (let index = 0; length < size; index += 10) {
    const paragraph = Array.from({ length: 10 }, (_, offset) => sentences[(index + offset) % sentences.length]).join(' ')
    paragraphs.push(paragraph)
    length += paragraph.length + 1
  }
  return { paragraphs, source }
}

const icuWords = new Intl.Segmenter('vi', { granularity: 'word' })
function withIntlWords(paragraphs: readonly string[]): number {
  let words = 0
  for (const paragraph of paragraphs) for (const segment of icuWords.segment(paragraph)) if (segment.isWordLike) words++
  return words
}

function withParseVi(paragraphs: readonly string[]): number {
  let words = 0
  for (const paragraph of paragraphs) words += segmentVietnamese(paragraph).length
  return words
}

/** Milliseconds and heap megabytes of the first Vietnamese segmentation in a fresh process (the word list loads). */
function lexiconLoad(): { milliseconds: number; megabytes: number } {
  const script = `const m = await import(${JSON.stringify(new URL('../../packages/parse-vi/dist/index.js', import.meta.url).href)}); const heap = process.memoryUsage().heapUsed; const start = performance.now(); m.segmentVietnamese('khởi động'); console.log(JSON.stringify({ milliseconds: performance.now() - start, megabytes: (process.memoryUsage().heapUsed - heap) / 1e6 }))`
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as { milliseconds: number; megabytes: number }
}

async function vietnameseBenchmark(): Promise<void> {
  const { paragraphs, source } = vietnameseParagraphs(1_000_000)
  const megabytes = (paragraphs.reduce((sum, paragraph) => sum + paragraph.length + 1, 0) / 1e6).toFixed(2)
  withParseVi(paragraphs)
  withIntlWords(paragraphs)
  const rounds = 7
  const intlTimes: number[] = []
  const viTimes: number[] = []
  const ratios: number[] = []
  for (let round = 0; round < rounds; round++) {
    const intlTime = time(() => withIntlWords(paragraphs))
    const viTime = time(() => withParseVi(paragraphs))
    intlTimes.push(intlTime)
    viTimes.push(viTime)
    ratios.push(viTime / intlTime)
  }
  const loads = Array.from({ length: 5 }, lexiconLoad)
  process.stdout.write(`\nVietnamese words, ${megabytes} M UTF-16 units of ${source}:\n\n`)
  row('run', 'words', 'median ms (target < 1000)', `median ratio of ${rounds} rounds`)
  row('---', '---', '---', '---')
  row('Intl.Segmenter vi, word (reference: syllables)', withIntlWords(paragraphs), median(intlTimes), 1)
  row('parse-vi segmentVietnamese', withParseVi(paragraphs), median(viTimes), median(ratios))
  process.stdout.write(
    `\nLoading the word list (first call in a fresh process, ${loads.length} runs): ${median(loads.map((load) => load.milliseconds)).toFixed(0)} ms median (${Math.min(...loads.map((load) => load.milliseconds)).toFixed(0)}–${Math.max(...loads.map((load) => load.milliseconds)).toFixed(0)}), about ${median(loads.map((load) => load.megabytes)).toFixed(0)} MB of heap.\n`
  )
}

export default async function segmentBenchmark(): Promise<void> {
  await frenchBenchmark()
  await vietnameseBenchmark()
}

async function frenchBenchmark(): Promise<void> {
  const small = paragraphsOf(1_000_000)
  const large = paragraphsOf(10_000_000)
  const megabytes = (paragraphs: readonly string[]): string => (paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0) / 1e6).toFixed(1)
  // Rounds interleave the runs, and each ratio is taken inside a round, so
  // load from other processes on a shared machine hits both sides alike.
  withIntl(small)
  withParseFr(small)
  const rounds = 7
  const intlTimes: number[] = []
  const frTimes: number[] = []
  const smallTimes: number[] = []
  const speedRatios: number[] = []
  const growthRatios: number[] = []
  for (let round = 0; round < rounds; round++) {
    const intlTime = time(() => withIntl(large))
    const frTime = time(() => withParseFr(large))
    // The short run is the noisier one: its median of three stands for the round.
    const smallTime = median([time(() => withParseFr(small)), time(() => withParseFr(small)), time(() => withParseFr(small))])
    intlTimes.push(intlTime)
    frTimes.push(frTime)
    smallTimes.push(smallTime)
    speedRatios.push(frTime / intlTime)
    growthRatios.push(frTime / smallTime)
  }
  row('run', 'text (M UTF-16 units)', 'sentences', 'median ms', `median ratio of ${rounds} rounds`)
  row('---', '---', '---', '---', '---')
  row('Intl.Segmenter fr (reference)', megabytes(large), withIntl(large), median(intlTimes), 1)
  row('parse-fr (target ≤ 3)', megabytes(large), withParseFr(large), median(frTimes), median(speedRatios))
  row('parse-fr, 1 MB (linearity reference)', megabytes(small), withParseFr(small), median(smallTimes), 1)
  row('parse-fr, 10 MB over 1 MB (target ≤ 11)', megabytes(large), '', median(frTimes), median(growthRatios))
}
