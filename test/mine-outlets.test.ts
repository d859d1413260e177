import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { hasOutlets, mineOutlets, outletsFolder, readOutletsGold, scoreOutlets, type MineOutput, type OutletCandidate } from './support/mine-outlets.js'
import { cliBin, repositoryRoot } from './support/paths.js'

const curated = join(repositoryRoot, 'glossary', 'concepts.yaml')

describe('the outlets scorer', () => {
  it.skipIf(!hasOutlets)('counts a gold rendering found when a candidate covers half of it and half of its original, and no more', () => {
    const gold = readOutletsGold()
    const documents: MineOutput['documents'] = []
    const candidates: OutletCandidate[] = []
    const idOf = (path: string): string => {
      let document = documents.find((entry) => entry.path === path)
      if (document === undefined) documents.push((document = { id: `d${documents.length}`, path, event: 'e', outlet: 'o' }))
      return document.id
    }
    const side = (path: string, text: string, start: number, end: number) => ({ doc: idOf(path), start, end, text: text.slice(start, end) })
    for (const line of gold) {
      const zh = readFileSync(line.zhFile, 'utf8')
      const at = zh.indexOf(line.zh)
      for (const rendering of line.renderings) {
        const text = readFileSync(rendering.file, 'utf8')
        const from = text.indexOf(rendering.text)
        // Exactly half of the rendering, and half of the original: found.
        candidates.push({
          id: `c${candidates.length}`, method: 'test', score: 1, source: { lang: 'zh', text: line.zh }, rendering: { lang: 'fr', text: rendering.text },
          evidence: { rendering: side(rendering.file, text, from, from + Math.ceil(rendering.text.length / 2)), source: side(line.zhFile, zh, at, at + Math.ceil(line.zh.length / 2)) }
        })
      }
    }
    const scores = scoreOutlets({ candidates, documents, stats: {} }, gold)
    expect(scores.renderings).toBe(142)
    expect(scores.recall).toBe(1)
    expect(scores.precision).toBe(1)
    // Less than half of each rendering: nothing found, nothing correct.
    const short = candidates.map((candidate) => ({
      ...candidate,
      evidence: { ...candidate.evidence, rendering: { ...candidate.evidence.rendering, end: candidate.evidence.rendering.start + Math.floor((candidate.rendering.text.length - 1) / 2) } }
    }))
    const none = scoreOutlets({ candidates: short, documents, stats: {} }, gold)
    expect(none.found).toBe(0)
    expect(none.correct).toBe(0)
  })
})

describe('renderings mine on the outlets development corpus', () => {
  it.skipIf(!hasOutlets)('finds the hand-marked renderings above the floors, with the curated glossary and with an empty one', () => {
    const gold = readOutletsGold()
    for (const [name, glossary, floors] of [
      ['curated', curated, { recall: CURATED_RECALL_FLOOR, precision: CURATED_PRECISION_FLOOR }],
      ['empty', undefined, { recall: EMPTY_RECALL_FLOOR, precision: EMPTY_PRECISION_FLOOR }]
    ] as const) {
      const scores = scoreOutlets(mineOutlets(glossary).output, gold)
      process.stdout.write(`mine outlets (${name} glossary): recall ${scores.recall.toFixed(3)} (${scores.found}/${scores.renderings}), precision ${scores.precision.toFixed(3)} (${scores.correct}/${scores.candidates})\n`)
      expect(scores.recall).toBeGreaterThanOrEqual(floors.recall)
      expect(scores.precision).toBeGreaterThanOrEqual(floors.precision)
    }
  })
  it.skipIf(hasOutlets)(`skips: no outlets development corpus at ${outletsFolder}`, () => {})
})

// Floors: the figures measured when they were last set (see the mine
// package README: recall 0.704, precision 0.609 with either glossary; the
// calibrated score's threshold keeps recall at the 0.7 target, held out
// and in-sample), minus a margin of about three renderings and a few
// candidates.
const CURATED_RECALL_FLOOR = 0.68
const CURATED_PRECISION_FLOOR = 0.58
const EMPTY_RECALL_FLOOR = 0.68
const EMPTY_PRECISION_FLOOR = 0.58

