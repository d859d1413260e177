// Compiles the general Vietnamese word list into the matching keys parse-vi
// loads (data/lexicon.txt), at install (the package's `prepare` script): the
// list is read from its npm package, never copied into the repository.
// Writes atomically; exits non-zero with a one-line message on failure.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { compiledWordListFile } from '../src/lexicon.js'
import { compileGeneralWordList } from './general-word-list.js'

try {
  const temporary = `${compiledWordListFile}.${process.pid}.tmp`
  writeFileSync(temporary, compileGeneralWordList())
  renameSync(temporary, compiledWordListFile)
} catch (error) {
  process.stderr.write(`parse-vi: cannot compile the Vietnamese word list: ${(error as Error).message}\n`)
  process.exitCode = 1
}
