// The bulk import's deferred upkeep (search indexes and the compiled
// glossary's triggers dropped while it writes, brought back at its end, in
// its transaction) and its check of repeated concept ids against the
// database.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ConceptEntry } from '@renderings/types'
import { closeStore, glossaryStats, importConcepts, importTermIndex, loadTermIndex, openStore, searchConcepts, type GlossaryStore } from '@renderings/glossary-store'
import { sampleIndex, temporaryFolder } from './fixtures.js'

const folder = temporaryFolder()
let counter = 0

function concept(id: string, ...texts: string[]): ConceptEntry {
  return {
    id,
    sourceLang: 'fr',
    sourceText: texts[0]!,
    terms: texts.map((text, position) => ({ conceptId: id, lang: position === 0 ? 'fr' : 'vi', text, status: 'admitted', isSource: position === 0, attestations: [] }))
  }
}

/** Enough concepts for several batches, so the indexes are dropped after the first. */
function manyConcepts(count: number, prefix = 'c'): ConceptEntry[] {
  return Array.from({ length: count }, (_, index) => concept(`${prefix}${index}`, `ordre numéro ${prefix}${index} d’après-guerre`, `trật tự số ${prefix}${index}`))
}

async function schema(store: GlossaryStore): Promise<unknown[]> {
  return store.db.all("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
}

async function searchIndexIsWhole(store: GlossaryStore): Promise<void> {
  // FTS5 checks its index against the renderings table (content=): it throws if a row is missing or extra.
  await store.db.run("INSERT INTO renderings_fts (renderings_fts, rank) VALUES ('integrity-check', 1)")
  const indexed = await store.db.get<{ count: number }>("SELECT count(*) AS count FROM renderings_fts WHERE renderings_fts MATCH '\"ord\"'")
  const stored = await store.db.get<{ count: number }>("SELECT count(*) AS count FROM renderings WHERE folded LIKE '%ord%'")
  expect(indexed!.count).toBe(stored!.count)
}

describe('bulk import', () => {
  it('should leave the schema as it was and every search index whole, into an empty glossary and into a larger one', async () => {
    const opened = await openStore(join(folder, `bulk-${counter++}.sqlite`))
    const before = await schema(opened)
    // A compiled glossary's token: any write makes it stale (the import deletes it once instead of by trigger).
    await opened.db.run("INSERT INTO compiled_glossary (id, token) VALUES (1, 'current')")
    // Empty: the b-tree indexes are dropped after the first batch and built at the end.
    await importConcepts(opened, manyConcepts(25_000))
    expect(await schema(opened)).toEqual(before)
    expect(await opened.db.all('SELECT token FROM compiled_glossary')).toEqual([])
    await opened.db.run("INSERT INTO compiled_glossary (id, token) VALUES (1, 'current')")
    await opened.db.run("UPDATE concepts SET note = 'the triggers are back' WHERE id = 'c1'")
    expect(await opened.db.all('SELECT token FROM compiled_glossary')).toEqual([])
    await searchIndexIsWhole(opened)
    // Larger than the import: indexes kept, only the search index is filled at the end.
    await importConcepts(opened, manyConcepts(300, 'merged'))
    await importTermIndex(opened, sampleIndex)
    expect(await schema(opened)).toEqual(before)
    await searchIndexIsWhole(opened)
    expect((await searchConcepts(opened, 'numero merged12 d')).map((hit) => hit.conceptId)).toContain('merged12')
    expect((await searchConcepts(opened, 'trat tu so c24999')).map((hit) => hit.conceptId)).toEqual(['c24999'])
    expect((await searchConcepts(opened, '国际秩序')).map((hit) => hit.conceptId)).toEqual(['post-war-international-order'])
    const plan = await opened.db.all<{ detail: string }>("EXPLAIN QUERY PLAN SELECT id FROM renderings WHERE folded = 'x'")
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/USING (COVERING )?INDEX renderings_folded/)
    await closeStore(opened)
  })

  it('should leave the glossary and its indexes as they were when the source fails half-way', async () => {
    const opened = await openStore(join(folder, `bulk-${counter++}.sqlite`))
    await importTermIndex(opened, sampleIndex)
    const before = { schema: await schema(opened), index: await loadTermIndex(opened) }
    async function* failing(): AsyncGenerator<ConceptEntry> {
      yield* manyConcepts(25_000)
      throw new Error('the file ends in the middle of an entry')
    }
    await expect(importConcepts(opened, failing())).rejects.toThrow(/ends in the middle/)
    expect(await schema(opened)).toEqual(before.schema)
    expect(await loadTermIndex(opened)).toEqual(before.index)
    await searchIndexIsWhole(opened)
    await closeStore(opened)
  })

  it('should hand over the concepts this import already wrote, in one batch or across batches, and write the rest', async () => {
    const opened = await openStore(join(folder, `bulk-${counter++}.sqlite`))
    await importTermIndex(opened, sampleIndex)
    const repeated: string[] = []
    const source = [
      concept('rare-earths', 'terres rares', 'đất hiếm'), // in the glossary already: merged, not repeated
      ...manyConcepts(12_000),
      concept('c5', 'autre chose'),
      concept('rare-earths', 'terres rares encore'),
      concept('c11999', 'encore une')
    ]
    const summary = await importConcepts(opened, source, { onRepeated: (entry) => repeated.push(`${entry.id}:${entry.sourceText}`) })
    expect(repeated).toEqual(['c5:autre chose', 'rare-earths:terres rares encore', 'c11999:encore une'])
    expect(summary).toEqual({ concepts: 12_001, renderings: 24_002, attestations: 0 })
    expect((await glossaryStats(opened)).concepts).toBe(12_003)
    const [rare] = (await loadTermIndex(opened)).concepts.filter((entry) => entry.id === 'rare-earths')
    expect(rare!.terms.map((term) => term.text)).not.toContain('terres rares encore')
    // Throwing refuses the whole import.
    await expect(importConcepts(opened, [concept('x', 'x'), concept('x', 'y')], { onRepeated: () => { throw new Error('repeated x') } })).rejects.toThrow('repeated x')
    expect((await glossaryStats(opened)).concepts).toBe(12_003)
    // The refused import's temporary table went with its transaction: the next import starts afresh.
    expect(await importConcepts(opened, [concept('x', 'x')], { onRepeated: () => { throw new Error('not repeated') } })).toEqual({ concepts: 1, renderings: 1, attestations: 0 })
    await closeStore(opened)
  })
})
