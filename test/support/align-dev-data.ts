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
 * An aligner's sentence beads as a verse-level gold scores them: a bead
 * holding a sentence of a verse that the bead before it also holds joins
 * that bead, so the sentences of one verse end in one bead (as Bertalign
 * merges consecutive sentences of a verse before scoring its Bible set).
 * A bead that mixes two verses joins them, and both are then wrong. Without
 * verses, the beads as they are.
 */
export function verseMerged(beads: readonly IndexBead[], document: AlignDevDocument): IndexBead[] {
  const { sourceVerses, targetVerses } = document
  if (sourceVerses === undefined || targetVerses === undefined) return [...beads]
  const merged: Array<{ source: number[]; target: number[] }> = []
  let verses = new Set<string>()
  for (const bead of beads) {
    const own = [...bead.source.map((index) => sourceVerses[index]!), ...bead.target.map((index) => targetVerses[index]!)]
    const last = merged.at(-1)
    if (last !== undefined && own.some((verse) => verses.has(verse))) {
      last.source.push(...bead.source)
      last.target.push(...bead.target)
      for (const verse of own) verses.add(verse)
      continue
    }
    merged.push({ source: [...bead.source], target: [...bead.target] })
    verses = new Set(own)
  }
  return merged
}
