import { mkdir } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { loadManifest, writeFileAtomic } from '@renderings/corpus'
import { buildGlossaryDatabase } from './glossary-build.js'
import { glossaryDatabasePath, repositoryPath } from './glossary-paths.js'
import { runAlign } from './align.js'
import { runMine } from './mine.js'
import { runReportRenderings } from './report-renderings.js'
import { runSegment } from './segment.js'
import type { StartOptions } from '../commands/start.js'

/**
 * The main job, on the seed corpus: every step is the same library call a
 * user can run alone (`glossary build`, `segment`, `align`, `mine`,
 * `report renderings`); this only chains them and says where the results are.
 */
export async function runStart(options: Partial<StartOptions>): Promise<void> {
  const seeds = repositoryPath('seeds')
  const out = resolve(options.out ?? repositoryPath('out'))
  const db = glossaryDatabasePath(options.db)
  await mkdir(out, { recursive: true })
  const written: Array<[string, string]> = []

  step('building the glossary from glossary/concepts.yaml and the attestations in seeds/')
  const built = await buildGlossaryDatabase({ db, seeds })
  written.push([built.database, `glossary database: ${built.concepts} concepts, ${built.renderings} renderings, ${built.attestations} attestations`])

  const documents = await loadManifest(seeds)
  step(`segmenting ${documents.length} documents`)
  const segmentsFile = join(out, 'segments.jsonl')
  const segments = await captureStdout(() => runSegment(documents.map((document) => join(seeds, document.file)), { format: 'jsonl' }))
  await writeFileAtomic(segmentsFile, segments)
  const segmentLines = segments.split('\n').filter(Boolean).map((line) => JSON.parse(line) as SegmentLine)
  written.push([segmentsFile, `${segmentLines.length} segments, one JSON object each`])
  const parallelDocuments = findParallelDocuments(segmentLines)

  for (const document of documents.filter((candidate) => parallelDocuments.has(candidate.id))) {
    step(`aligning the language blocks of ${document.id}`)
    const file = join(seeds, document.file)
    for (const format of ['html', 'tmx'] as const) {
      const target = join(out, `alignment-${document.id}.${format}`)
      await runAlign(file, undefined, { format, out: target, maxBead: '2' })
      written.push([target, format === 'html' ? 'side-by-side alignment report' : 'translation memory (TMX 1.4b)'])
    }
  }

  step('mining renderings (quoted originals, the same statement across outlets, parallel text)')
  const mined = await captureStdout(() => runMine([seeds], { minScore: '0.5', db, json: true }))
  const minedFile = join(out, 'candidates.json')
  await writeFileAtomic(minedFile, mined)
  const queued = (JSON.parse(mined) as { candidates: unknown[]; queued: number })
  written.push([minedFile, `${queued.candidates.length} mined candidates with evidence (${queued.queued} new in the review queue: renderings glossary review)`])

  for (const format of ['html', 'md', 'json'] as const) {
    const target = join(out, `renderings.${format}`)
    await runReportRenderings({ format, out: target, db, proposed: true })
    written.push([target, format === 'html' ? 'variation report: concept × outlet renderings' : `variation report (${format})`])
  }

  const cwd = process.cwd()
  process.stdout.write(`\nResults:\n${written.map(([path, what]) => `  ${relative(cwd, path) || path}  ${what}`).join('\n')}\n`)
  process.stdout.write(`\nNext: pnpm renderings glossary query 战后国际秩序\n`)
}

interface SegmentLine {
  doc: string
  lang: string
  text: string
}

/**
 * Documents that hold a text and its translation: at least two languages
 * each with a third or more of the largest language's characters. A quoted
 * Chinese passage or a publisher's header in another language is not a
 * translation, and aligning it would only produce noise.
 */
function findParallelDocuments(segments: readonly SegmentLine[]): Set<string> {
  const sizes = new Map<string, Map<string, number>>()
  for (const segment of segments) {
    const byLanguage = sizes.get(segment.doc) ?? new Map<string, number>()
    byLanguage.set(segment.lang, (byLanguage.get(segment.lang) ?? 0) + segment.text.length)
    sizes.set(segment.doc, byLanguage)
  }
  const parallel = new Set<string>()
  for (const [doc, byLanguage] of sizes) {
    const largest = Math.max(...byLanguage.values())
    if ([...byLanguage.values()].filter((size) => size >= largest / 3).length >= 2) parallel.add(doc)
  }
  return parallel
}

function step(message: string): void {
  process.stderr.write(`renderings: ${message}…\n`)
}

/** Run an action that prints to stdout and return what it printed instead. */
async function captureStdout(action: () => Promise<void>): Promise<string> {
  const chunks: string[] = []
  const write = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
    return true
  }) as typeof process.stdout.write
  try {
    await action()
  } finally {
    process.stdout.write = write
  }
  return chunks.join('')
}
