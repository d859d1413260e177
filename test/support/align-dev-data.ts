import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type IndexBead, parseBeadLines } from '@renderings/align'
import { devDataFolder } from './paths.js'

/** One hand-aligned document of the development data. */
export interface AlignDevDocument {
  name: string
  source: string[]
  target: string[]
  gold: IndexBead[]
}

/** One set of the development data (`textberg_dev`, `limsi_enfr_dev`, …). */
export interface AlignDevSet {
  name: string
  languages: [string, string]
  documents: AlignDevDocument[]
}

/** The sets under `<dev-data>/align/`, each with its documents, in name order. */
export function readAlignDevSets(): AlignDevSet[] {
  const root = join(devDataFolder, 'align')
  if (!existsSync(root)) return []
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
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
      gold: parseBeadLines(readFileSync(join(folder, document, 'gold.txt'), 'utf8'))
    }))
  return { name, languages: [source, target], documents }
}

function lines(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const all = text.split(/\r?\n/)
  if (all.at(-1) === '') all.pop()
  return all
}
