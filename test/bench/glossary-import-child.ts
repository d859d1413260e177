// One measured import in its own process, so its peak memory (maxRSS) is
// its own: `stream FILE DB` (what `renderings glossary import` does with a
// TBX file: read a megabyte at a time, one entry at a time, one batch at a
// time into one transaction), `whole FILE DB` (the whole file in a
// string, every concept in memory, then the import), `parse FILE` (the floor: saxes alone over the same stream,
// counting entries). Prints one JSON line.
import { readTextChunks, readTextFile } from '@renderings/corpus'
import { closeStore, importConcepts, importTermIndex, openStore } from '@renderings/glossary-store'
import { readTbx, readTbxStream } from '@renderings/tbx'
import type { ConceptEntry } from '@renderings/types'
import { SaxesParser } from 'saxes'

const [mode, file, database] = process.argv.slice(2) as [string, string, string]
const started = performance.now()
const cpu = process.cpuUsage()
let concepts = 0
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
    concepts = (await importConcepts(store, entries())).concepts
  }
  await closeStore(store)
}
const seconds = (performance.now() - started) / 1000
// CPU time counts this thread and SQLite's: on a shared machine it says what the wall time cannot.
const { user, system } = process.cpuUsage(cpu)
process.stdout.write(`${JSON.stringify({ mode, concepts, seconds, cpuSeconds: (user + system) / 1e6, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`)
