import { describe, expect, it } from 'vitest'
import { loadLexicon } from '@renderings/lexicon'
import { macDevCoverage, macDevRanking, outletCoverage } from './support/lexicon-coverage.js'
import { devDataFolder, hasDevData } from './support/paths.js'

// Floors at the figures measured by `pnpm eval:lexicon` (packages/lexicon/README.md) minus a small margin.
describe.skipIf(!hasDevData)(`the lexicon on the development data (${devDataFolder}; skipped where it is absent)`, () => {
  const lexicon = loadLexicon()

  it('should link at least 27 % of MAC-Dev’s Chinese word tokens to their English side (measured 28.1 %)', () => {
    expect(macDevCoverage(lexicon).share).toBeGreaterThanOrEqual(0.27)
  })

  it('should link at least 41 % of the outlets’ gold Chinese word tokens to their French renderings (measured 43.1 %)', () => {
    expect(outletCoverage(lexicon, 'fr').share).toBeGreaterThanOrEqual(0.41)
  })

  it('should rank the gold partner of at least 76 % of MAC-Dev’s 1-1 beads first among ±5 neighbours (measured 78.4 % and 79.8 %)', () => {
    const ranking = macDevRanking(lexicon, 5)
    expect(ranking.sourceToTarget.share).toBeGreaterThanOrEqual(0.76)
    expect(ranking.targetToSource.share).toBeGreaterThanOrEqual(0.77)
  })
})
