import { describe, expect, it } from 'vitest'
import { loadLexicon } from '@renderings/lexicon'
import { linkPrecision, macDevCoverage, macDevRanking, outletCoverage, outletLinkMass } from './support/lexicon-coverage.js'
import { devDataFolder, hasDevData } from './support/paths.js'

// Floors at the figures measured by `pnpm eval:lexicon` (packages/lexicon/README.md) minus a small margin.
describe.skipIf(!hasDevData)(`the lexicon on the development data (${devDataFolder}; skipped where it is absent)`, () => {
  const lexicon = loadLexicon()

  it('should link at least 30 % of MAC-Dev’s Chinese word tokens to their English side (measured 30.9 %)', () => {
    expect(macDevCoverage(lexicon).share).toBeGreaterThanOrEqual(0.3)
  })

  it('should link at least 49 % of the outlets’ gold Chinese word tokens to their French renderings (measured 51.1 %), with at least 84 % of the link weight not explained by chance (measured 84.8 %; 85.0 % before French lemmas, which link more words of both kinds)', () => {
    expect(outletCoverage(lexicon, 'fr').share).toBeGreaterThanOrEqual(0.49)
    expect(outletLinkMass(lexicon, 'fr').find((row) => row.source === 'all')!.precision).toBeGreaterThanOrEqual(0.84)
  })

  it('should keep each kind of link mostly inside aligned sentences (LIMSI en–fr: pivot 87.3 %, freedict 94.9 %; MAC-Dev zh–en: pinyin 91.0 %, transliteration 81.1 %)', () => {
    const precision = (languages: string, source: string): number => linkPrecision(lexicon, languages).find((row) => row.source === source)!.precision
    expect(precision('en fr', 'pivot')).toBeGreaterThanOrEqual(0.86)
    expect(precision('en fr', 'freedict')).toBeGreaterThanOrEqual(0.93)
    expect(precision('zh en', 'pinyin')).toBeGreaterThanOrEqual(0.88)
    expect(precision('zh en', 'transliteration')).toBeGreaterThanOrEqual(0.76)
  })

  it('should rank the gold partner of at least 79 % of MAC-Dev’s 1-1 beads first among ±5 neighbours (measured 80.2 % and 82.1 %)', () => {
    const ranking = macDevRanking(lexicon, 5)
    expect(ranking.sourceToTarget.share).toBeGreaterThanOrEqual(0.79)
    expect(ranking.targetToSource.share).toBeGreaterThanOrEqual(0.8)
  })
})
