import { createRequire } from 'node:module'
import { RenderingsError } from '@renderings/errors'
import type { ConceptEntry, RenderingStatus, TermEntry, TermIndex } from '@renderings/types'
import { checkLanguage } from './languages.js'

/** The statuses a rendering may have (TBX-Basic's four, plus `forbidden`). */
export const renderingStatuses: readonly RenderingStatus[] = ['preferred', 'admitted', 'deprecated', 'superseded', 'forbidden']

const conceptFields = new Set(['id', 'source', 'gloss', 'domain', 'note', 'contested', 'renderings'])
const renderingFields = new Set(['text', 'status', 'note'])
const conceptIdPattern = /^[a-z0-9][a-z0-9._-]*$/

// js-yaml is loaded on the first parse, not when the package is imported:
// the query command imports validators from here and must not pay for a parser.
// Version 4: the same values as 5 for this format, in half the time (a
// 10,000-concept source: 270–310 ms against 580–630 ms); it copies no alias.
const require = createRequire(import.meta.url)
let yamlModule: typeof import('js-yaml') | undefined
function yaml(): typeof import('js-yaml') {
  yamlModule ??= require('js-yaml') as typeof import('js-yaml')
  return yamlModule
}

/**
 * Parse and validate the curated glossary source (YAML, or JSON, which is
 * YAML too; the format is described in the package README). Every error is a
 * RenderingsError naming the file, the concept and the field.
 */
export function parseGlossarySource(text: string, file: string): TermIndex {
  const { loadAll, YAMLException } = yaml()
  let root: unknown
  try {
    // YAML 1.2's core schema (the default); duplicate keys are errors. No
    // document (an empty file) is no mapping.
    const documents = loadAll(text, null)
    if (documents.length > 1) throw new RenderingsError(`holds ${documents.length} YAML documents, expected one`, { code: 'EYAML', file })
    root = documents[0]
  } catch (error) {
    if (error instanceof RenderingsError) throw error
    if (!(error instanceof YAMLException)) throw new RenderingsError(`cannot be read: ${(error as Error).message}`, { code: 'EYAML', file, cause: error })
    const where = error.mark ? `line ${error.mark.line + 1}, column ${error.mark.column + 1}: ` : ''
    throw new RenderingsError(`${where}${error.reason}`, { code: 'EYAML', file, cause: error })
  }
  // A small alias budget: the curated source needs none, and a YAML
  // "billion laughs" must fail here, not in whatever walks the values later.
  // Every alias is written `*name`: a text without a `*` has none, and its
  // tree is not walked (a Set of every mapping and list of a 10,000-concept
  // source: 27 ms of a check given the YAML).
  if (text.includes('*') && aliasesIn(root) > maxAliases) throw new RenderingsError(`more than ${maxAliases} YAML aliases: refused`, { code: 'EYAML', file })
  if (!isRecord(root) || !Array.isArray(root['concepts'])) {
    throw new RenderingsError('expected a mapping with a `concepts:` list at the top', { code: 'EGLOSSARY', file })
  }
  const seen = new Set<string>()
  const concepts = root['concepts'].map((entry: unknown, position: number) => {
    const concept = parseConcept(entry, `concept ${position + 1}`, file)
    if (seen.has(concept.id)) fail(file, `concept ${position + 1} ("${concept.id}")`, 'id', 'duplicate id')
    seen.add(concept.id)
    return concept
  })
  return { concepts }
}

const maxAliases = 50

/**
 * How many times a mapping or list is met again in `root`: js-yaml gives an
 * alias of one as the same object (it copies nothing), so this counts the
 * aliases of collections, without walking into any twice. Aliases of
 * scalars cost nothing and are not counted.
 */
function aliasesIn(root: unknown): number {
  const seen = new Set<object>()
  let aliases = 0
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value !== 'object' || value === null) continue
    if (seen.has(value)) {
      aliases++
      continue
    }
    seen.add(value)
    for (const child of Array.isArray(value) ? value : Object.values(value)) if (typeof child === 'object' && child !== null) stack.push(child)
  }
  return aliases
}

