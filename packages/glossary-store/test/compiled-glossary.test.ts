// The compiled glossary kept beside a database: written after every write
// session, restored by the check, and never used once anything it was
// compiled from has changed, whoever changed it.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sqlite3 from 'sqlite3'
import { describe, expect, it } from 'vitest'
import {
  acceptCandidate,
  addAttestation,
  addCandidates,
  addRendering,
  closeStore,
  compiledGlossaryPath,
  compiledGlossaryProblem,
  importTermIndex,
  loadTermIndex,
  openStore,
  readCompiledGlossary,
  readCompiledGlossaryAhead,
  refreshCompiledGlossary,
  withStore,
  type GlossaryStore
} from '@renderings/glossary-store'
import { createChecker, restoreChecker } from '@renderings/retext-renderings'
import { sampleIndex, temporaryFolder } from './fixtures.js'

const folder = temporaryFolder()
let counter = 0

async function importedDatabase(): Promise<string> {
  const path = join(folder, `compiled-${counter++}.sqlite`)
  await withStore(path, {}, (store) => importTermIndex(store, sampleIndex))
  return path
}

function readOnly<Result>(path: string, work: (store: GlossaryStore) => Promise<Result>): Promise<Result> {
  return withStore(path, { readonly: true }, work)
}

/** What a checker finds in a text, as plain data. */
function findings(checker: ReturnType<typeof createChecker>, text: string): unknown {
  const document = checker.document('text.txt')
  document.add(text)
  return document.finish().findings
}

const text = 'Il défend l’ordre international post-guerre. Xi Jinping parle des terres rares.'

/** Run SQL on the database with a connection of its own, as another tool would. */
function otherTool(path: string, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (error) => {
      if (error) return reject(error)
      db.exec(sql, (failure) => db.close(() => (failure ? reject(failure) : resolve())))
    })
  })
}

