// Alignment speed and memory. Input: the development documents concatenated
// (about 3,000 × 3,000 sentences) and the same doubled (about 6,000 × 6,100);
// the reference is the plain Gale & Church baseline timed in the same
// process on the same input. Time should double with the input (near-linear
// search), and 100,000 × 100,000 sentences should stay under 1 GB.
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { alignGaleChurch, alignSentences } from '@renderings/align'
import { readAlignDevSets } from '../support/align-dev-data.js'
import { hasDevData } from '../support/paths.js'
import { row, timeMedian } from './measure.js'

const here = dirname(fileURLToPath(import.meta.url))

export default async function (): Promise<void> {
  if (!hasDevData) {
    process.stdout.write('(no development data: alignment benchmark skipped)\n')
    return
  }
  const documents = readAlignDevSets().flatMap((set) => set.documents)
  const baseSource = documents.flatMap((document) => document.source)
  const baseTarget = documents.flatMap((document) => document.target)
  const inputs = [
    { name: 'dev documents', source: baseSource, target: baseTarget },
    { name: 'dev documents × 2', source: [...baseSource, ...baseSource], target: [...baseTarget, ...baseTarget] }
  ]
  process.stdout.write('| input | sentences (src × tgt) | aligner | median of 5 (ms) | sentence pairs / s | × Gale & Church |\n|---|---|---|---|---|---|\n')
  const ours: number[] = []
  for (const input of inputs) {
    const pairs = Math.min(input.source.length, input.target.length)
    const baseline = await timeMedian(() => alignGaleChurch(input.source, input.target), 5)
    const renderings = await timeMedian(() => alignSentences(input.source, input.target), 5)
    ours.push(renderings)
    const size = `${input.source.length} × ${input.target.length}`
    row(input.name, size, 'Gale & Church (baseline)', baseline, (pairs / baseline) * 1000, 1)
    row(input.name, size, 'renderings (default)', renderings, (pairs / renderings) * 1000, renderings / baseline)
  }
  process.stdout.write(`\nDoubling the input multiplied the time by ${(ours[1]! / ours[0]!).toFixed(2)} (target ≤ 2.2). Sentence pairs = the smaller side's sentence count.\n`)

  const size = Number(process.env['ALIGN_MEMORY_SIZE'] ?? 100_000)
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--conditions', 'renderings-source', join(here, 'align-memory-child.ts'), String(size)], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024
  })
  const measured = JSON.parse(output) as { size: number; beads: number; seconds: number; peakMegabytes: number }
  process.stdout.write(
    `\nPeak memory aligning ${measured.size} × ${measured.size} sentences in a child process: ${measured.peakMegabytes.toFixed(0)} MB (target < 1024 MB), ${measured.seconds.toFixed(1)} s, ${measured.beads} beads.\n`
  )
}