function parseConcept(entry: unknown, label: string, file: string): ConceptEntry {
  if (!isRecord(entry)) fail(file, label, '', 'expected a mapping')
  const id = entry['id']
  if (typeof id !== 'string' || !conceptIdPattern.test(id)) fail(file, label, 'id', 'expected a lower-case id of letters, digits, ".", "_" or "-"')
  const where = `${label} ("${id}")`
  for (const key of Object.keys(entry)) if (!conceptFields.has(key)) fail(file, where, key, `unknown field (expected one of ${[...conceptFields].join(', ')})`)
  const source = entry['source']
  if (!isRecord(source)) fail(file, where, 'source', 'expected a mapping with lang and text')
  const sourceLang = language(source['lang'], file, where, 'source.lang')
  const sourceText = nonEmptyText(source['text'], file, where, 'source.text')
  const concept: ConceptEntry = { id, sourceLang, sourceText, terms: [{ conceptId: id, lang: sourceLang, text: sourceText, status: 'preferred', isSource: true, attestations: [] }] }
  for (const field of ['gloss', 'domain', 'note', 'contested'] as const) {
    const value = entry[field]
    if (value === undefined || value === null) continue
    concept[field] = nonEmptyText(value, file, where, field)
  }
  const renderings = entry['renderings'] ?? {}
  if (!isRecord(renderings)) fail(file, where, 'renderings', 'expected a mapping from language code to a list of renderings')
  for (const [rawLang, list] of Object.entries(renderings)) {
    const lang = language(rawLang, file, where, `renderings.${rawLang}`)
    if (!Array.isArray(list)) fail(file, where, `renderings.${rawLang}`, 'expected a list')
    list.forEach((item: unknown, position: number) => {
      const term = parseRendering(item, id, lang, file, where, `renderings.${rawLang}[${position + 1}]`)
      const clash = concept.terms.find((other) => other.lang === term.lang && other.text === term.text)
      if (clash) fail(file, where, `renderings.${rawLang}[${position + 1}]`, `duplicate rendering "${term.text}"`)
      concept.terms.push(term)
    })
  }
  return concept
}

function parseRendering(item: unknown, conceptId: string, lang: string, file: string, where: string, field: string): TermEntry {
  // Shorthand: a bare string is an admitted rendering.
  if (typeof item === 'string') return { conceptId, lang, text: nonEmptyText(item, file, where, field), status: 'admitted', isSource: false, attestations: [] }
  if (!isRecord(item)) fail(file, where, field, 'expected a text or a mapping with text, status, note')
  for (const key of Object.keys(item)) if (!renderingFields.has(key)) fail(file, where, `${field}.${key}`, 'unknown field (expected text, status, note)')
  const text = nonEmptyText(item['text'], file, where, `${field}.text`)
  const status = item['status'] ?? 'admitted'
  if (typeof status !== 'string' || !renderingStatuses.includes(status as RenderingStatus)) {
    fail(file, where, `${field}.status`, `unknown status "${String(status)}" (expected ${renderingStatuses.join(', ')})`)
  }
  const term: TermEntry = { conceptId, lang, text, status: status as RenderingStatus, isSource: false, attestations: [] }
  if (item['note'] !== undefined && item['note'] !== null) term.note = nonEmptyText(item['note'], file, where, `${field}.note`)
  return term
}

function language(value: unknown, file: string, where: string, field: string): string {
  if (typeof value !== 'string') fail(file, where, field, 'expected a language code')
  try {
    return checkLanguage(value, field)
  } catch (error) {
    fail(file, where, field, (error as Error).message)
  }
}

// Two white-space characters in a row, or one that is not a plain space.
const collapsible = /\s\s|[^\S ]/

function nonEmptyText(value: unknown, file: string, where: string, field: string): string {
  if (typeof value !== 'string' && typeof value !== 'number') fail(file, where, field, 'expected text')
  let text = String(value).normalize('NFC')
  // White space collapsed to single spaces; most texts have none to collapse, and the test is cheaper than the replace.
  if (collapsible.test(text)) text = text.replace(/\s+/gu, ' ')
  text = text.trim()
  if (text === '') fail(file, where, field, 'is empty')
  return text
}

function fail(file: string, where: string, field: string, message: string): never {
  throw new RenderingsError(`${where}${field === '' ? '' : `, ${field}`}: ${message}`, { code: 'EGLOSSARY', file })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
