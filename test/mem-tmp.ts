import { readTextChunks } from '@renderings/corpus'
import { closeStore, importConcepts, openStore } from '@renderings/glossary-store'
import { readTbxStream } from '@renderings/tbx'
import type { ConceptEntry } from '@renderings/types'
import { rmSync } from 'node:fs'
const [file, db] = process.argv.slice(2) as [string, string]
for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true })
const store = await openStore(db)
let n = 0
const t = performance.now()
async function* entries(): AsyncGenerator<ConceptEntry> {
  for await (const item of readTbxStream(readTextChunks(file), file)) if (item.kind === 'concept') {
    if (++n % 10000 === 0) { const m = process.memoryUsage(); console.log(n, ((performance.now()-t)/1000).toFixed(1), 'rss', (m.rss/1048576).toFixed(0), 'heap', (m.heapUsed/1048576).toFixed(0), 'ext', (m.external/1048576).toFixed(0), 'ab', (m.arrayBuffers/1048576).toFixed(0)) }
    yield item.concept
  }
}
await importConcepts(store, entries())
await closeStore(store)
console.log('done', ((performance.now()-t)/1000).toFixed(1), (process.resourceUsage().maxRSS/1024).toFixed(0))
