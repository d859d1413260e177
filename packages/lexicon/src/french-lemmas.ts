import { existsSync, readFileSync } from 'node:fs'

/**
 * The French lemma table built at install (`data/fr-lemmas.txt`, from the
 * Hunspell French dictionary of `dictionary-fr`, by
 * `scripts/build-french-lemmas.ts`): folded forms whose lemmas Snowball
 * does not reach, each with its lemmas. Read on the first French word.
 */
const tableFile = new URL('../data/fr-lemmas.txt', import.meta.url)
let table: Map<string, string> | undefined

/** The lemmas of a folded French form (the likeliest first), or undefined where the form's own Snowball stem is its lemmas'. */
export function frenchLemmasOf(folded: string): string[] | undefined {
  table ??= readTable()
  return table.get(folded)?.split('|')
}

function readTable(): Map<string, string> {
  if (!existsSync(tableFile)) throw new Error(`${tableFile.pathname}: the French lemma table is missing (it is built at install: pnpm --filter @renderings/lexicon build:data)`)
  const text = readFileSync(tableFile, 'utf8')
  const lemmas = new Map<string, string>()
  let at = text.indexOf('\n') + 1
  while (at < text.length) {
    const newline = text.indexOf('\n', at)
    const end = newline < 0 ? text.length : newline
    const tab = text.indexOf('\t', at)
    if (tab > at && tab < end) lemmas.set(text.slice(at, tab), text.slice(tab + 1, end))
    at = end + 1
  }
  return lemmas
}
