// Child process of the alignment benchmark: aligns SIZE × SIZE sentences
// (the development documents repeated) and prints its peak resident memory,
// so the parent measures one alignment and nothing else.
import { alignSentences } from '@renderings/align'
import { readAlignDevSets } from '../support/align-dev-data.js'

const size = Number(process.argv[2] ?? 100_000)
const documents = readAlignDevSets().flatMap((set) => set.documents)
const repeat = (pick: (document: (typeof documents)[number]) => string[]): string[] => {
  const all = documents.flatMap(pick)
  return Array.from({ length: size }, (_, index) => all[index % all.length]!)
}
const source = repeat((document) => document.source)
const target = repeat((document) => document.target)
const start = performance.now()
const beads = alignSentences(source, target)
const seconds = (performance.now() - start) / 1000
// maxRSS is in kilobytes: the high-water mark of the whole process.
process.stdout.write(JSON.stringify({ size, beads: beads.length, seconds, peakMegabytes: process.resourceUsage().maxRSS / 1024 }) + '\n')
