// `pnpm eval:seg`: sentence boundary and Vietnamese word F1 on the
// Universal Dependencies treebanks of the shared development data, with the
// definitions of its README, beside references run in the same command:
// parse-latin (the parser of retext-latin), `Intl.Segmenter`, and every
// syllable a word. Prints markdown tables, among them how each splitter
// treats an ellipsis before a capital in GSD dev (the evidence parse-fr's
// README weighs); `--errors N` also prints up to N missed and spurious
// boundaries of the project's splitters.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { ParseLatin } from 'parse-latin'
import { parseFrench } from '@renderings/parse-fr'
import { parseVietnamese, segmentVietnamese } from '@renderings/parse-vi'
import {
  type BoundaryScores,
  type Scores,
  type SentenceStarts,
  type WordSegmenter,
  boundaryDocuments,
  detokenise,
  hasSegDevData,
  intlSentenceStarts,
  nlcstSentenceStarts,
  readConllu,
  scoreBoundaries,
  scoreWords,
  segDevDataFolder,
  sentencesBy,
  tallyEllipsesBeforeCapitals
} from '../support/seg-dev-data.js'

const errorsFlag = process.argv.indexOf('--errors')
const errorLimit = errorsFlag >= 0 ? Number(process.argv[errorsFlag + 1] ?? 20) : 0

if (!hasSegDevData) {
  process.stdout.write(`No segmentation development data at ${segDevDataFolder}: nothing to evaluate.\n`)
  process.exit(0)
}

const latin = new ParseLatin()
const projectVietnamese: SentenceStarts = (text) => nlcstSentenceStarts(parseVietnamese(text))
const projectFrench: SentenceStarts = (text) => nlcstSentenceStarts(parseFrench(text))
const parseLatin: SentenceStarts = (text) => nlcstSentenceStarts(latin.parse(text))

const percent = (value: number): string => (value * 100).toFixed(1)
const cells = (scores: Scores): string => `${percent(scores.precision)} | ${percent(scores.recall)} | ${percent(scores.f1)}`

function sentenceTable(sets: Array<[string, string[]]>, splitters: Array<[string, SentenceStarts, boolean]>): void {
  process.stdout.write('| set | splitter | P | R | F1 | after . ! ? …: P | R | F1 | boundaries | time (ms) |\n|---|---|---|---|---|---|---|---|---|---|\n')
  for (const [set, texts] of sets) {
    const documents = boundaryDocuments(texts)
    for (const [name, starts, showErrors] of splitters) {
      const start = performance.now()
      const scores = scoreBoundaries(documents, starts)
      const elapsed = performance.now() - start
      process.stdout.write(`| ${set} | ${name} | ${cells(scores.all)} | ${cells(scores.afterSentenceMark)} | ${scores.all.gold} | ${elapsed.toFixed(0)} |\n`)
      if (showErrors) errors.push([`${set}, ${name}`, scores])
    }
  }
}

const errors: Array<[string, BoundaryScores]> = []

const vtbTrain = readConllu('vi_vtb-ud-train.conllu')
const vtbDev = readConllu('vi_vtb-ud-dev.conllu')
const gsdDev = readConllu('fr_gsd-ud-dev.conllu')

process.stdout.write('# Segmentation: evaluation\n\n## Vietnamese sentences (UD VTB)\n\n')
sentenceTable(
  [
    ['VTB train, tokenised', vtbTrain.map((sentence) => sentence.text)],
    ['VTB train, detokenised', vtbTrain.map((sentence) => detokenise(sentence.text))],
    ['VTB dev, tokenised', vtbDev.map((sentence) => sentence.text)],
    ['VTB dev, detokenised', vtbDev.map((sentence) => detokenise(sentence.text))]
  ],
  [
    ['renderings (parse-vi)', projectVietnamese, true],
    ['parse-latin (retext-latin)', parseLatin, false],
    ['Intl.Segmenter vi', intlSentenceStarts('vi'), false]
  ]
)

