// Seed 003 through the real segmenter: the CLI's path for a multilingual file.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { alignDocumentLanguages, formatBeadLine } from '@renderings/align'
import { segmentDocument } from '@renderings/segment'
import { describe, expect, it } from 'vitest'
import { readSeedAlignmentGold } from './support/align-seed-gold.js'
import { repositoryRoot } from './support/paths.js'

describe('seed 003 segmented by @renderings/segment', () => {
  const gold = readSeedAlignmentGold()

  it('aligns all 16 French ↔ Vietnamese beads and the English title to the French one', () => {
    const text = readFileSync(join(repositoryRoot, gold.file), 'utf8')
    const document = segmentDocument(text, { doc: '003' })
    const pairs = alignDocumentLanguages(document)
    // The segmenter must cut the sentences as the gold does for the indices to mean the same.
    for (const pair of pairs) {
      expect(pair.source.map((segment) => segment.text)).toEqual(gold.sentences[pair.sourceLang])
      expect(pair.target.map((segment) => segment.text)).toEqual(gold.sentences[pair.targetLang])
    }
    for (const pair of gold.pairs) {
      const found = pairs.find((candidate) => candidate.sourceLang === pair.source && candidate.targetLang === pair.target)
      expect(found, `${pair.source}→${pair.target}`).toBeDefined()
      expect(found!.beads.map(formatBeadLine)).toEqual(pair.gold.map(formatBeadLine))
    }
  })
})
