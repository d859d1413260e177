// Mining speed: the seeds repeated to 100 and 1,000 documents (each copy a
// document of its own), mined with the repository glossary. The reference is
// the 100-document run in the same process: time should grow linearly
// (ratio ≈ 10×) and 1,000 documents should take well under 30 s.
import type { MiningDocument } from '@renderings/mine'
import { mineCorpus } from '@renderings/mine'
import { mineReadings, repositoryGlossary, seedDocuments } from '../support/mine-pipeline.js'
import { median, row } from './measure.js'
import { performance } from 'node:perf_hooks'

function repeated(seeds: readonly MiningDocument[], count: number): MiningDocument[] {
  return Array.from({ length: count }, (_, index) => {
    const seed = seeds[index % seeds.length]!
    const doc = `${seed.segmented.doc}-${index}`
    const segments = seed.segmented.segments.map((segment) => ({ ...segment, doc }))
    const byOld = new Map(seed.segmented.segments.map((segment, position) => [segment, segments[position]!]))
    return {
      ...seed,
      segmented: { ...seed.segmented, doc, segments },
      parallel: seed.parallel?.map((unit) => ({ source: unit.source.map((segment) => byOld.get(segment)!), target: unit.target.map((segment) => byOld.get(segment)!) }))
    }
  })
}

export default async function (): Promise<void> {
  const glossary = repositoryGlossary()
  const seeds = await seedDocuments(glossary)
  // MINE_SIZES=100 for a quick look; the reference is always the 100-document run.
  const sizes = (process.env['MINE_SIZES'] ?? '100,1000').split(',').map(Number)
  const times = new Map<number, number>()
  const candidates = new Map<number, number>()
  for (const size of sizes) {
    const documents = repeated(seeds, size)
    const runs: number[] = []
    for (let run = 0; run < 3; run++) {
      const start = performance.now()
      const result = mineCorpus(documents, { glossary, readings: mineReadings })
      runs.push(performance.now() - start)
      candidates.set(size, result.candidates.length)
    }
    times.set(size, median(runs))
  }
  row('documents', 'median ms (3 runs)', 'candidates', 'ratio to 100 docs')
  row('---', '---', '---', '---')
  for (const size of sizes) row(size, times.get(size)!, candidates.get(size)!, times.has(100) ? times.get(size)! / times.get(100)! : 'n/a')
  if (!times.has(100) || !times.has(1000)) return
  process.stdout.write(`\n1,000 documents in ${(times.get(1000)! / 1000).toFixed(2)} s (limit 30 s); ratio 1,000/100 = ${(times.get(1000)! / times.get(100)!).toFixed(1)} (linear: 10)\n`)
}