process.stdout.write('\n## French sentences (UD GSD)\n\n')
sentenceTable(
  [['GSD dev', gsdDev.map((sentence) => sentence.text)]],
  [
    ['renderings (parse-fr)', projectFrench, true],
    ['parse-latin (retext-latin)', parseLatin, false],
    ['Intl.Segmenter fr', intlSentenceStarts('fr'), false]
  ]
)

process.stdout.write(
  '\nAn ellipsis before a capital in GSD dev (the gold says whether it ended a sentence):\n\n| ellipsis | splitter | ended a sentence (split) | went on (split) |\n|---|---|---|---|\n'
)
for (const [name, starts] of [
  ['renderings (parse-fr)', projectFrench],
  ['parse-latin (retext-latin)', parseLatin],
  ['Intl.Segmenter fr', intlSentenceStarts('fr')]
] as const) {
  for (const [form, tally] of tallyEllipsesBeforeCapitals(boundaryDocuments(gsdDev.map((sentence) => sentence.text)), starts)) {
    process.stdout.write(`| ${form} | ${name} | ${tally.boundaries} (${tally.splitBoundaries}) | ${tally.continuations} (${tally.splitContinuations}) |\n`)
  }
}

const frenchCases = (
  JSON.parse(readFileSync(new URL('../../packages/parse-fr/test/fixtures/language-tool-style-cases.json', import.meta.url), 'utf8')) as {
    cases: Array<{ text: string; sentences: string[] }>
  }
).cases
process.stdout.write(`\n## French sentence cases after LanguageTool's tests (${frenchCases.length}, packages/parse-fr/test/fixtures)\n\n| splitter | cases split right |\n|---|---|\n`)
for (const [name, starts] of [
  ['renderings (parse-fr)', projectFrench],
  ['parse-latin (retext-latin)', parseLatin],
  ['Intl.Segmenter fr', intlSentenceStarts('fr')]
] as const) {
  const right = frenchCases.filter((frenchCase) => JSON.stringify(sentencesBy(starts, frenchCase.text)) === JSON.stringify(frenchCase.sentences))
  process.stdout.write(`| ${name} | ${right.length}/${frenchCases.length} |\n`)
}

process.stdout.write('\n## Vietnamese words (UD VTB)\n\n| set | segmenter | P | R | F1 | 2+ syllables: P | R | F1 | words | time (ms) |\n|---|---|---|---|---|---|---|---|---|---|\n')
const wordSegmenters: Array<[string, WordSegmenter]> = [
  ['renderings (parse-vi)', (text) => segmentVietnamese(text)],
  ['every syllable a word', () => []]
]
for (const [set, sentences] of [['VTB train', vtbTrain], ['VTB dev', vtbDev]] as const) {
  for (const [name, segment] of wordSegmenters) {
    const start = performance.now()
    const scores = scoreWords(sentences, segment)
    const elapsed = performance.now() - start
    process.stdout.write(`| ${set} | ${name} | ${cells(scores.all)} | ${cells(scores.several)} | ${scores.all.gold} | ${elapsed.toFixed(0)} |\n`)
  }
}

process.stdout.write(
  '\nSentences: documents of 10 consecutive sentences joined by one space; micro P/R/F1 of the internal boundaries (first non-space character of each sentence but the first). Detokenised: no space before `, . ; : ? ! ) ] …`, none after `( [`. Words: spans of syllable indices, micro P/R/F1.\n'
)

if (errorLimit > 0) {
  for (const [name, scores] of errors) {
    process.stdout.write(`\n### ${name}: ${scores.missed.length} missed, ${scores.spurious.length} spurious\n\n`)
    for (const line of scores.missed.slice(0, errorLimit)) process.stdout.write(`- missed: ${line}\n`)
    for (const line of scores.spurious.slice(0, errorLimit)) process.stdout.write(`- spurious: ${line}\n`)
  }
}
