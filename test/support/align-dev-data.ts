import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type IndexBead, parseBeadLines } from '@renderings/align'
import { devDataFolder, repositoryRoot } from './paths.js'

/** One hand-aligned document of the development data. */
export interface AlignDevDocument {
  name: string
  source: string[]
  target: string[]
  gold: IndexBead[]
  /**
   * The verse of each source and target sentence, where the gold is by
   * verse (`src.verse`, `tgt.verse`: the Bible set); see {@link verseMerged}.
   */
  sourceVerses?: string[]
  targetVerses?: string[]
}

/** One set of the development data (`textberg_dev`, `limsi_enfr_dev`, …). */
export interface AlignDevSet {
  name: string
  languages: [string, string]
  documents: AlignDevDocument[]
}

/** The sets under `<dev-data>/align/`, each with its documents, in name order. */
export function readAlignDevSets(): AlignDevSet[] {
  return readSetsIn(join(devDataFolder, 'align'))
}

/**
 * The sets kept in the repository, in the same format, under
 * `test/fixtures/align/` (a folder with a `LANGS` file each): the
 * English–Chinese Bible set, whose size and repetitions no development set
 * has. They need no shared data, so their tests always run.
 */
export function readAlignFixtureSets(): AlignDevSet[] {
  return readSetsIn(join(repositoryRoot, 'test', 'fixtures', 'align'))
}

function readSetsIn(root: string): AlignDevSet[] {
  if (!existsSync(root)) return []
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'LANGS')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => readSet(join(root, name), name))
}

function readSet(folder: string, name: string): AlignDevSet {
  const [source = 'und', target = 'und'] = readFileSync(join(folder, 'LANGS'), 'utf8').trim().split(/\s+/)
  const documents = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((document) => ({
      name: document,
      source: lines(join(folder, document, 'src.txt')),
      target: lines(join(folder, document, 'tgt.txt')),
      gold: parseBeadLines(readFileSync(join(folder, document, 'gold.txt'), 'utf8')),
      ...(existsSync(join(folder, document, 'src.verse'))
        ? { sourceVerses: lines(join(folder, document, 'src.verse')), targetVerses: lines(join(folder, document, 'tgt.verse')) }
        : {})
    }))
  return { name, languages: [source, target], documents }
}

function lines(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const all = text.split(/\r?\n/)
  if (all.at(-1) === '') all.pop()
  return all
}

/**
 * An aligner's sentence beads as a verse-level gold scores them, by
 * Bertalign's rule for its Bible set (`merge_align` of its
 * `utils/eval_bible.pl`): a bead whose sentences all belong to one verse
 * (on one side, or the same verse on both) is of that verse, any other bead
 * of none; consecutive beads of the same verse are joined. A bead that
 * mixes two verses stays as it is, and is wrong. Without verses, the beads
 * as they are.
 */
export function verseMerged(beads: readonly IndexBead[], document: AlignDevDocument): IndexBead[] {
  const { sourceVerses, targetVerses } = document
  if (sourceVerses === undefined || targetVerses === undefined) return [...beads]
  const verseOf = (bead: IndexBead): string | undefined => {
    const source = new Set(bead.source.map((index) => sourceVerses[index]!))
    const target = new Set(bead.target.map((index) => targetVerses[index]!))
    if (source.size > 1 || target.size > 1) return undefined
    const [sourceVerse] = source
    const [targetVerse] = target
    if (sourceVerse === undefined) return targetVerse
    if (targetVerse === undefined || targetVerse === sourceVerse) return sourceVerse
    return undefined
  }
  const merged: Array<{ source: number[]; target: number[] }> = []
  let lastVerse: string | undefined
  for (const bead of beads) {
    const verse = verseOf(bead)
    if (verse !== undefined && verse === lastVerse) {
      merged.at(-1)!.source.push(...bead.source)
      merged.at(-1)!.target.push(...bead.target)
    } else merged.push({ source: [...bead.source], target: [...bead.target] })
    lastVerse = verse
  }
  return merged
}
