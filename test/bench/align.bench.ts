// Alignment speed, side by side with hunalign, and memory.
//
// 1. Whole process, `renderings align --presegmented` against hunalign
//    (byte lengths, empty dictionary: `-onebyteencoding null.dic`) on the
//    same files in the same run, each document timed as a process, the two
//    taking turns (median of 5 after a warm-up), with both tools' strict F1
//    against the gold. Inputs: every set of the development data, and a
//    Bible: the English–Chinese Bible set of test/fixtures/align (5,000 ×
//    5,885, scored verse-merged as Bertalign scores its Bible), and a
//    Bible-scale input (MAC-Dev's chapters repeated, whole, until the
//    source side reaches 5,000 sentences, as the 5,000 × 6,301 Bible).
//    hunalign is built from `../shared/anchors/hunalign` (see hunalign.ts);
//    without g++, make or the source tree the peer is skipped, saying why.
// 2. In process, against the plain Gale & Church baseline, on the
//    Bible-scale input and the same doubled: time should double with the
//    input (near-linear search).
// 3. Peak memory aligning 100,000 × 100,000 sentences (bound 1 GB).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type IndexBead, alignGaleChurch, alignSentences, parseBeadLines, scoreAlignments } from '@renderings/align'
import { type AlignDevDocument, type AlignDevSet, readAlignDevSets, readAlignFixtureSets, verseMerged } from '../support/align-dev-data.js'
import { cliBin, hasDevData } from '../support/paths.js'
import { buildHunalign, hunalignArguments, ladderBeads, writeSentenceFile } from './hunalign.js'
import { type ProcessCommand, row, timeMedian, timeProcessesMedian } from './measure.js'

const here = dirname(fileURLToPath(import.meta.url))
const runs = Number(process.env['ALIGN_BENCH_RUNS'] ?? 5)
/** The size of the Bible test set (en→zh verses): the scale the speed target is set at. */
const bibleSourceSentences = 5_000

export default async function (): Promise<void> {
  if (!hasDevData) {
    process.stdout.write('(no development data: alignment benchmark skipped)\n')
    return
  }
  const sets = readAlignDevSets()
  sideBySide(sets)
  await inProcess(sets)
  memory()
}

interface ProcessInput {
  name: string
  languages: readonly [string, string]
  documents: readonly AlignDevDocument[]
}

