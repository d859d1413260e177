import { describe, expect, it } from 'vitest'
import { mineCorpus, stemWord, type MiningDocument, type MiningLexicon, type PreparedText } from '@renderings/mine'
import { calibratedScore, coverageModel } from '../src/candidate-score.js'
import { simpleSegments } from './support/simple-segments.js'

/**
 * A small stand-in for @renderings/lexicon with the same contract: Chinese
 * words by longest match over its headwords, each linked to the French
 * stems of its renderings; French words linked through their own stem. Two
 * tokens link when they share an id.
 */
function tinyLexicon(entries: Record<string, string[]>, english: Record<string, string[]> = {}): MiningLexicon {
  const ids = new Map<string, number>()
  const id = (key: string): number => {
    let found = ids.get(key)
    if (found === undefined) ids.set(key, (found = ids.size))
    return found
  }
  const stemsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 3).map((word) => stemWord(word, 'fr'))
  const longest = Math.max(...Object.keys(entries).map((word) => word.length))
  const chineseWords = (text: string): Array<{ start: number; end: number; text: string; known: boolean }> => {
    const words: Array<{ start: number; end: number; text: string; known: boolean }> = []
    for (let at = 0; at < text.length; ) {
      if (!/\p{Script=Han}/u.test(text[at]!)) {
        at++
        continue
      }
      let length = Math.min(longest, text.length - at)
      while (length > 1 && entries[text.slice(at, at + length)] === undefined) length--
      const word = text.slice(at, at + length)
      words.push({ start: at, end: at + length, text: word, known: entries[word] !== undefined })
      at += length
    }
    return words
  }
  type Tiny = PreparedText & { links: number[][] }
  const prepare = (text: string, lang: string): Tiny => {
    const tokens: Array<{ start: number; end: number; text: string; weight: number }> = []
    const links: number[][] = []
    if (lang === 'zh') {
      for (const word of chineseWords(text)) {
        tokens.push({ ...word, weight: word.text.length >= 2 ? 1 : 0.5 })
        links.push((entries[word.text] ?? []).flatMap(stemsOf).map((stem) => id(stem)))
      }
    } else {
      for (const match of text.matchAll(/\p{L}+/gu)) {
        if (match[0].length <= 3) continue
        tokens.push({ start: match.index!, end: match.index! + match[0].length, text: match[0], weight: 1 })
        links.push([id(stemWord(match[0].toLowerCase(), 'fr'))])
      }
    }
    const all = Int32Array.from(links.flat()).sort()
    return { tokens, ids: all, weightSum: tokens.reduce((sum, token) => sum + token.weight, 0), links }
  }
  return {
    prepare,
    chineseWords,
    stemOf: (word, lang) => stemWord(word.toLowerCase(), lang),
    toSimplified: (text) => text,
    renderingsOf: (zh, lang) => ((lang === 'en' ? english[zh] : entries[zh]) ?? []).map((text) => ({ text, weight: 1 })),
    translationLinks: (a, b) => {
      const left = a as Tiny
      const right = b as Tiny
      const found: ReturnType<MiningLexicon['translationLinks']> = []
      left.tokens.forEach((token, i) => right.tokens.forEach((other, j) => {
        if (left.links[i]!.some((key) => right.links[j]!.includes(key))) found.push({ a: { start: token.start, end: token.end }, b: { start: other.start, end: other.end }, weight: 1, source: 'tiny' })
      }))
      return found
    }
  }
}

const lexicon = tinyLexicon({
  外长: ['ministre des Affaires étrangères'],
  表示: ['déclarer'],
  双方: ['deux parties'],
  同意: ['convenir'],
  加强: ['renforcer'],
  气候: ['climat', 'climatique'],
  合作: ['coopération'],
  共同: ['ensemble'],
  应对: ['relever', 'faire face'],
  全球: ['mondial'],
  挑战: ['défi'],
  港口: ['port'],
  建设: ['construction'],
  问题: ['question']
}, { 表示: ['state', 'express'] })

// A readout opens on who met whom (its lead), then says what was said.
const lead = '两国外长举行会谈。'
const original = `${lead}外长表示,双方同意加强气候合作,共同应对全球挑战。港口建设将继续。`
const agency = 'Le ministre des Affaires étrangères a déclaré que les deux parties sont convenues de renforcer leur coopération climatique. Elles entendent relever ensemble les défis mondiaux.'
const daily = 'Selon le ministre, les deux parties vont renforcer la coopération sur le climat. Il a aussi parlé de sport.'

function documentOf(doc: string, text: string, event: string): MiningDocument {
  return { segmented: simpleSegments(doc, text), outlet: `outlet-${doc}`, date: '2025-01-01', event }
}

