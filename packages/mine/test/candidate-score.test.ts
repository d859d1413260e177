import { describe, expect, it } from 'vitest'
import { calibratedScore, coverageModel, scoreFeatures } from '../src/candidate-score.js'

describe('the calibrated score of a coverage candidate', () => {
  const typical: Record<string, number> = {
    coverage: 0.5, density: 0.9, mass: 1.5, chance: 0.03, rank: 2, agreement: 0.5, inOrder: 1, sibling: 0, documents: 3, clauses: 1,
    words: 7, linkedWords: 3, bridged: 0, linkWeight: 1.5, reports: 1, quoted: 0, inferred: 0, han: 15, position: 0.4, lead: 0,
    passageRenderings: 3, passageQuoted: 0, passageMass: 2, passageMeanMass: 1.5
  }

  it('has one weight per feature, in the features’ order, and a threshold in (0, 1)', () => {
    expect(coverageModel.features.map((feature) => feature.name)).toEqual(scoreFeatures.map((feature) => feature.name))
    expect(coverageModel.features.every((feature) => feature.scale > 0)).toBe(true)
    expect(coverageModel.threshold).toBeGreaterThan(0)
    expect(coverageModel.threshold).toBeLessThan(1)
  })

  it('is a probability that grows with the weight of the links and falls where chance does as well', () => {
    const score = calibratedScore(typical)
    expect(score).toBeGreaterThan(0)
    expect(score).toBeLessThan(1)
    expect(calibratedScore({ ...typical, linkWeight: 4, mass: 4, linkedWords: 6 })).toBeGreaterThan(score)
    expect(calibratedScore({ ...typical, chance: 0.5, rank: 9 })).toBeLessThan(score)
    expect(calibratedScore({ ...typical, quoted: 1, passageQuoted: 1 })).toBeGreaterThan(score)
  })

  it('reads missing figures as their neutral values, never as NaN', () => {
    expect(Number.isFinite(calibratedScore({}))).toBe(true)
  })
})
