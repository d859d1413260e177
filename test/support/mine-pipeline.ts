import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { alignSegments } from '@renderings/align'
import { loadManifest } from '@renderings/corpus'
import { parseGlossarySource } from '@renderings/glossary'
import { mineCorpus, parallelUnitsFromParagraphs, type MiningDocument, type MiningOptions, type MiningResult } from '@renderings/mine'
import { createChineseSegmenter } from '@renderings/parse-zh'
import { segmentDocument } from '@renderings/segment'
import { toPinyin, toSinoVietnamese } from '@renderings/transliterate'
import type { TermIndex } from '@renderings/types'
import { repositoryRoot, seedsFolder } from './paths.js'

/** The curated glossary of the repository. */
export function repositoryGlossary(): TermIndex {
  const file = join(repositoryRoot, 'glossary', 'concepts.yaml')
  return parseGlossarySource(readFileSync(file, 'utf8'), file)
}

/** The readings `renderings mine` passes to the miner. */
export const mineReadings: NonNullable<MiningOptions['readings']> = {
  toPinyin: (han) => toPinyin(han).join(' '),
  toSinoVietnamese: (han) => toSinoVietnamese(han).map((readings) => readings[0] ?? '').join(' ')
}

/**
 * The seeds as `renderings mine` prepares them: segmented (with the Chinese
 * segmenter primed with the glossary's Chinese), parallel paragraphs refined
 * by the sentence aligner.
 */
export async function seedDocuments(glossary: TermIndex): Promise<MiningDocument[]> {
  const manifest = await loadManifest(seedsFolder)
  const words = glossary.concepts.flatMap((concept) => [concept.sourceText, ...concept.terms.map((term) => term.text)]).filter((text) => /^\p{Script=Han}+$/u.test(text))
  const chinese = await createChineseSegmenter({ words })
  return readdirSync(seedsFolder).filter((name) => name.endsWith('.txt')).sort().map((file) => {
    const entry = manifest.find((item) => item.file === file)
    const text = readFileSync(join(seedsFolder, file), 'utf8')
    const segmented = segmentDocument(text, { doc: entry?.id ?? file.replace(/\.txt$/, ''), chinese })
    const parallel = parallelUnitsFromParagraphs(segmented).flatMap((unit) => {
      const units = alignSegments(unit.source, unit.target)
        .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
        .map((bead) => ({ source: bead.source.map((index) => unit.source[index]!), target: bead.target.map((index) => unit.target[index]!) }))
      return units.length > 0 ? units : [unit]
    })
    return { segmented, outlet: entry?.outlet ?? 'unknown outlet', date: entry?.date ?? 'unknown', parallel }
  })
}

/** Mine the seeds as the CLI does. */
export async function mineSeeds(options: { glossary?: TermIndex } = {}): Promise<MiningResult> {
  const glossary = options.glossary ?? repositoryGlossary()
  return mineCorpus(await seedDocuments(glossary), { glossary, readings: mineReadings })
}
