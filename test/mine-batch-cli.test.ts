// `renderings mine --batch` end to end through the built CLI: an event of
// the seeds, and each event of the outlets development corpus, gives what
// `renderings mine --json --dry-run` gives on its documents,
// events are answered in order and each on its own, a bad event is answered
// in place, and nothing is queued.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { jsonLines } from './support/batch-corpus.js'
import { cliBin, devDataFolder, repositoryRoot, seedsFolder } from './support/paths.js'

const scratch = mkdtempSync(join(tmpdir(), 'renderings-mine-batch-'))
// A database that does not exist: both runs mine with the curated glossary, and the batch must not create it.
const database = join(scratch, 'renderings.sqlite')
const outletsFolder = join(devDataFolder, 'outlets')

function renderings(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cliBin, ...args], {
    cwd: repositoryRoot,
    input,
    encoding: 'utf8',
    env: { ...process.env, RENDERINGS_DB: database },
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000
  })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

interface ManifestEntry {
  id: string
  file: string
  outlet: string
  date: string
  languages: string[]
}

const seeds = (JSON.parse(readFileSync(join(seedsFolder, 'manifest.json'), 'utf8')) as { documents: ManifestEntry[] }).documents.map((entry) => ({
  id: entry.id,
  outlet: entry.outlet,
  date: entry.date,
  lang: entry.languages,
  text: readFileSync(join(seedsFolder, entry.file), 'utf8')
}))

describe.skipIf(!existsSync(cliBin))('renderings mine --batch', () => {
  it('answers an event of the seeds with the candidates renderings mine finds in them, and each event on its own, in order; queues nothing', () => {
    const single = renderings(['mine', seedsFolder, '--json', '--dry-run'])
    expect(single.code, single.stderr).toBe(0)
    const expected = JSON.parse(single.stdout) as { candidates: unknown[]; unpaired: unknown[]; proposals: unknown[] }
    expect(expected.candidates.length).toBeGreaterThan(10)
    const input = jsonLines([
      { event: 'call-24-november', documents: seeds },
      { event: 'first-two', documents: seeds.slice(0, 2) },
      { event: 7, documents: [] },
      { event: 'call-24-november-again', documents: seeds }
    ])
    const result = renderings(['mine', '--batch'], input)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const answers = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: unknown; candidates?: Array<{ evidence: { rendering: { doc: string } } }>; unpaired?: unknown[]; proposals?: unknown[]; error?: string })
    expect(answers.map((answer) => answer.event)).toEqual(['call-24-november', 'first-two', 7, 'call-24-november-again'])
    expect(answers[0]!.candidates).toEqual(expected.candidates)
    expect(answers[0]!.unpaired).toEqual(expected.unpaired)
    expect(answers[0]!.proposals).toEqual(expected.proposals)
    expect(answers[3]).toEqual({ ...answers[0], event: 'call-24-november-again' })
    // The two-document event is mined alone: no candidate from the others.
    const firstTwo = new Set(seeds.slice(0, 2).map((seed) => seed.id))
    expect(answers[1]!.candidates!.length).toBeGreaterThan(0)
    expect(answers[1]!.candidates!.every((candidate) => firstTwo.has(candidate.evidence.rendering.doc))).toBe(true)
    expect(answers[2]).toEqual({ event: 7, error: '"documents" must be a non-empty array of {"id", "text", …}' })
    expect(existsSync(database)).toBe(false)
  })

  it.skipIf(!existsSync(outletsFolder))('answers each event of the outlets development corpus as renderings mine answers its folder', async () => {
    const { loadCorpus } = await import('@renderings/corpus')
    const folders = readdirSync(outletsFolder, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(outletsFolder, entry.name)).sort()
    const records = await Promise.all(
      folders.map(async (folder) => ({
        event: basename(folder),
        documents: (await loadCorpus([folder])).map((document) => ({ id: document.id, outlet: document.outlet, date: document.date, lang: document.languages, text: document.text }))
      }))
    )
    const result = renderings(['mine', '--batch'], jsonLines(records))
    expect(result.stderr).toBe('')
    const answers = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { event: string; candidates: unknown[]; proposals: unknown[] })
    expect(answers.map((answer) => answer.event)).toEqual(folders.map((folder) => basename(folder)))
    for (const [index, folder] of folders.entries()) {
      const alone = JSON.parse(renderings(['mine', folder, '--json', '--dry-run']).stdout) as { candidates: unknown[]; proposals: unknown[] }
      expect(alone.candidates.length, folder).toBeGreaterThan(0)
      expect(answers[index]!.candidates, folder).toEqual(alone.candidates)
      expect(answers[index]!.proposals, folder).toEqual(alone.proposals)
    }
  })

  it('answers a bad event with {"event", "error"} in place and goes on', () => {
    const text = 'Une phrase.'
    const input = jsonLines([
      { event: 'a', documents: [{ id: 'x' }] },
      { event: 'b', documents: [{ id: 'x', text }, { id: 'x', text }] },
      { event: 'c', documents: [{ id: 'x', text, lang: 'French' }] },
      { event: 'd', documents: [{ id: 'x', text, outlet: 3 }] },
      { documents: [{ id: 'x', text }] },
      { event: 'e', documents: [{ id: 'x', text, lang: ['fr', 'vi'] }] }
    ])
    const result = renderings(['mine', '--batch'], input)
    expect(result.code).toBe(0)
    const answers = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { event: unknown; error?: string })
    expect(answers.map((answer) => [answer.event, answer.error])).toEqual([
      ['a', 'documents[0] ("x") has no "text" (a string)'],
      ['b', 'documents[1]: two documents have the id "x"'],
      ['c', 'documents[0]: "lang" "French" is not a language code (expected ISO 639-1 such as fr, vi, zh)'],
      ['d', 'documents[0]: "outlet" must be a string'],
      [null, 'no "event"'],
      ['e', undefined]
    ])
  })

  it('refuses options that do not go with --batch, in one line', () => {
    for (const args of [
      ['mine', '--batch', '--json'],
      ['mine', '--batch', 'a.jsonl', 'b.jsonl']
    ]) {
      const result = renderings(args, '')
      expect(result.code).toBe(2)
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    }
  })
})
