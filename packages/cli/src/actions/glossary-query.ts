import { RenderingsError } from '@renderings/errors'
import { getConcepts, searchConcepts, withStore, type ConceptDetails, type SearchHit } from '@renderings/glossary-store'
import type { GlossaryQueryOptions, GlossaryShowOptions } from '../commands/glossary.js'
import { glossaryDatabasePath } from './glossary-paths.js'
import { formatConcept } from './glossary-format.js'

// This module is the query path: it loads the store (sqlite3) and nothing
// else, so a whole `renderings glossary query` process stays close to a bare
// `node` start.

export async function runGlossaryQuery(text: string, options: GlossaryQueryOptions): Promise<void> {
  if (text.trim() === '') throw new RenderingsError('the query text is empty', { code: 'EUSAGE' })
  const limit = Number(options.limit)
  if (!Number.isInteger(limit) || limit < 1) throw new RenderingsError(`--limit must be a positive whole number, not "${options.limit}"`, { code: 'EUSAGE' })
  if (options.lang !== undefined && !/^[A-Za-z]{2}(-[A-Za-z0-9]+)?$/.test(options.lang)) {
    throw new RenderingsError(`unknown language "${options.lang}" in --lang (expected an ISO 639-1 code such as fr, vi, zh, en)`, { code: 'ELANG' })
  }
  const path = glossaryDatabasePath(options.db)
  const { hits, concepts } = await withStore(path, { readonly: true }, async (store) => {
    const found = await searchConcepts(store, text, { ...(options.lang === undefined ? {} : { lang: options.lang.toLowerCase() }), limit })
    const details = await getConcepts(store, found.map((hit) => hit.conceptId), options.outlet === undefined ? {} : { outlet: options.outlet })
    return { hits: found, concepts: details }
  })
  if (options.json === true) {
    process.stdout.write(`${JSON.stringify({ query: text, concepts: concepts.map((concept, index) => ({ match: matchOf(hits[index]), ...concept })) }, null, 2)}\n`)
    return
  }
  if (concepts.length === 0) {
    process.stdout.write(`no concept matches "${text}"\n`)
    process.exitCode = 1
    return
  }
  process.stdout.write(concepts.map((concept, index) => formatConcept(concept, hits[index])).join('\n'))
}

export async function runGlossaryShow(id: string, options: GlossaryShowOptions): Promise<void> {
  const path = glossaryDatabasePath(options.db)
  const concepts: ConceptDetails[] = await withStore(path, { readonly: true }, (store) => getConcepts(store, [id], options.outlet === undefined ? {} : { outlet: options.outlet }))
  const concept = concepts[0]
  if (concept === undefined) throw new RenderingsError(`no concept "${id}" in the glossary`, { code: 'ENOTFOUND', file: path })
  process.stdout.write(options.json === true ? `${JSON.stringify(concept, null, 2)}\n` : formatConcept(concept, undefined))
}

function matchOf(hit: SearchHit | undefined) {
  return hit === undefined ? undefined : { kind: hit.kind, lang: hit.matched.lang, text: hit.matched.text }
}
