import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../../test/support/paths.js'

const script = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'lazy-import.mts')

describe('lazy loading', () => {
  it('should not load pinyin-pro on import, only on the first call', () => {
    const result = spawnSync(process.execPath, ['--conditions=renderings-source', '--import', 'tsx', script], {
      cwd: repositoryRoot,
      encoding: 'utf8'
    })
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({ afterImport: false, afterCall: true })
  })
})
