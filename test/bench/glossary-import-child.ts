// One measured import in its own process, so its peak memory (maxRSS) is
// its own: `stream FILE DB` (what `renderings glossary import` does with a
// TBX file: read a megabyte at a time, one entry at a time, one batch at a
// time into one transaction), `whole FILE DB` (the whole file in a
// string, every concept in memory, then the import), `parse FILE` (the floor: saxes alone over the same stream,
// counting entries). Prints one JSON line.
import { readFileSync } from 'node:fs'
import { readTextChunks, readTextFile } from '@renderings/corpus'
import { closeStore, importConcepts, importTermIndex, openStore } from '@renderings/glossary-store'
import { readTbx, readTbxStream } from '@renderings/tbx'
import type { ConceptEntry } from '@renderings/types'
import { SaxesParser } from 'saxes'

const [mode, file, database] = process.argv.slice(2) as [string, string, string]
const started = performance.now()
const cpu = process.cpuUsage()
const mainCpu = mainThreadCpuSeconds()
let concepts = 0
let closeSeconds = 0
if (mode === 'parse') {
  const parser = new SaxesParser({ xmlns: true })
  parser.on('opentag', (tag) => {
    if (tag.local === 'conceptEntry') concepts++
  })
  for await (const chunk of readTextChunks(file)) parser.write(chunk)
  parser.close()
} else {
  const store = await openStore(database)
  if (mode === 'whole') {
    concepts = (await importTermIndex(store, readTbx(await readTextFile(file, { maxBytes: 2 ** 31 }), file))).concepts
  } else {
    async function* entries(): AsyncGenerator<ConceptEntry> {
      for await (const item of readTbxStream(readTextChunks(file), file)) {
        if (item.kind === 'concept') yield item.concept
        else if (item.kind === 'invalid') throw item.error
      }
    }
    // As the CLI does: a repeated concept id is looked up in the database.
    const onRepeated = (concept: ConceptEntry): never => {
      throw new Error(`${file}: repeated concept id ${concept.id}`)
    }
    concepts = (await importConcepts(store, entries(), { onRepeated })).concepts
  }
  // Closing a written store compiles the glossary for the check when it has
  // at most 250,000 renderings (the 30 MB file, not the 200 MB one): part of
  // what `glossary import` costs, timed apart.
  const closing = performance.now()
  await closeStore(store)
  closeSeconds = (performance.now() - closing) / 1000
}
const seconds = (performance.now() - started) / 1000
// CPU time counts this thread and SQLite's: on a shared machine it says what the wall time cannot.
const { user, system } = process.cpuUsage(cpu)
process.stdout.write(`${JSON.stringify({ mode, concepts, seconds, cpuSeconds: (user + system) / 1e6, mainCpuSeconds: mainCpu === undefined ? undefined : mainThreadCpuSeconds()! - mainCpu, closeSeconds, maxRssMB: peakResidentMB() })}\n`)

/**
 * This process's peak resident memory: Linux's VmHWM, which starts afresh
 * with the program; `maxRSS` (getrusage) also counts what the benchmark's
 * own process held when it forked this one (1.3 GB once it has compiled the
 * synthetic glossary). Elsewhere, `maxRSS`.
 */
function peakResidentMB(): number {
  try {
    const peak = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))
    if (peak !== null) return Number(peak[1]) / 1024
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024
}

/**
 * CPU time of the main thread alone (reading the file, building rows), from
 * Linux's per-thread counters; the rest of the process's CPU time is
 * SQLite's (on libuv's threads) and V8's collector. Undefined elsewhere.
 */
function mainThreadCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return undefined
  }
}
