// French sentence segmentation throughput: parse-fr (parse-latin with the
// French rules, as `renderings segment` runs it) against the ICU sentence
// breaker `Intl.Segmenter('fr', {granularity: 'sentence'})` on the same
// ~10 MB of seed text in the same process, paragraph by paragraph for both
// (ICU on one 10 MB string is quadratic: 400 KB already takes seconds).
// Then linearity: the time for 10 MB over the time for 1 MB.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseFrench } from '@renderings/parse-fr'
import { seedsFolder } from '../support/paths.js'
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

export default async function segmentBenchmark(): Promise<void> {
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
