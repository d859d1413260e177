import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../../test/support/paths.js'

const packageFolder = join(dirname(fileURLToPath(import.meta.url)), '..')
const unihanFolder = '/usr/share/unicode'
const hasUnihan = existsSync(join(unihanFolder, 'Unihan_Readings.txt.bz2')) || existsSync(join(unihanFolder, 'Unihan_Readings.txt'))

describe('the committed readings table', () => {
  // Needs Debian's unicode-data package (/usr/share/unicode); skipped where it is not installed.
  it.skipIf(!hasUnihan)('should be exactly what the generator makes from Unihan', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'renderings-unihan-')), 'sino-vietnamese.txt')
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(packageFolder, 'scripts', 'generate-sino-vietnamese.ts'), unihanFolder, output], {
      cwd: repositoryRoot,
      encoding: 'utf8'
    })
    expect(result.stderr).toBe('')
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(join(packageFolder, 'data', 'sino-vietnamese.txt'), 'utf8'))
  })
})
