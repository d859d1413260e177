import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { acceptCandidate, addCandidates, getConcepts, importTermIndex, listCandidates, openStore, rejectCandidate } from '@renderings/glossary-store'
import { sampleIndex, temporaryFolder } from './fixtures.js'

const folder = temporaryFolder()

describe('the review queue', () => {
  it('should queue candidates, accept one as admitted with a mined attestation, and reject another', async () => {
    const store = await openStore(join(folder, 'queue.sqlite'))
    await importTermIndex(store, sampleIndex)
    const ids = await addCandidates(store, [
      {
        conceptId: 'post-war-international-order',
        lang: 'fr',
        text: 'ordre mondial d’après-guerre',
        method: 'quoted-original',
        score: 0.9,
        outlet: 'Outlet C',
        evidence: { doc: 'doc-c', sentence: 4, start: 100, end: 128, text: 'ordre mondial d’après-guerre', source: { doc: 'doc-c', sentence: 4, text: '战后国际秩序' } }
      },
      { sourceText: '关税', sourceLang: 'zh', lang: 'fr', text: 'droits de douane', method: 'alignment', origin: 'aligned', score: 0.4, evidence: { doc: 'doc-a', sentence: 1, start: 3, end: 19, text: 'droits de douane' } }
    ])
    expect(ids).toHaveLength(2)
    expect((await listCandidates(store, { status: 'pending' })).map((candidate) => [candidate.id, candidate.text, candidate.origin])).toEqual([
      [ids[0], 'ordre mondial d’après-guerre', 'mined'],
      [ids[1], 'droits de douane', 'aligned']
    ])

    await acceptCandidate(store, ids[0]!)
    const [order] = await getConcepts(store, ['post-war-international-order'])
    const accepted = order!.terms.find((term) => term.text === 'ordre mondial d’après-guerre')!
    expect(accepted.status).toBe('admitted')
    expect(accepted.attestations).toEqual([
      { doc: 'doc-c', outlet: 'Outlet C', date: 'unknown', sentence: 4, start: 100, end: 128, text: 'ordre mondial d’après-guerre', origin: 'mined' }
    ])
    await expect(acceptCandidate(store, ids[0]!)).rejects.toThrow(/already accepted/)

    await acceptCandidate(store, ids[1]!, { conceptId: 'tariffs', status: 'preferred' })
    const [tariffs] = await getConcepts(store, ['tariffs'])
    expect(tariffs!.terms.map((term) => [term.lang, term.text, term.status, term.isSource, term.attestations.map((a) => a.origin)])).toEqual([
      ['zh', '关税', 'preferred', true, []],
      ['fr', 'droits de douane', 'preferred', false, ['aligned']]
    ])

    const [third] = await addCandidates(store, [{ conceptId: 'xi-jinping', lang: 'fr', text: 'M. Xi', method: 'quoted-original', score: 0.1, evidence: { doc: 'doc-a', sentence: 0, start: 0, end: 5, text: 'M. Xi' } }])
    await rejectCandidate(store, third!, 'a title, not a rendering')
    const rejected = await listCandidates(store, { status: 'rejected' })
    expect(rejected.map((candidate) => [candidate.text, candidate.reason])).toEqual([['M. Xi', 'a title, not a rendering']])
    expect((await listCandidates(store)).map((candidate) => candidate.status).sort()).toEqual(['accepted', 'accepted', 'rejected'])
  })

  it('should refuse a candidate with no concept and no source', async () => {
    const store = await openStore(join(folder, 'bad.sqlite'))
    await expect(addCandidates(store, [{ lang: 'fr', text: 'x', method: 'm', score: 1, evidence: { doc: 'd', sentence: 0, start: 0, end: 1, text: 'x' } }])).rejects.toThrow(/names neither a concept/)
    await expect(acceptCandidate(store, 42)).rejects.toThrow(/no candidate 42/)
  })
})
