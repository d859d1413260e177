// Accuracy floors of the sentence aligner: the shared development data
// (strict F1 as Vecalign's score.py computes it) and the hand-made gold of
// seed 003. Floors are the figures `pnpm eval:align` measured, minus 0.02.
import { type AlignOptions, alignDocumentLanguages, alignGaleChurch, alignSentences, formatBeadLine, scoreAlignments } from '@renderings/align'
import { describe, expect, it } from 'vitest'
import { readAlignDevSets } from './support/align-dev-data.js'
import { readSeedAlignmentGold, seedGoldDocument } from './support/align-seed-gold.js'
import { devDataFolder, hasDevData } from './support/paths.js'

const sets = hasDevData ? readAlignDevSets() : []
const strictF1 = (name: string, align: (source: string[], target: string[]) => ReturnType<typeof alignSentences>): number => {
  const set = sets.find((candidate) => candidate.name === name)
  if (set === undefined) throw new Error(`no set ${name} in ${devDataFolder}`)
  return scoreAlignments(set.documents.map((document) => ({ gold: document.gold, test: align(document.source, document.target) }))).f1Strict
}
const classic: AlignOptions = { maxSource: 2, maxTarget: 2 }

describe.skipIf(!hasDevData)(`alignment accuracy on the development data (${devDataFolder})`, () => {
  // Measured: textberg 0.889 (default, beads ≤ 3), 0.802 (beads ≤ 2); LIMSI 0.912, 0.869; plain Gale & Church 0.621.
  it('textberg_dev (de→fr): strict F1 at least 0.87 by default, 0.78 with beads of up to 2 a side', () => {
    expect(strictF1('textberg_dev', (source, target) => alignSentences(source, target))).toBeGreaterThanOrEqual(0.87)
    expect(strictF1('textberg_dev', (source, target) => alignSentences(source, target, classic))).toBeGreaterThanOrEqual(0.78)
  })

  it('limsi_enfr_dev (en→fr): strict F1 at least 0.89 by default, 0.85 with beads of up to 2 a side', () => {
    expect(strictF1('limsi_enfr_dev', (source, target) => alignSentences(source, target))).toBeGreaterThanOrEqual(0.89)
    expect(strictF1('limsi_enfr_dev', (source, target) => alignSentences(source, target, classic))).toBeGreaterThanOrEqual(0.85)
  })

  it('beats the plain Gale & Church baseline on every set', () => {
    for (const set of sets) {
      const ours = strictF1(set.name, (source, target) => alignSentences(source, target))
      const baseline = strictF1(set.name, (source, target) => alignGaleChurch(source, target))
      expect(ours).toBeGreaterThan(baseline + 0.05)
    }
  })
})

describe('seed 003: French ↔ Vietnamese bodies and the titles (hand-made gold)', () => {
  const gold = readSeedAlignmentGold()
  const expectGold = (pairs: ReturnType<typeof alignDocumentLanguages>): void => {
    for (const pair of gold.pairs) {
      const found = pairs.find((candidate) => candidate.sourceLang === pair.source && candidate.targetLang === pair.target)
      expect(found, `${pair.source}→${pair.target}`).toBeDefined()
      expect(found!.beads.map(formatBeadLine)).toEqual(pair.gold.map(formatBeadLine))
    }
  }

  it('aligns all 16 beads and the English title to the French one, from the gold segmentation', () => {
    expectGold(alignDocumentLanguages(seedGoldDocument(gold)))
  })
})
