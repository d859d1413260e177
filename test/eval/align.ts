// `pnpm eval:align`: strict and lax precision, recall and F1 (Vecalign's
// definitions) of the aligner on every set of the shared development data,
// on the English–Chinese Bible set kept in the repository
// (test/fixtures/align/bible-en-zh) and on the hand-made gold of seed 003,
// beside the plain Gale & Church baseline run in the same command. Prints
// markdown tables.
import { performance } from 'node:perf_hooks'
import { type AlignOptions, type AlignmentScores, type IndexBead, alignDocumentLanguages, alignGaleChurch, alignSentences, scoreAlignments } from '@renderings/align'
import { readAlignDevSets, readAlignFixtureSets, verseMerged } from '../support/align-dev-data.js'
import { readSeedAlignmentGold, seedGoldDocument } from '../support/align-seed-gold.js'
import { devDataFolder, hasDevData } from '../support/paths.js'

type Aligner = (source: string[], target: string[], languages: AlignOptions) => IndexBead[]

/** What is compared: the aligner as shipped, its variants, and the baseline. */
export const alignAligners: Array<[string, Aligner]> = [
  ['renderings (default: beads ≤ 4 a side)', (source, target, languages) => alignSentences(source, target, languages)],
  ['renderings, beads ≤ 3 a side', (source, target, languages) => alignSentences(source, target, { ...languages, maxSource: 3, maxTarget: 3 })],
  ['renderings, beads ≤ 2 a side (classic shapes)', (source, target, languages) => alignSentences(source, target, { ...languages, maxSource: 2, maxTarget: 2 })],
  ['renderings, lengths in characters', (source, target, languages) => alignSentences(source, target, { ...languages, lengthUnit: 'chars' })],
  ['renderings, first pass only', (source, target, languages) => alignSentences(source, target, { ...languages, secondPass: false })],
  ['renderings, without the lexicon', (source, target, languages) => alignSentences(source, target, { ...languages, lexicon: false })],
  ['renderings, length model only (no anchors)', (source, target, languages) => alignSentences(source, target, { ...languages, anchors: false, secondPass: false })],
  // The other way round (the held-out Bible is English → Chinese, MAC Chinese → English): beads turned back to be scored against the same gold.
  ['renderings, run the other way (target → source)', (source, target, languages) => alignOtherWay(source, target, languages)],
  ['Gale & Church (characters)', (source, target) => alignGaleChurch(source, target)],
  ['Gale & Church (UTF-8 bytes)', (source, target) => alignGaleChurch(source, target, { lengthUnit: 'bytes' })]
]

/** Align `target` against `source` (languages swapped) and turn each bead back, so it is scored as a `source` → `target` alignment. */
export function alignOtherWay(source: string[], target: string[], languages: AlignOptions): IndexBead[] {
  return alignSentences(target, source, { ...languages, sourceLang: languages.targetLang, targetLang: languages.sourceLang }).map((bead) => ({ source: bead.target, target: bead.source }))
}

/** The multilingual-document path, with the aligner's default and wider beads. */
export const alignDocumentConfigurations: Array<[string, AlignOptions]> = [
  ['renderings (default: beads ≤ 4 a side)', {}],
  ['renderings, beads ≤ 2 a side (classic shapes)', { maxSource: 2, maxTarget: 2 }]
]

function header(): void {
  process.stdout.write('| set | aligner | P strict | R strict | F1 strict | P lax | R lax | F1 lax | time (ms) |\n|---|---|---|---|---|---|---|---|---|\n')
}

function line(set: string, aligner: string, scores: AlignmentScores, milliseconds: number): void {
  const cells = [scores.precisionStrict, scores.recallStrict, scores.f1Strict, scores.precisionLax, scores.recallLax, scores.f1Lax].map((value) => value.toFixed(3))
  process.stdout.write(`| ${set} | ${aligner} | ${cells.join(' | ')} | ${milliseconds.toFixed(0)} |\n`)
}

process.stdout.write('# Sentence alignment: evaluation\n\n')
header()
if (!hasDevData) process.stdout.write(`\n(no development data at ${devDataFolder}: dev sets skipped)\n`)
const perDocument: string[] = []
// The development sets, then the sets kept in the repository (the English–Chinese Bible).
for (const set of [...readAlignDevSets(), ...readAlignFixtureSets()]) {
  for (const [index, [name, align]] of alignAligners.entries()) {
    const start = performance.now()
    // A set whose gold is by verse (the Bible) is scored on the beads merged verse by verse.
    const documents = set.documents.map((document) => ({ gold: document.gold, test: verseMerged(align(document.source, document.target, { sourceLang: set.languages[0], targetLang: set.languages[1] }), document) }))
    const merged = set.documents.some((document) => document.sourceVerses !== undefined) ? ', verse-merged' : ''
    line(`${set.name} (${set.languages.join('→')}${merged})`, name, scoreAlignments(documents), performance.now() - start)
    // Each document of a set apart, for the default aligner: a gain must hold on each, not only on the total.
    if (index === 0 && set.documents.length > 1) {
      documents.forEach((document, position) => perDocument.push(`| ${set.name} | ${set.documents[position]!.name} | ${set.documents[position]!.gold.length} | ${scoreAlignments([document]).f1Strict.toFixed(3)} |`))
    }
  }
}

// Seed 003 as the CLI aligns a multilingual file: its language blocks
// against each other (repeated title left out, titles with titles), from the
// segmented document the hand gold describes.
const seed = readSeedAlignmentGold()
const seedDocument = seedGoldDocument(seed)
for (const [name, options] of alignDocumentConfigurations) {
  const start = performance.now()
  const pairs = alignDocumentLanguages(seedDocument, options)
  const elapsed = performance.now() - start
  for (const pair of seed.pairs) {
    const found = pairs.find((candidate) => candidate.sourceLang === pair.source && candidate.targetLang === pair.target)
    line(`seed 003 (${pair.source}→${pair.target}, hand gold)`, name, scoreAlignments([{ gold: pair.gold, test: found?.beads ?? [] }]), elapsed)
  }
}
process.stdout.write(`\n## Each document (default aligner)\n\n| set | document | gold beads | F1 strict |\n|---|---|---|---|\n${perDocument.join('\n')}\n`)
process.stdout.write('\nStrict: a predicted bead counts only when it equals a gold bead; lax: when it shares a source and a target sentence with one (Vecalign score.py).\n')
