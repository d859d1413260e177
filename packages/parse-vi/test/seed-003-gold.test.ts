import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { seedsFolder } from '../../../test/support/paths.js'
import { compareWithGold } from './word-scores.js'

// Hand-checked gold word segmentation of the Vietnamese title and body of
// seed 003 (underscores join the syllables of a word). Floors are the
// measured figures (README) minus a small margin.
const gold = readFileSync(new URL('./fixtures/seed-003-vietnamese-words.txt', import.meta.url), 'utf8')

describe('Vietnamese word segmentation on the seed 003 gold', () => {
  it('should be the text of seed 003 once the underscores are spaces', () => {
    const seed = readFileSync(join(seedsFolder, '003_b9c731b561ac0d7c.txt'), 'utf8')
    expect(seed).toContain(gold.replaceAll('_', ' ').trimEnd())
  })

  it('should hold the measured accuracy', () => {
    const result = compareWithGold(gold)
    expect(result.goldCompounds).toBe(167)
    expect(result.words.f1).toBeGreaterThanOrEqual(0.94)
    expect(result.compounds.precision).toBeGreaterThanOrEqual(0.96)
    expect(result.compounds.recall).toBeGreaterThanOrEqual(0.93)
    expect(result.joins.f1).toBeGreaterThanOrEqual(0.95)
  })
})
