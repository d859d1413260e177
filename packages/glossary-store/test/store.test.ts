import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as store from '@renderings/glossary-store'
import {
  addAttestation,
  addConcept,
  addRendering,
  closeStore,
  getConcepts,
  glossaryStats,
  importTermIndex,
  listOutlets,
  loadTermIndex,
  openStore,
  schemaVersion,
  searchConcepts
} from '@renderings/glossary-store'
import { sampleIndex, temporaryFolder } from './fixtures.js'

const folder = temporaryFolder()
let counter = 0
async function sampleStore() {
  const opened = await openStore(join(folder, `store-${counter++}.sqlite`))
  await importTermIndex(opened, sampleIndex)
  return opened
}

describe('@renderings/glossary-store', () => {
  it('should expose the public api', () => {
    expect(Object.keys(store).sort()).toEqual([
      'acceptCandidate', 'addAttestation', 'addCandidates', 'addConcept', 'addRendering', 'closeStore', 'compareTerms', 'compiledGlossaryPath', 'compiledGlossaryProblem',
      'defaultDatabasePath', 'getConcepts', 'glossaryStats', 'importConcepts', 'importTermIndex', 'listCandidates', 'listOutlets', 'loadTermIndex',
      'openStore', 'readCompiledGlossary', 'readCompiledGlossaryAhead', 'refreshCompiledGlossary', 'rejectCandidate', 'schemaVersion', 'searchConcepts', 'withStore', 'writeDocuments', 'writeOutlets'
    ])
  })

  it('should version the schema, use WAL and enforce foreign keys', async () => {
    const opened = await sampleStore()
    expect(await opened.db.get('PRAGMA user_version')).toEqual({ user_version: schemaVersion })
    expect(await opened.db.get('PRAGMA journal_mode')).toEqual({ journal_mode: 'wal' })
    expect(await opened.db.get('PRAGMA foreign_keys')).toEqual({ foreign_keys: 1 })
    await expect(opened.db.run("INSERT INTO renderings (concept_id, lang, text, folded, status) VALUES ('nope', 'fr', 'x', 'x', 'admitted')")).rejects.toThrow(/refuses this change/)
    await closeStore(opened)
  })

  it('should round-trip a TermIndex through import and load', async () => {
    const opened = await sampleStore()
    const loaded = await loadTermIndex(opened)
    expect(loaded.concepts.map((concept) => concept.id)).toEqual(['post-war-international-order', 'rare-earths', 'xi-jinping'])
    const order = loaded.concepts[0]!
    expect(order.contested).toBe('frames Taiwan as part of the 1945 settlement')
    expect(order.terms.map((term) => `${term.lang}:${term.status}:${term.text}`)).toEqual([
      'zh:preferred:战后国际秩序',
      'fr:preferred:ordre international d’après-guerre',
      'fr:admitted:ordre international post-guerre'
    ])
    expect(order.terms[1]!.attestations).toEqual(sampleIndex.concepts[0]!.terms[1]!.attestations)
    expect(order.terms[2]!.note).toBe('calque')
    // Importing twice changes nothing.
    await importTermIndex(opened, sampleIndex)
    expect(await loadTermIndex(opened)).toEqual(loaded)
    await closeStore(opened)
  })

  it('should find concepts exactly, by Chinese substring, accent-insensitively and in reverse', async () => {
    const opened = await sampleStore()
    const ids = async (query: string, options = {}) => (await searchConcepts(opened, query, options)).map((hit) => `${hit.conceptId}/${hit.kind}`)
    expect(await ids('战后国际秩序')).toEqual(['post-war-international-order/exact'])
    expect(await ids('国际秩序')).toEqual(['post-war-international-order/substring'])
    expect(await ids('近平')).toEqual(['xi-jinping/substring'])
    expect(await ids('稀')).toEqual(['rare-earths/substring'])
    expect(await ids('tap can binh')).toEqual(['xi-jinping/folded'])
    expect(await ids('TẬP CẬN BÌNH')).toEqual(['xi-jinping/folded'])
    expect(await ids('apres-guerre')).toEqual(['post-war-international-order/folded-substring'])
    expect(await ids("ordre international d'après-guerre")).toEqual(['post-war-international-order/folded'])
    expect(await ids('dat hiem')).toEqual(['rare-earths/folded'])
    expect(await ids('terres rares')).toEqual(['rare-earths/exact'])
    expect(await ids('terres rares', { lang: 'vi' })).toEqual([])
    expect(await ids('nothing like it')).toEqual([])
  })

  it('should rank an exact match before substrings', async () => {
    const opened = await sampleStore()
    await addConcept(opened, { id: 'international-order', sourceLang: 'zh', sourceText: '国际秩序' })
    const hits = await searchConcepts(opened, '国际秩序')
    expect(hits.map((hit) => hit.conceptId)).toEqual(['international-order', 'post-war-international-order'])
  })

  it('should treat hostile query text as text', async () => {
    const opened = await sampleStore()
    for (const query of ["'; DROP TABLE concepts; --", '" OR 1', 'text : "x" NEAR', '%', '_', '*', '\u200b']) {
      await expect(searchConcepts(opened, query)).resolves.toEqual([])
    }
    expect((await glossaryStats(opened)).concepts).toBe(3)
  })

  it('should load concepts with their outlets and attestation counts', async () => {
    const opened = await sampleStore()
    const [order] = await getConcepts(opened, ['post-war-international-order'])
    const fr = order!.terms.filter((term) => term.lang === 'fr')
    expect(fr.map((term) => term.outlets)).toEqual([[{ outlet: 'Outlet A', count: 1 }], [{ outlet: 'Outlet B', count: 1 }]])
    const [filtered] = await getConcepts(opened, ['post-war-international-order'], { outlet: 'outlet b' })
    expect(filtered!.terms.flatMap((term) => term.attestations.map((attestation) => attestation.outlet))).toEqual(['Outlet B'])
    expect(await listOutlets(opened)).toEqual([
      { name: 'Outlet A', evidence: null, documents: 1, attestations: 1 },
      { name: 'Outlet B', evidence: null, documents: 1, attestations: 1 }
    ])
  })

  it('should validate what is added', async () => {
    const opened = await sampleStore()
    await expect(addRendering(opened, { conceptId: 'xi-jinping', lang: 'fr', text: 'Xi Jinping' })).rejects.toThrow(/duplicate rendering/)
    await expect(addRendering(opened, { conceptId: 'xi-jinping', lang: 'fr', text: 'xi jinping' })).rejects.toThrow(/duplicate rendering/)
    await expect(addRendering(opened, { conceptId: 'xi-jinping', lang: 'fr', text: '   ' })).rejects.toThrow(/rendering text is empty/)
    await expect(addRendering(opened, { conceptId: 'nobody', lang: 'fr', text: 'X' })).rejects.toThrow(/no concept "nobody"/)
    await expect(addConcept(opened, { id: 'xi-jinping', sourceLang: 'zh', sourceText: '习' })).rejects.toThrow(/duplicate concept/)
    await addRendering(opened, { conceptId: 'xi-jinping', lang: 'fr', text: 'président Xi', status: 'admitted' })
    await expect(addAttestation(opened, { conceptId: 'xi-jinping', lang: 'fr', rendering: 'président Xi', doc: 'new-doc', sentence: 0, start: 0, end: 12, text: 'président Xi', origin: 'curated' })).rejects.toThrow(/give its outlet/)
    await addAttestation(opened, { conceptId: 'xi-jinping', lang: 'fr', rendering: 'président Xi', doc: 'new-doc', outlet: 'Outlet C', sentence: 0, start: 0, end: 12, text: 'président Xi', origin: 'curated' })
    await expect(addAttestation(opened, { conceptId: 'xi-jinping', lang: 'fr', rendering: 'président Xi', doc: 'new-doc', sentence: 0, start: 0, end: 12, text: 'président Xi', origin: 'curated' })).rejects.toThrow(/duplicate attestation/)
    const stats = await glossaryStats(opened)
    expect([stats.renderings, stats.attestations, stats.outlets]).toEqual([10, 3, 3])
  })

  it('should refuse a missing database when opening read-only, and a file that is not SQLite', async () => {
    await expect(openStore(join(folder, 'missing.sqlite'), { readonly: true })).rejects.toThrow(/missing\.sqlite: no glossary database here/)
    const { writeFileSync } = await import('node:fs')
    const bogus = join(folder, 'bogus.sqlite')
    writeFileSync(bogus, 'this is not a database, just some text that is long enough to have a header'.repeat(20))
    await expect(openStore(bogus)).rejects.toThrow(/bogus\.sqlite: is not a glossary database/)
  })
})
