// `renderings align --batch` end to end through the built CLI: the same
// beads as one `renderings align` per pair (inline sentences, inline texts
// segmented here, files), one answer per record in order, bad records
// answered in place, unreadable input ending the stream with its line
// number, and a reader that stops reading stopping the batch.
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatBeadLine } from '@renderings/align'
import { describe, expect, it } from 'vitest'
import { documentPairs, jsonLines } from './support/batch-corpus.js'
import { cliBin, hasDevData, repositoryRoot } from './support/paths.js'

const scratch = mkdtempSync(join(tmpdir(), 'renderings-align-batch-'))

function renderings(args: string[], input?: string | Buffer): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cliBin, ...args], { cwd: repositoryRoot, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 300_000 })
}

function scratchFile(name: string, content: string): string {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

interface Answer {
  id: string | number | null
  error?: string
  srcLang?: string
  tgtLang?: string
  beads?: Array<[number[], number[]]>
  scores?: number[]
  srcSentences?: Array<[number, number]>
  tgtSentences?: Array<[number, number]>
  srcText?: string[]
  tgtText?: string[]
  warnings?: string[]
}

function answers(stdout: string): Answer[] {
  return stdout.split('\n').slice(0, -1).map((line) => JSON.parse(line) as Answer)
}

/** An answer's beads as `renderings align --format beads` prints them. */
function beadLines(answer: Answer): string {
  return answer.beads!.map(([source, target]) => `${formatBeadLine({ source, target })}\n`).join('')
}

const french = ['Le 5 juin, Donald Trump a appelé Xi Jinping.', 'Ils ont parlé des terres rares.', 'Un accord de 90 jours a été conclu le 12 mai.']
const vietnamese = ['Ngày 5/6, Donald Trump đã gọi cho Tập Cận Bình.', 'Họ đã nói về đất hiếm.', 'Một thỏa thuận 90 ngày đã được ký vào 12/5.']

describe.skipIf(!existsSync(cliBin))('renderings align --batch', () => {
  it('gives the beads one renderings align process per pair gives: sentences inline, texts segmented here, files', () => {
    const frText = `${french.join(' ')}\n`
    const viText = `${vietnamese.join(' ')}\n`
    const frFile = scratchFile('fr.txt', frText)
    const viFile = scratchFile('vi.txt', viText)
    const frLines = scratchFile('fr-lines.txt', french.join('\n'))
    const viLines = scratchFile('vi-lines.txt', vietnamese.join('\n'))
    const input = jsonLines([
      { id: 'sentences', src: french, tgt: vietnamese, srcLang: 'fr', tgtLang: 'vi' },
      { id: 'texts', src: frText, tgt: viText },
      { id: 'files', srcFile: frFile, tgtFile: viFile }
    ])
    const result = renderings(['align', '--batch', '--with-text'], input)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const [sentences, texts, files] = answers(result.stdout)
    expect(sentences).toMatchObject({ id: 'sentences', srcLang: 'fr', tgtLang: 'vi', srcText: french, tgtText: vietnamese })
    expect(sentences!.scores).toHaveLength(3)
    expect(sentences!).not.toHaveProperty('srcSentences')
    expect(beadLines(sentences!)).toBe(renderings(['align', frLines, viLines, '--presegmented', '--src-lang', 'fr', '--tgt-lang', 'vi']).stdout)
    // Texts are segmented as `renderings align SRC TGT` does, the languages found by franc, offsets into the text given.
    expect(texts).toMatchObject({ id: 'texts', srcLang: 'fr', tgtLang: 'vi', srcText: french, tgtText: vietnamese })
    expect(texts!.srcSentences!.map(([start, end]) => frText.slice(start, end))).toEqual(french)
    expect(texts!.tgtSentences!.map(([start, end]) => viText.slice(start, end))).toEqual(vietnamese)
    expect(beadLines(texts!)).toBe(renderings(['align', frFile, viFile]).stdout)
    expect({ ...files, id: 'texts' }).toEqual(texts)
  })

  it.skipIf(!hasDevData)('gives the beads of renderings align --presegmented on development-data pairs, whatever the order of records', () => {
    const pairs = documentPairs(40).filter((_, index) => index % 8 === 0)
    const result = renderings(['align', '--batch'], jsonLines(pairs))
    expect(result.status).toBe(0)
    const got = answers(result.stdout)
    expect(got.map((answer) => answer.id)).toEqual(pairs.map((pair) => pair.id))
    pairs.forEach((pair, index) => {
      const source = scratchFile(`dev-${index}-src.txt`, pair.src.join('\n'))
      const target = scratchFile(`dev-${index}-tgt.txt`, pair.tgt.join('\n'))
      const alone = renderings(['align', source, target, '--presegmented', '--src-lang', pair.srcLang, '--tgt-lang', pair.tgtLang])
      expect(beadLines(got[index]!), pair.id).toBe(alone.stdout)
    })
    // Each record is aligned on its own: reversed, the same answers.
    const reversed = renderings(['align', '--batch'], jsonLines([...pairs].reverse()))
    expect(answers(reversed.stdout).reverse()).toEqual(got)
  })

  it('answers a bad record with {"id", "error"} in its place and goes on; warnings stay with their record', () => {
    const input = jsonLines([
      { id: 1, src: french, tgt: vietnamese },
      { id: 2, src: french },
      { id: 3, src: french, srcFile: 'x.txt', tgt: vietnamese },
      { id: 4, srcFile: join(scratch, 'missing.txt'), tgt: vietnamese },
      { id: 5, src: french, tgt: vietnamese, srcLang: 'French' },
      { id: 6, src: [], tgt: [''] },
      { id: 7, src: french, tgt: [] },
      { id: 8, src: [1, 2], tgt: vietnamese },
      { src: french, tgt: vietnamese }
    ])
    const result = renderings(['align', '--batch'], input)
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    const got = answers(result.stdout)
    expect(got.map((answer) => [answer.id, answer.error])).toEqual([
      [1, undefined],
      [2, 'no "tgt" (a text, or an array of sentences) and no "tgtFile"'],
      [3, 'give "src" or "srcFile", not both'],
      [4, `${join(scratch, 'missing.txt')}: no such file`],
      [5, '"srcLang" "French" is not a language code (expected ISO 639-1 such as fr, vi, zh)'],
      [6, 'both src and tgt are empty: nothing to align'],
      [7, undefined],
      [8, '"src" must be a text or an array of sentences (strings)'],
      [null, 'no "id"']
    ])
    expect(got[6]).toMatchObject({ beads: [[[0], []], [[1], []], [[2], []]], warnings: ['tgt has no sentences: every sentence of src is left without counterpart'] })
  })

  it('ends at a line that is not JSON or not UTF-8: exit 2, the line named, every answer before it written', () => {
    const good = JSON.stringify({ id: 'a', src: french, tgt: vietnamese })
    const notJson = renderings(['align', '--batch'], `${good}\n\n{"id": "b", "src": [}\n${good}\n`)
    expect(notJson.status).toBe(2)
    expect(answers(notJson.stdout).map((answer) => answer.id)).toEqual(['a'])
    expect(notJson.stderr).toMatch(/^renderings: standard input: line 3 is not JSON \(.*\)\n$/)
    const latin1 = Buffer.concat([Buffer.from(`${good}\n{"id":"caf`), Buffer.from([0xe9]), Buffer.from(`"}\n`)])
    const notUtf8 = renderings(['align', '--batch'], latin1)
    expect(notUtf8.status).toBe(2)
    expect(answers(notUtf8.stdout)).toHaveLength(1)
    expect(notUtf8.stderr).toMatch(/^renderings: standard input: line 2: is not valid UTF-8 \(first bad byte at offset 10\)\n$/)
  })

  it('reads a JSON Lines file given instead of standard input, and names it when it is missing', () => {
    const file = scratchFile('pairs.jsonl', jsonLines([{ id: 'f', src: french, tgt: vietnamese }]))
    const result = renderings(['align', '--batch', file])
    expect(answers(result.stdout).map((answer) => answer.id)).toEqual(['f'])
    const missing = renderings(['align', '--batch', join(scratch, 'none.jsonl')])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/none\.jsonl: no such file\n$/)
  })

  it('refuses options that do not go with --batch, in one line', () => {
    for (const [args, message] of [
      [['align', '--batch', '--format', 'tmx'], /--batch writes JSON Lines to standard output: --format and --out do not apply/],
      [['align', '--batch', 'a.jsonl', 'b.jsonl'], /--batch reads one JSON Lines file \(or standard input\), not SRC and TGT/],
      [['align', '--batch', '--max-bead', '9'], /--max-bead must be 1, 2, 3 or 4/],
      [['align'], /give SRC \(and TGT\), or --batch to read JSON Lines/],
      [['align', 'a.txt', 'b.txt', '--with-text'], /--with-text goes with --batch/]
    ] as const) {
      const result = renderings([...args], '')
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
    }
  })

  it('stops reading records while nobody reads its answers (back-pressure), then answers them all', async () => {
    // 1,500 records of about 4 KB, answered with their text (--with-text):
    // 6 MB each way, far more than the pipes hold. While the answers are not
    // read, the batch must stop taking records, so most stay unwritten here.
    const sentence = (word: string, index: number): string => `${word} ${index} ${'lorem ipsum dolor '.repeat(50)}.`
    const records = Array.from({ length: 1500 }, (_, index) => JSON.stringify({ id: index, src: [sentence('Phrase', index)], tgt: [sentence('Câu', index)] }) + '\n')
    const total = records.reduce((sum, record) => sum + Buffer.byteLength(record), 0)
    const child = spawn(process.execPath, [cliBin, 'align', '--batch', '--with-text'], { cwd: repositoryRoot, stdio: ['pipe', 'pipe', 'pipe'] })
    child.stdout.pause()
    for (const record of records) child.stdin.write(record)
    child.stdin.end()
    // Wait until the batch answers (start-up is slow on a busy machine), then
    // until it stops taking input (nothing consumed for 3 s). The strict
    // check of the plumbing is in packages/cli/test/batch-stream.test.ts;
    // this one checks the whole process, where a wait can only be bounded.
    while (child.stdout.readableLength === 0 && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 100))
    let before = -1
    for (let steady = 0; steady < 12; ) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      const waiting = child.stdin.writableLength
      steady = waiting === before ? steady + 1 : 0
      before = waiting
    }
    expect(child.stdin.writableLength).toBeGreaterThan(total / 2)
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text))
    child.stdout.resume()
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(answers(output).map((answer) => answer.id)).toEqual(records.map((_, index) => index))
  })
})
