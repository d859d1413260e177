// `renderings align` end to end through the built CLI (`pnpm test` builds
// first): the three kinds of input, every format, and bad input, which must
// end in a result or one clear line, never a stack trace or a hang.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseBeadLines } from '@renderings/align'
import { readTmx } from '@renderings/tmx'
import { describe, expect, it } from 'vitest'
import { cliBin, repositoryRoot, seedsFolder } from './support/paths.js'

const scratch = mkdtempSync(join(tmpdir(), 'renderings-align-'))
const seed003 = join(seedsFolder, '003_b9c731b561ac0d7c.txt')

function align(args: string[], options: { maxOldSpace?: number } = {}): { code: number; stdout: string; stderr: string } {
  const node = options.maxOldSpace === undefined ? [] : [`--max-old-space-size=${options.maxOldSpace}`]
  const result = spawnSync(process.execPath, [...node, cliBin, 'align', ...args], { cwd: repositoryRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name)
  writeFileSync(path, content)
  return path
}

function expectOneLineError(result: { code: number; stdout: string; stderr: string }, message: RegExp): void {
  expect(result.code).toBe(2)
  expect(result.stdout).toBe('')
  expect(result.stderr).toMatch(message)
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

const french = ['Le 5 juin, Donald Trump a appelé Xi Jinping.', 'Ils ont parlé des terres rares.', 'Un accord de 90 jours a été conclu le 12 mai.']
const vietnamese = ['Ngày 5/6, Donald Trump đã gọi cho Tập Cận Bình.', 'Họ đã nói về đất hiếm.', 'Một thỏa thuận 90 ngày đã được ký vào 12/5.']

describe.skipIf(!existsSync(cliBin))('renderings align', () => {
  it('aligns the language blocks of seed 003: 16 French ↔ Vietnamese beads and the English title', () => {
    const result = align([seed003])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const [vi, en] = result.stdout.split('\n\n')
    expect(vi!.split('\n')[0]).toBe('# fr→vi')
    expect(parseBeadLines(vi!.split('\n').slice(1).join('\n'))).toEqual(Array.from({ length: 16 }, (_, index) => ({ source: [index], target: [index] })))
    expect(en!.split('\n').slice(0, 2)).toEqual(['# fr→en', '[0]:[0]'])
  })

  it('aligns two pre-segmented files and writes every format, atomically with --out', () => {
    const source = scratchFile('fr.txt', french.join('\n') + '\n')
    const target = scratchFile('vi.txt', vietnamese.join('\n'))
    for (const format of ['tmx', 'tsv', 'jsonl', 'beads', 'html', 'md']) {
      const out = join(scratch, `out.${format}`)
      const result = align([source, target, '--presegmented', '--src-lang', 'fr', '--tgt-lang', 'vi', '--format', format, '--out', out])
      expect(result.stderr, format).toBe('')
      expect(result.code).toBe(0)
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(0)
    }
    expect(readFileSync(join(scratch, 'out.beads'), 'utf8')).toBe('[0]:[0]\n[1]:[1]\n[2]:[2]\n')
    const tmx = readTmx(readFileSync(join(scratch, 'out.tmx'), 'utf8'))
    expect(tmx.header.srcLang).toBe('fr')
    expect(tmx.units.map((unit) => unit.variants.map((variant) => variant.text))).toEqual(french.map((sentence, index) => [sentence, vietnamese[index]]))
    expect(readdirSync(scratch).filter((name) => name.startsWith('.renderings-tmp'))).toEqual([])
  })

  it('aligns two files segmented by @renderings/segment', () => {
    const source = scratchFile('fr-text.txt', french.join(' ') + '\n')
    const target = scratchFile('vi-text.txt', vietnamese.join(' ') + '\n')
    const result = align([source, target, '--format', 'jsonl'])
    expect(result.code).toBe(0)
    const rows = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { sourceLang: string; targetLang: string; source: number[]; target: number[] })
    expect(rows.map((row) => [row.source, row.target])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]])
    expect(rows[0]).toMatchObject({ sourceLang: 'fr', targetLang: 'vi' })
  })

  it('reports progress on stderr for long inputs, one line per stage when stderr is not a terminal', () => {
    const lines = (word: string): string => Array.from({ length: 3000 }, (_, index) => `${word} ${index} ${'x'.repeat(index % 40)}.`).join('\n')
    const result = align([scratchFile('long-a.txt', lines('phrase')), scratchFile('long-b.txt', lines('câu')), '--presegmented', '--out', join(scratch, 'long.beads')])
    expect(result.code).toBe(0)
    expect(result.stderr.split('\n').filter((line) => line.startsWith('align: '))).toEqual(['align: anchors (0%)', 'align: first pass (10%)', 'align: second pass (50%)', 'align: done (100%)'])
    expect(readFileSync(join(scratch, 'long.beads'), 'utf8').split('\n')[1]).toBe('[1]:[1]')
  })

  describe('bad input', () => {
    it('one side empty: every sentence left without counterpart, with a warning', () => {
      const result = align([scratchFile('three.txt', french.join('\n')), scratchFile('empty.txt', ''), '--presegmented'])
      expect(result.code).toBe(0)
      expect(result.stdout).toBe('[0]:[]\n[1]:[]\n[2]:[]\n')
      expect(result.stderr).toMatch(/warning: .*empty\.txt has no sentences/)
    })

    it('both sides empty: one clear error', () => {
      expectOneLineError(align([scratchFile('empty-a.txt', ''), scratchFile('empty-b.txt', '\n'), '--presegmented']), /both .*empty-a\.txt and .*empty-b\.txt are empty: nothing to align/)
    })

    it('a 1,000,000-line file: refused by name, in bounded memory, quickly', () => {
      const huge = scratchFile('million.txt', 'Une ligne.\n'.repeat(1_000_000))
      expectOneLineError(align([huge, scratchFile('small.txt', 'Một dòng.\n'), '--presegmented'], { maxOldSpace: 256 }), /million\.txt: has 1000000 sentences, more than the 250000/)
      expectOneLineError(align([huge, scratchFile('small-b.txt', 'Một dòng.\n')], { maxOldSpace: 256 }), /million\.txt: has 1000001 sentences, more than the 250000/)
    })

    it('a line of 1 MB: aligned like any other sentence', () => {
      const long = 'mot '.repeat(262_144)
      const result = align([scratchFile('long.txt', `${long}\nFin.\n`), scratchFile('long-vi.txt', `${'từ '.repeat(200_000)}\nHết.\n`), '--presegmented'])
      expect(result.stderr).toBe('')
      expect(result.stdout).toBe('[0]:[0]\n[1]:[1]\n')
    })

    it('the same language on both sides: a result and a warning', () => {
      const result = align([scratchFile('fr-a.txt', french.join('\n')), scratchFile('fr-b.txt', french.join('\n')), '--presegmented', '--src-lang', 'fr', '--tgt-lang', 'fr'])
      expect(result.code).toBe(0)
      expect(result.stdout).toBe('[0]:[0]\n[1]:[1]\n[2]:[2]\n')
      expect(result.stderr).toMatch(/warning: both sides are fr/)
    })

    it('one file in one language: asks for its translation', () => {
      expectOneLineError(align([scratchFile('only-fr.txt', french.join(' '))]), /only-fr\.txt: holds only fr text: give a second file/)
    })

    it('CRLF against LF line ends: the same sentences', () => {
      const result = align([scratchFile('crlf.txt', french.join('\r\n') + '\r\n'), scratchFile('lf.txt', vietnamese.join('\n') + '\n'), '--presegmented', '--format', 'tsv'])
      expect(result.code).toBe(0)
      expect(result.stdout).not.toContain('\r')
      expect(result.stdout.trimEnd().split('\n')).toHaveLength(4)
    })

    it('a missing file, a binary file, invalid UTF-8, an unknown format or language: one clear line each', () => {
      const ok = scratchFile('ok.txt', 'Une phrase.\n')
      expectOneLineError(align([join(scratch, 'missing.txt'), ok, '--presegmented']), /missing\.txt: no such file/)
      expectOneLineError(align([scratchFile('binary.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), ok, '--presegmented']), /binary\.bin: looks binary/)
      expectOneLineError(align([scratchFile('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])), ok, '--presegmented']), /latin1\.txt: is not valid UTF-8/)
      expectOneLineError(align([ok, ok, '--presegmented', '--format', 'docx']), /unknown --format "docx"/)
      expectOneLineError(align([ok, ok, '--presegmented', '--src-lang', 'French']), /--src-lang "French" is not a language code/)
      expectOneLineError(align([ok, '--presegmented']), /--presegmented needs two files/)
    })

    it('an --out folder that does not exist: one clear line and no partial file', () => {
      const ok = scratchFile('ok2.txt', 'Une phrase.\n')
      expectOneLineError(align([ok, ok, '--presegmented', '--out', join(scratch, 'nowhere', 'out.tmx')]), /cannot write: the folder does not exist/)
    })
  })
})
