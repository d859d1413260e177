import { existsSync } from 'node:fs'
import { compiledGlossaryPath, refreshCompiledGlossary, withStore } from '@renderings/glossary-store'
import type { GlossaryDbOptions } from '../commands/glossary.js'
import { glossaryDatabasePath } from './glossary-paths.js'

/**
 * `renderings glossary compile`: write the database's compiled glossary now
 * if it is not current (every write command does it anyway; this is for a
 * database changed by another tool, or after the toolkit changed).
 */
export async function runGlossaryCompile(options: GlossaryDbOptions): Promise<void> {
  const path = glossaryDatabasePath(options.db)
  const compiled = await withStore(path, { create: false }, (store) => refreshCompiledGlossary(store, { always: true }))
  const file = compiledGlossaryPath(path)
  if (compiled) process.stdout.write(`compiled the glossary for the check: ${file}\n`)
  else if (existsSync(file)) process.stdout.write(`${file} is up to date\n`)
  else process.stdout.write(`${path}: the glossary is empty, nothing to compile\n`)
}