describe('mining the coverage of an event', () => {
  const documents = [documentOf('readout', original, 'talks'), documentOf('agency', agency, 'talks'), documentOf('daily', daily, 'talks')]

  it('pairs each clause of the Chinese original with the span of each other document that renders it, offsets into the documents', () => {
    const result = mineCorpus(documents, { lexicon })
    const clauses = result.candidates.filter((candidate) => candidate.method === 'rendered-clause')
    expect(clauses.map((candidate) => [candidate.evidence.rendering.doc, candidate.source.text, candidate.rendering.text])).toEqual([
      ['agency', '双方同意加强气候合作', 'les deux parties sont convenues de renforcer leur coopération climatique'],
      ['daily', '双方同意加强气候合作', 'les deux parties vont renforcer la coopération sur le climat']
    ])
    for (const candidate of clauses) {
      const rendering = candidate.evidence.rendering
      const source = candidate.evidence.source!
      const text = documents.find((document) => document.segmented.doc === rendering.doc)!.segmented.text
      expect(text.slice(rendering.start, rendering.end)).toBe(rendering.text)
      expect(original.slice(source.start, source.end)).toBe(source.text)
      expect(candidate.evidence.anchors.length).toBeGreaterThanOrEqual(2)
    }
    // The clause rendered by one document only is proposed when one document is enough.
    const single = mineCorpus(documents, { lexicon, minRenderingDocuments: 1 })
    // (widened towards the clause's expected length over an unlinked verb: links are sparse in real text)
    expect(single.candidates.some((candidate) => candidate.source.text === '共同应对全球挑战' && candidate.rendering.text.endsWith('relever ensemble les défis mondiaux'))).toBe(true)
    expect(mineCorpus(documents, { lexicon, minRenderingDocuments: 3 }).candidates.filter((candidate) => candidate.method === 'rendered-clause')).toEqual([])
  })

  it('lists the phrases found inside a pair as its parts, and scores each pair by the calibrated model from the figures of its evidence', () => {
    const result = mineCorpus(documents, { lexicon })
    expect(result.candidates.every((candidate) => candidate.method !== 'rendered-phrase')).toBe(true)
    const agency = result.candidates.find((candidate) => candidate.evidence.rendering.doc === 'agency')!
    const parts = agency.parts ?? []
    expect(parts.map((part) => [part.method, part.source.text, part.rendering.text])).toContainEqual(['rendered-phrase', '加强气候合作', 'renforcer leur coopération climatique'])
    for (const part of parts) {
      expect(part.evidence.rendering.start).toBeGreaterThanOrEqual(agency.evidence.rendering.start)
      expect(part.evidence.rendering.end).toBeLessThanOrEqual(agency.evidence.rendering.end)
    }
    for (const candidate of result.candidates) {
      expect(candidate.score).toBeCloseTo(calibratedScore(candidate.evidence.figures!), 3)
      expect(candidate.score).toBeGreaterThanOrEqual(coverageModel.threshold)
    }
    // With calibrating, every passage rendering comes out, whatever its score.
    expect(mineCorpus(documents, { lexicon, calibrating: true, minRenderingDocuments: 1 }).candidates.length).toBeGreaterThanOrEqual(result.candidates.length)
  })

  it('proposes a clause that outlets render in different words as a new concept, with one rendering per outlet', () => {
    const { proposals } = mineCorpus(documents, { lexicon })
    expect(proposals).toHaveLength(1)
    expect(proposals[0]!.text).toBe('双方同意加强气候合作')
    expect(proposals[0]!.renderings.map((rendering) => [rendering.outlet, rendering.text])).toEqual([
      ['outlet-agency', 'les deux parties sont convenues de renforcer leur coopération climatique'],
      ['outlet-daily', 'les deux parties vont renforcer la coopération sur le climat']
    ])
    expect(proposals[0]!.outlets).toBe(2)
    expect(proposals[0]!.difference).toBeGreaterThan(0)
  })

  it('proposes nothing for the lead of an original (its title lines and first full sentence): every report repeats who met whom', () => {
    const leadOnly = [documentOf('readout', original.slice(lead.length), 'talks'), documentOf('agency', agency, 'talks'), documentOf('daily', daily, 'talks')]
    expect(mineCorpus(leadOnly, { lexicon }).candidates.filter((candidate) => candidate.method === 'rendered-clause')).toEqual([])
  })

  it('searches no rendering of a prepositional frame (在…上: where, when, on what subject), only of the clause it sets the scene for', () => {
    const framed = `${lead}在港口建设问题上,双方同意加强气候合作。`
    const withFrame = [
      documentOf('readout', framed, 'talks'),
      documentOf('agency', 'Sur la question de la construction du port, les deux parties sont convenues de renforcer leur coopération climatique.', 'talks'),
      documentOf('daily', 'Sur la question de la construction portuaire du port, les deux parties vont renforcer la coopération sur le climat.', 'talks')
    ]
    const sources = mineCorpus(withFrame, { lexicon }).candidates.map((candidate) => candidate.source.text)
    expect(sources).toContain('双方同意加强气候合作')
    expect(sources.some((source) => source.includes('在港口建设问题上'))).toBe(false)
  })

  it('compares documents only within their event', () => {
    const apart = [documentOf('readout', original, 'talks'), documentOf('agency', agency, 'summit'), documentOf('daily', daily, 'summit')]
    expect(mineCorpus(apart, { lexicon }).candidates).toEqual([])
  })

  it('finds nothing, and does not fail, for an event without a Chinese document or without other documents', () => {
    expect(mineCorpus([documentOf('agency', agency, 'x'), documentOf('daily', daily, 'x')], { lexicon }).candidates).toEqual([])
    expect(mineCorpus([documentOf('readout', original, 'x')], { lexicon }).candidates).toEqual([])
    expect(mineCorpus([documentOf('readout', original, 'x'), documentOf('other', '港口建设。', 'x')], { lexicon }).candidates).toEqual([])
  })
})