function sideBySide(sets: readonly AlignDevSet[]): void {
  const hunalign = buildHunalign()
  process.stdout.write(`${'binary' in hunalign ? hunalign.note : `hunalign skipped: ${hunalign.missing}`}\n\n`)
  const inputs: ProcessInput[] = sets.map((set) => ({ name: `${set.name} (${set.documents.length} documents)`, languages: set.languages, documents: set.documents }))
  // Real Bible text at the held-out set's size and direction (English → Chinese), kept in the repository.
  for (const set of readAlignFixtureSets()) inputs.push({ name: `${set.name} (Genesis–Numbers 32, ASV × CUV; F1 verse-merged)`, languages: set.languages, documents: set.documents })
  const mac = sets.find((set) => set.name === 'mac_dev')
  if (mac !== undefined) inputs.push({ name: 'Bible-scale (mac_dev chapters repeated)', languages: mac.languages, documents: [repeatToSize(mac.documents, bibleSourceSentences)] })

  const work = mkdtempSync(join(tmpdir(), 'renderings-align-bench-'))
  try {
    const dictionary = join(work, 'null.dic')
    writeFileSync(dictionary, '')
    process.stdout.write(`Whole process, median of ${runs} (documents of a set each timed as a process, times summed); strict F1 over the set.\n\n`)
    row('input', 'sentences (src × tgt)', 'hunalign (ms)', 'renderings (ms)', '× hunalign', 'F1 hunalign', 'F1 renderings')
    row('---', '---', '---', '---', '---', '---', '---')
    for (const [inputIndex, input] of inputs.entries()) {
      let hunalignTime = 0
      let ourTime = 0
      const hunalignScored: Array<{ gold: IndexBead[]; test: IndexBead[] }> = []
      const ourScored: Array<{ gold: IndexBead[]; test: IndexBead[] }> = []
      for (const [documentIndex, document] of input.documents.entries()) {
        const stem = join(work, `${inputIndex}-${documentIndex}`)
        const [source, target, out] = [`${stem}.src`, `${stem}.tgt`, `${stem}.beads`]
        writeSentenceFile(source, document.source)
        writeSentenceFile(target, document.target)
        // Both write their result to standard output (hunalign's ladder, our beads), which the timing discards.
        const ours: ProcessCommand = {
          command: process.execPath,
          args: [cliBin, 'align', source, target, '--presegmented', '--src-lang', input.languages[0], '--tgt-lang', input.languages[1]]
        }
        const commands: ProcessCommand[] = [ours]
        if ('binary' in hunalign) commands.push({ command: hunalign.binary, args: hunalignArguments(dictionary, source, target), cwd: work })
        const [ourMedian, hunalignMedian] = timeProcessesMedian(commands, runs)
        ourTime += ourMedian!
        execFileSync(ours.command, [...ours.args, '--out', out], { stdio: 'ignore' })
        ourScored.push({ gold: document.gold, test: verseMerged(parseBeadLines(readFileSync(out, 'utf8')), document) })
        if ('binary' in hunalign) {
          hunalignTime += hunalignMedian!
          // hunalign writes a `translate.txt` in its working folder: run it in the scratch folder.
          const ladder = execFileSync(hunalign.binary, hunalignArguments(dictionary, source, target), { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 })
          hunalignScored.push({ gold: document.gold, test: verseMerged(ladderBeads(ladder), document) })
        }
      }
      const sourceCount = input.documents.reduce((total, document) => total + document.source.length, 0)
      const targetCount = input.documents.reduce((total, document) => total + document.target.length, 0)
      const ourF1 = scoreAlignments(ourScored).f1Strict.toFixed(3)
      if ('binary' in hunalign) {
        row(input.name, `${sourceCount} × ${targetCount}`, hunalignTime, ourTime, ourTime / hunalignTime, scoreAlignments(hunalignScored).f1Strict.toFixed(3), ourF1)
      } else {
        row(input.name, `${sourceCount} × ${targetCount}`, '—', ourTime, '—', '—', ourF1)
      }
    }
    process.stdout.write(`\nTarget: renderings at most 1.5 × hunalign's whole-process time on the Bible (the real Bible set and the Bible-scale input). hunalign runs with -onebyteencoding and an empty dictionary.\n`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Whole documents, in order and then again from the first, until the source side has `size` sentences. */
function repeatToSize(documents: readonly AlignDevDocument[], size: number): AlignDevDocument {
  const joined: AlignDevDocument = { name: 'repeated', source: [], target: [], gold: [] }
  for (let index = 0; joined.source.length < size; index++) {
    const document = documents[index % documents.length]!
    const [sourceOffset, targetOffset] = [joined.source.length, joined.target.length]
    joined.source.push(...document.source)
    joined.target.push(...document.target)
    for (const bead of document.gold) {
      joined.gold.push({ source: bead.source.map((at) => at + sourceOffset), target: bead.target.map((at) => at + targetOffset) })
    }
  }
  return joined
}

async function inProcess(sets: readonly AlignDevSet[]): Promise<void> {
  const mac = sets.find((set) => set.name === 'mac_dev')
  if (mac === undefined) return
  // The Bible-scale input and the same doubled, Chinese against English through the lexicon.
  const once = repeatToSize(mac.documents, bibleSourceSentences)
  const twice = repeatToSize(mac.documents, 2 * once.source.length)
  const languages = { sourceLang: mac.languages[0], targetLang: mac.languages[1] }
  process.stdout.write('\nIn process, against the plain Gale & Church baseline (mac_dev chapters repeated, zh→en):\n\n')
  row('input', 'sentences (src × tgt)', 'aligner', 'median of 5 (ms)', 'sentence pairs / s', '× Gale & Church')
  row('---', '---', '---', '---', '---', '---')
  const ours: number[] = []
  for (const [name, input] of [['Bible-scale', once], ['the same doubled', twice]] as const) {
    const pairs = Math.min(input.source.length, input.target.length)
    const baseline = await timeMedian(() => alignGaleChurch(input.source, input.target), 5)
    const renderings = await timeMedian(() => alignSentences(input.source, input.target, languages), 5)
    ours.push(renderings)
    const size = `${input.source.length} × ${input.target.length}`
    row(name, size, 'Gale & Church (baseline)', baseline, (pairs / baseline) * 1000, 1)
    row(name, size, 'renderings (default)', renderings, (pairs / renderings) * 1000, renderings / baseline)
  }
  process.stdout.write(`\nDoubling the input multiplied the time by ${(ours[1]! / ours[0]!).toFixed(2)} (target ≤ 2.2). Sentence pairs = the smaller side's sentence count.\n`)
}

function memory(): void {
  const size = Number(process.env['ALIGN_MEMORY_SIZE'] ?? 100_000)
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--conditions', 'renderings-source', join(here, 'align-memory-child.ts'), String(size)], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024
  })
  const measured = JSON.parse(output) as { size: number; beads: number; seconds: number; peakMegabytes: number }
  process.stdout.write(
    `\nPeak memory aligning ${measured.size} × ${measured.size} sentences in a child process: ${measured.peakMegabytes.toFixed(0)} MB (target < 1024 MB), ${measured.seconds.toFixed(1)} s, ${measured.beads} beads.\n`
  )
}