describe('renderings mine on awkward corpora', () => {
  const root = mkdtempSync(join(tmpdir(), 'renderings-mine-awkward-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const original = '外长表示,双方同意加强气候合作,共同应对全球挑战。中方愿同各方一道,推动构建人类命运共同体。'
  const vocabulary = 'le président chinois a déclaré que les deux parties vont renforcer la coopération climatique et relever ensemble les défis mondiaux selon agence pays économie commerce sécurité paix développement port construction monde politique'.split(' ')
  let seed = 7
  const random = (below: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % below
  }
  const sentence = (): string => {
    const words = Array.from({ length: 8 + random(16) }, () => vocabulary[random(vocabulary.length)]!)
    return `${words.join(' ').replace(/^./u, (first) => first.toUpperCase())}.`
  }
  const page = (bytes: number): string => {
    const paragraphs: string[] = []
    let size = 0
    while (size < bytes) {
      const paragraph = Array.from({ length: 6 }, sentence).join(' ')
      paragraphs.push(paragraph)
      size += Buffer.byteLength(paragraph) + 2
    }
    return paragraphs.join('\n\n')
  }
  const mine = (folder: string) => {
    const started = performance.now()
    const result = spawnSync(process.execPath, [cliBin, 'mine', folder, '--glossary', curated, '--dry-run', '--json'], {
      encoding: 'utf8', cwd: repositoryRoot, timeout: 300_000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, RENDERINGS_DB: '' }
    })
    return { status: result.status, stderr: result.stderr, output: result.status === 0 ? (JSON.parse(result.stdout) as MineOutput) : undefined, seconds: (performance.now() - started) / 1000 }
  }

  it('mines an event without a Chinese document, and a Chinese document without a French counterpart, to no coverage candidate', () => {
    const noChinese = join(root, 'no-chinese')
    mkdirSync(noChinese)
    writeFileSync(join(noChinese, 'afp.fr.txt'), 'Le ministre a déclaré que les deux parties allaient renforcer leur coopération climatique.')
    writeFileSync(join(noChinese, 'reuters.fr.txt'), 'Selon le ministre, les deux parties vont renforcer la coopération sur le climat.')
    const alone = join(root, 'alone')
    mkdirSync(alone)
    writeFileSync(join(alone, 'xinhua.zh.txt'), original)
    writeFileSync(join(alone, 'sport.fr.txt'), 'Le club a remporté le championnat de football après un match disputé samedi soir.')
    for (const folder of [noChinese, alone]) {
      const run = mine(folder)
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      expect(run.output!.candidates.filter((candidate) => candidate.method.startsWith('rendered-'))).toEqual([])
    }
    // Plain files, no manifest: outlet and language from the file name, the folder is the event.
    expect(mine(noChinese).output!.documents.map((document) => [document.id, document.outlet, document.event])).toEqual([
      ['afp.fr', 'afp', 'no-chinese'],
      ['reuters.fr', 'reuters', 'no-chinese']
    ])
  })

  it('mines a 5 MB French page and a 5 MB Chinese page of one event in bounded time', () => {
    const folder = join(root, 'big')
    mkdirSync(folder)
    writeFileSync(join(folder, 'huge.fr.txt'), page(5 * 1024 * 1024))
    const characters = [...'中国美国双方合作发展安全和平经济全球挑战气候港口建设推动构建人类命运共同体外长表示同意加强应对世界各国人民']
    const lines: string[] = []
    for (let size = 0; size < 5 * 1024 * 1024; ) {
      const line = Array.from({ length: 30 }, () => `${Array.from({ length: 6 + random(9) }, () => characters[random(characters.length)]).join('')}${random(4) === 0 ? '。' : '，'}`).join('')
      lines.push(line)
      size += Buffer.byteLength(line) + 1
    }
    writeFileSync(join(folder, 'huge.zh.txt'), lines.join('\n'))
    const run = mine(folder)
    process.stdout.write(`mine: two 5 MB pages in ${run.seconds.toFixed(1)} s\n`)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.output!.documents).toHaveLength(2)
  }, 300_000)

  it('mines an event of 200 documents in bounded time', () => {
    const folder = join(root, 'many')
    mkdirSync(folder)
    writeFileSync(join(folder, 'xinhua.zh.txt'), original)
    for (let index = 0; index < 199; index++) writeFileSync(join(folder, `site${String(index).padStart(3, '0')}.fr.txt`), page(2000))
    const run = mine(folder)
    process.stdout.write(`mine: one event of 200 documents in ${run.seconds.toFixed(1)} s\n`)
    expect(run.status).toBe(0)
    expect(run.output!.documents).toHaveLength(200)
  }, 300_000)
})
