// Accuracy floors of sentence splitting (Vietnamese, French) and Vietnamese
// word segmentation on the Universal Dependencies treebanks of the shared
// development data, with the definitions of its README. Floors are the
// figures `pnpm eval:seg` measured, minus a small margin; each splitter must
// also stay ahead of the reference measured in the same run.
import { ParseLatin } from 'parse-latin'
import { parseFrench } from '@renderings/parse-fr'
import { parseVietnamese, segmentVietnamese } from '@renderings/parse-vi'
import { describe, expect, it } from 'vitest'
import {
  type SentenceStarts,
  boundaryDocuments,
  detokenise,
  hasSegDevData,
  nlcstSentenceStarts,
  readConllu,
  scoreBoundaries,
  scoreWords,
  segDevDataFolder
} from './support/seg-dev-data.js'

const vietnamese: SentenceStarts = (text) => nlcstSentenceStarts(parseVietnamese(text))
const french: SentenceStarts = (text) => nlcstSentenceStarts(parseFrench(text))
const latin = new ParseLatin()
const parseLatin: SentenceStarts = (text) => nlcstSentenceStarts(latin.parse(text))

const f1 = (texts: string[], starts: SentenceStarts): number => scoreBoundaries(boundaryDocuments(texts), starts).all.f1

describe.skipIf(!hasSegDevData)(`segmentation accuracy on the UD treebanks (${segDevDataFolder})`, () => {
  const train = hasSegDevData ? readConllu('vi_vtb-ud-train.conllu') : []
  const dev = hasSegDevData ? readConllu('vi_vtb-ud-dev.conllu') : []

  // Measured: train 99.7 / 99.7, dev 99.7 / 99.7 (tokenised / detokenised); parse-latin 98.7 / 98.0 and 98.0 / 97.5.
  it('Vietnamese sentences, VTB: boundary F1 at least 0.995 on train and 0.993 on dev, both variants, ahead of parse-latin', () => {
    for (const [sentences, floor] of [[train, 0.995], [dev, 0.993]] as const) {
      for (const texts of [sentences.map((sentence) => sentence.text), sentences.map((sentence) => detokenise(sentence.text))]) {
        const ours = f1(texts, vietnamese)
        expect(ours).toBeGreaterThanOrEqual(floor)
        expect(ours).toBeGreaterThan(f1(texts, parseLatin))
      }
    }
  })

  // Measured: train 92.1 (2+ syllables P 83.0, R 94.9), dev 91.7 (P 81.3, R 93.4); every syllable a word 69.4 / 71.1.
  it('Vietnamese words, VTB: word F1 at least 0.91 on train and dev; words of several syllables P 0.80, R 0.92', () => {
    for (const sentences of [train, dev]) {
      const scores = scoreWords(sentences, (text) => segmentVietnamese(text))
      expect(scores.all.f1).toBeGreaterThanOrEqual(0.91)
      expect(scores.several.precision).toBeGreaterThanOrEqual(0.8)
      expect(scores.several.recall).toBeGreaterThanOrEqual(0.92)
    }
  })

  // Measured: 98.2 (after . ! ? …: 99.5); parse-latin 97.3.
  it('French sentences, GSD dev: boundary F1 at least 0.978, 0.992 after . ! ? …, ahead of parse-latin', () => {
    const texts = readConllu('fr_gsd-ud-dev.conllu').map((sentence) => sentence.text)
    const scores = scoreBoundaries(boundaryDocuments(texts), french)
    expect(scores.all.f1).toBeGreaterThanOrEqual(0.978)
    expect(scores.afterSentenceMark.f1).toBeGreaterThanOrEqual(0.992)
    expect(scores.all.f1).toBeGreaterThan(f1(texts, parseLatin))
  })
})