describe('the compiled glossary', () => {
  it('should be written by a write session and restore a checker that finds what a compiled one finds', async () => {
    const path = await importedDatabase()
    expect(existsSync(compiledGlossaryPath(path))).toBe(true)
    const bytes = await readOnly(path, readCompiledGlossary)
    expect(bytes).toBeDefined()
    const index = await readOnly(path, loadTermIndex)
    const policy = { preferred: { 'post-war-international-order': { fr: 'ordre international d’après-guerre' } }, forbidden: { 'rare-earths': { fr: 'terres rares' } } }
    expect(findings(restoreChecker(bytes!, { policy })!, text)).toEqual(findings(createChecker(index, policy), text))
    expect(findings(restoreChecker(bytes!)!, text)).toEqual(findings(createChecker(index), text))
  })

  it('should say why a database has no current compiled glossary, and nothing when it has one', async () => {
    const path = await importedDatabase()
    const file = compiledGlossaryPath(path)
    const problem = () => readOnly(path, compiledGlossaryProblem)
    expect(await problem()).toBeUndefined()
    const bytes = readFileSync(file)
    const withHeader = (from: RegExp, to: string) => writeFileSync(file, Buffer.from(bytes.toString('latin1').replace(from, to), 'latin1'))
    withHeader(/"compiler":"[0-9a-f]+"/, `"compiler":"${'0'.repeat(32)}"`)
    expect(await problem()).toBe(`its compiled glossary ${file.split('/').pop()} was compiled by another version of renderings`)
    withHeader(/"token":"[0-9a-f]+"/, `"token":"${'0'.repeat(32)}"`)
    expect(await problem()).toBe(`its compiled glossary ${file.split('/').pop()} belongs to another state of the database`)
    writeFileSync(file, 'not a compiled glossary')
    expect(await problem()).toBe(`its compiled glossary ${file.split('/').pop()} is damaged`)
    writeFileSync(file, bytes)
    expect(await problem()).toBeUndefined()
    await otherTool(path, "DELETE FROM renderings WHERE text = 'terres rares'")
    expect(await problem()).toBe('no compiled glossary (never compiled, or changed since)')
    // Whatever it says, readCompiledGlossary reads nothing.
    expect(await readOnly(path, readCompiledGlossary)).toBeUndefined()
    const second = await importedDatabase()
    rmSync(compiledGlossaryPath(second))
    expect(await readOnly(second, compiledGlossaryProblem)).toBe(`its compiled glossary ${compiledGlossaryPath(second).split('/').pop()} is missing`)
  })

  it('should read only the attestations a caller keeps, each rendering\'s in document order', async () => {
    const path = await importedDatabase()
    await withStore(path, {}, async (store) => {
      for (const [doc, start] of [['doc-z', 5], ['doc-b', 40]] as const) {
        await addAttestation(store, { conceptId: 'post-war-international-order', lang: 'fr', rendering: 'ordre international d’après-guerre', doc, outlet: 'Outlet Z', date: '2024-01-01', sentence: 0, start, end: start + 34, text: 'ordre international d’après-guerre', origin: 'curated' })
      }
    })
    const full = await readOnly(path, loadTermIndex)
    const kept = await readOnly(path, (store) => loadTermIndex(store, { keepAttestations: (list) => list.slice(-1) }))
    expect(kept.concepts.map((concept) => concept.terms.map((term) => term.attestations))).toEqual(full.concepts.map((concept) => concept.terms.map((term) => term.attestations.slice(-1))))
    expect(full.concepts.some((concept) => concept.terms.some((term) => term.attestations.length > 1))).toBe(true)
  })

  it('should not be used once another tool changed the database, and be written again by the next write session', async () => {
    const path = await importedDatabase()
    for (const change of [
      "UPDATE renderings SET status = 'deprecated' WHERE text = 'ordre international post-guerre'",
      "INSERT INTO renderings (concept_id, lang, text, folded, status) VALUES ('rare-earths', 'fr', 'métaux rares', 'metaux rares', 'admitted')",
      "DELETE FROM attestations",
      "UPDATE outlets SET name = name || ' (renamed)'",
      "DELETE FROM concepts WHERE id = 'xi-jinping'"
    ]) {
      await otherTool(path, change)
      expect(await readOnly(path, readCompiledGlossary), change).toBeUndefined()
      // Any write session puts it right, even one that wrote nothing the check reads.
      await withStore(path, {}, (store) => addCandidates(store, []))
      const bytes = await readOnly(path, readCompiledGlossary)
      const index = await readOnly(path, loadTermIndex)
      expect(findings(restoreChecker(bytes!)!, text), change).toEqual(findings(createChecker(index), text))
    }
  })

  it('should be written again after adding a rendering and after accepting a candidate', async () => {
    const path = await importedDatabase()
    await withStore(path, {}, (store) => addRendering(store, { conceptId: 'rare-earths', lang: 'fr', text: 'métaux rares', status: 'deprecated' }))
    let restored = restoreChecker((await readOnly(path, readCompiledGlossary))!)!
    expect(restored.glossary.renderings.map((rendering) => rendering.text)).toContain('métaux rares')
    const store = await openStore(path)
    const [id] = await addCandidates(store, [
      { conceptId: 'rare-earths', lang: 'fr', text: 'terres rares lourdes', method: 'quoted-original', score: 0.9, evidence: { doc: 'doc-a', sentence: 1, start: 0, end: 20, text: 'terres rares lourdes', sentenceText: 'terres rares lourdes' } }
    ])
    await acceptCandidate(store, id!)
    // Stale until the session ends, then written once for all its writes.
    expect(await readCompiledGlossary(store)).toBeUndefined()
    await closeStore(store)
    restored = restoreChecker((await readOnly(path, readCompiledGlossary))!)!
    expect(restored.glossary.renderings.map((rendering) => rendering.text)).toContain('terres rares lourdes')
  })

  it('should refuse a compiled file that is not the one the database recorded', async () => {
    const first = await importedDatabase()
    const second = await importedDatabase()
    // Same glossary, but another compilation: its token is not the one the database holds.
    copyFileSync(compiledGlossaryPath(first), compiledGlossaryPath(second))
    expect(await readOnly(second, readCompiledGlossary)).toBeUndefined()
    // Another compiler's file (its digest differs), or damaged bytes.
    const own = readFileSync(compiledGlossaryPath(first))
    const header = own.subarray(0, 200).toString('latin1')
    const compiler = /"compiler":"([0-9a-f]+)"/.exec(header)![1]!
    writeFileSync(compiledGlossaryPath(first), Buffer.from(own.toString('latin1').replace(compiler, '0'.repeat(compiler.length)), 'latin1'))
    expect(await readOnly(first, readCompiledGlossary)).toBeUndefined()
    writeFileSync(compiledGlossaryPath(first), 'garbage')
    expect(await readOnly(first, readCompiledGlossary)).toBeUndefined()
    // The next write session, even one that writes nothing, compiles it again.
    for (const path of [first, second]) {
      expect(await withStore(path, {}, (store) => refreshCompiledGlossary(store))).toBe(true)
      expect(await readOnly(path, readCompiledGlossary)).toBeDefined()
      expect(await withStore(path, {}, (store) => refreshCompiledGlossary(store))).toBe(false)
    }
  })

  it('should read ahead the bytes it reads itself, and check them as its own', async () => {
    const first = await importedDatabase()
    const second = await importedDatabase()
    const own = await readOnly(first, readCompiledGlossary)
    expect(own).toBeDefined()
    // Read ahead, all of the file; restored from, the same bytes.
    const ahead = readCompiledGlossaryAhead(first)
    expect(Buffer.compare(Buffer.from((await ahead)!), readFileSync(compiledGlossaryPath(first)))).toBe(0)
    const restored = await readOnly(first, (store) => readCompiledGlossary(store, { ahead }))
    expect(Buffer.compare(Buffer.from(restored!), Buffer.from(own!))).toBe(0)
    // Bytes of another compilation (the file replaced after they were read) are refused.
    const foreign = readCompiledGlossaryAhead(second)
    expect(await readOnly(first, (store) => readCompiledGlossary(store, { ahead: foreign }))).toBeUndefined()
    // Nothing to read ahead: undefined, never a rejection, and the store reads the file itself.
    const missing = join(folder, 'no-such.sqlite')
    expect(await readCompiledGlossaryAhead(missing)).toBeUndefined()
    const fallback = await readOnly(first, (store) => readCompiledGlossary(store, { ahead: readCompiledGlossaryAhead(missing) }))
    expect(Buffer.compare(Buffer.from(fallback!), Buffer.from(own!))).toBe(0)
  })

  it('should not compile a glossary above the limit when a session closes, only when asked to', async () => {
    const path = await importedDatabase()
    await otherTool(path, "UPDATE renderings SET note = 'changed' WHERE text = 'terres rares'")
    // Closed without the closing step, which would compile it (the real limit is far above this glossary).
    const store = await openStore(path)
    expect(await refreshCompiledGlossary(store, { limit: 3 })).toBe(false)
    await store.db.close()
    expect(existsSync(compiledGlossaryPath(path))).toBe(false)
    expect(await withStore(path, {}, (store) => refreshCompiledGlossary(store, { limit: 3, always: true }))).toBe(true)
    expect(await readOnly(path, readCompiledGlossary)).toBeDefined()
  })

  it('should keep none for an empty glossary, and read none from a schema 1 database', async () => {
    const empty = join(folder, `empty-${counter++}.sqlite`)
    await withStore(empty, {}, (store) => importTermIndex(store, { concepts: [] }))
    expect(existsSync(compiledGlossaryPath(empty))).toBe(false)
    const old = await importedDatabase()
    await otherTool(old, 'DROP TABLE compiled_glossary; PRAGMA user_version = 1')
    const index = await readOnly(old, async (store) => {
      expect(store.schemaVersion).toBe(1)
      expect(await readCompiledGlossary(store)).toBeUndefined()
      return loadTermIndex(store)
    })
    expect(index.concepts).toHaveLength(3)
  })
})
