import { mkdir } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { readTextFile, writeFileAtomic } from '@renderings/corpus'
import { parseGlossarySource } from '@renderings/glossary'
import { compiledGlossaryPath } from '@renderings/glossary-store'
import type { SegmentedDocument } from '@renderings/types'
import { buildGlossaryDatabase } from './glossary-build.js'
import { glossaryDatabasePath, repositoryPath } from './glossary-paths.js'
import { runAlign } from './align.js'
import { mineAndQueue } from './mine.js'
import { runReportRenderings } from './report-renderings.js'
import { segmentCorpus } from './segment-corpus.js'
import { formatSegmentsJsonl } from './segment-output.js'
import type { StartOptions } from '../commands/start.js'

/**
 * The main job, on the seed corpus: every step is the same library call a
 * user can run alone (`glossary build`, `segment`, `align`, `mine`,
 * `report renderings`); this only chains them and says where the results are.
 */
export async function runStart(options: Partial<StartOptions>): Promise<void> {
  const seeds = repositoryPath('seeds')
  const glossarySource = repositoryPath('glossary', 'concepts.yaml')
  const out = resolve(options.out ?? repositoryPath('out'))
  const db = glossaryDatabasePath(options.db)
  await mkdir(out, { recursive: true })
  const written: Array<[string, string]> = []

  // Segmented once; the glossary build and the miner reuse these segments.
  step('segmenting the seeds')
  const glossary = parseGlossarySource(await readTextFile(glossarySource), glossarySource)
  const corpus = await segmentCorpus([seeds], glossary)
  const documents = corpus.map(({ info }) => info)
  const segmented = corpus.map((document) => document.segmented)

  step('building the glossary from glossary/concepts.yaml and the attestations in seeds/')
  const built = await buildGlossaryDatabase({ db, seeds, source: glossarySource }, corpus)
  written.push([built.database, `glossary database: ${built.concepts} concepts, ${built.renderings} renderings, ${built.attestations} attestations`])
  written.push([compiledGlossaryPath(built.database), 'the glossary compiled for `renderings check` (kept with the database, valid while it is unchanged)'])

  const segmentsFile = join(out, 'segments.jsonl')
  await writeFileAtomic(segmentsFile, segmented.map(formatSegmentsJsonl).join(''))
  written.push([segmentsFile, `${segmented.reduce((sum, document) => sum + document.segments.length, 0)} segments, one JSON object each`])
  const parallelDocuments = new Set(segmented.filter(isParallelDocument).map((document) => document.doc))

  for (const document of documents.filter((candidate) => parallelDocuments.has(candidate.id))) {
    step(`aligning the language blocks of ${document.id}`)
    const file = join(seeds, document.file)
    for (const format of ['html', 'tmx'] as const) {
      const target = join(out, `alignment-${document.id}.${format}`)
      await runAlign(relative(process.cwd(), file), undefined, { format, out: target, maxBead: '3' })
      written.push([target, format === 'html' ? 'side-by-side alignment report' : 'translation memory (TMX 1.4b)'])
    }
  }

  step('mining renderings (quoted originals, the same statement across outlets, parallel text)')
  const mined = await mineAndQueue([seeds], { minScore: '0.5', db }, new Map(segmented.map((document) => [document.doc, document])))
  const minedFile = join(out, 'candidates.json')
  await writeFileAtomic(minedFile, `${JSON.stringify({ ...mined.result, queued: mined.queued, database: mined.database }, null, 2)}\n`)
  written.push([minedFile, `${mined.result.candidates.length} mined candidates with evidence (${mined.queued} new in the review queue: renderings glossary review)`])

  for (const format of ['html', 'md', 'json'] as const) {
    const target = join(out, `renderings.${format}`)
    await runReportRenderings({ format, out: relative(process.cwd(), target), db, proposed: true })
    written.push([target, format === 'html' ? 'variation report: concept × outlet renderings' : `variation report (${format})`])
  }

  const cwd = process.cwd()
  process.stdout.write(`\nResults:\n${written.map(([path, what]) => `  ${relative(cwd, path) || path}  ${what}`).join('\n')}\n`)
  process.stdout.write(`\nNext: pnpm renderings glossary query 战后国际秩序\n`)
}

/**
 * Whether a document holds a text and its translation: at least two
 * languages each with a third or more of the largest language's characters.
 * A quoted Chinese passage or a publisher's header in another language is
 * not a translation, and aligning it would only produce noise.
 */
function isParallelDocument(document: SegmentedDocument): boolean {
  const sizes = new Map<string, number>()
  for (const segment of document.segments) sizes.set(segment.lang, (sizes.get(segment.lang) ?? 0) + segment.text.length)
  const largest = Math.max(0, ...sizes.values())
  return [...sizes.values()].filter((size) => size >= largest / 3).length >= 2
}

function step(message: string): void {
  process.stderr.write(`renderings: ${message}…\n`)
}
