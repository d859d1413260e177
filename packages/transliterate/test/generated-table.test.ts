import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../../test/support/paths.js'
import { requireTools, unicodeData } from '../../../test/support/external-tools.js'

const packageFolder = join(dirname(fileURLToPath(import.meta.url)), '..')
const unihanFolder = '/usr/share/unicode'

describe('the committed readings table', () => {
  // Needs Debian's unicode-data package (/usr/share/unicode); skipped, saying so, where it is not installed.
  it('should be exactly what the generator makes from Unihan', (context) => {
    requireTools(context, unicodeData)
    const output = join(mkdtempSync(join(tmpdir(), 'renderings-unihan-')), 'sino-vietnamese.txt')
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(packageFolder, 'scripts', 'generate-sino-vietnamese.ts'), unihanFolder, output], {
      cwd: repositoryRoot,
      encoding: 'utf8'
    })
    expect(result.stderr).toBe('')
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(join(packageFolder, 'data', 'sino-vietnamese.txt'), 'utf8'))
  })
})
