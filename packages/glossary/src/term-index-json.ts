import { RenderingsError } from '@renderings/errors'
import type { Attestation, AttestationOrigin, ConceptEntry, DocumentInfo, RenderingStatus, TermEntry, TermIndex } from '@renderings/types'
import { checkLanguage } from './languages.js'
import { renderingStatuses } from './source-format.js'

const origins: readonly AttestationOrigin[] = ['curated', 'mined', 'aligned']

/**
 * Read a TermIndex written as JSON (`renderings glossary export --format
 * json`), checking every field, so a hand-edited or foreign file cannot put
 * half-formed rows into the store. Errors name the file, concept and field.
 */
export function parseTermIndexJson(text: string, file: string): TermIndex {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new RenderingsError(`is not valid JSON: ${(error as Error).message}`, { code: 'EJSON', file, cause: error })
  }
  const root = value as { concepts?: unknown; documents?: unknown }
  if (typeof root !== 'object' || root === null || !Array.isArray(root.concepts)) {
    throw new RenderingsError('expected an object with a "concepts" array', { code: 'EJSON', file })
  }
  const ids = new Set<string>()
  const concepts = root.concepts.map((raw: unknown, position: number): ConceptEntry => {
    const concept = raw as Partial<ConceptEntry>
    const where = `concept ${position + 1}${typeof concept?.id === 'string' ? ` ("${concept.id}")` : ''}`
    const fail = (field: string, message: string): never => {
      throw new RenderingsError(`${where}, ${field}: ${message}`, { code: 'EJSON', file })
    }
    const text = (value: unknown, field: string): string => (typeof value === 'string' && value.trim() !== '' ? value.normalize('NFC') : fail(field, 'expected non-empty text'))
    const id = text(concept?.id, 'id')
    if (ids.has(id)) fail('id', 'duplicate id')
    ids.add(id)
    if (!Array.isArray(concept.terms) || concept.terms.length === 0) fail('terms', 'expected a non-empty list')
    const entry: ConceptEntry = { id, sourceLang: checkLanguage(text(concept.sourceLang, 'sourceLang'), 'sourceLang'), sourceText: text(concept.sourceText, 'sourceText'), terms: [] }
    for (const field of ['gloss', 'domain', 'note', 'contested'] as const) if (concept[field] !== undefined) entry[field] = text(concept[field], field)
    entry.terms = (concept.terms as unknown[]).map((rawTerm, termPosition): TermEntry => {
      const term = rawTerm as Partial<TermEntry>
      const field = `terms[${termPosition + 1}]`
      const status = term?.status as RenderingStatus
      if (!renderingStatuses.includes(status)) fail(`${field}.status`, `unknown status "${String(status)}"`)
      if (!Array.isArray(term.attestations)) fail(`${field}.attestations`, 'expected a list')
      const result: TermEntry = {
        conceptId: id,
        lang: checkLanguage(text(term.lang, `${field}.lang`), `${field}.lang`),
        text: text(term.text, `${field}.text`),
        status,
        isSource: term.isSource === true,
        attestations: (term.attestations as unknown[]).map((rawAttestation, index) => attestation(rawAttestation, `${field}.attestations[${index + 1}]`, fail))
      }
      if (term.note !== undefined) result.note = text(term.note, `${field}.note`)
      return result
    })
    return entry
  })
  if (!('documents' in root) || root.documents === undefined) return { concepts }
  if (!Array.isArray(root.documents)) throw new RenderingsError('"documents" must be a list', { code: 'EJSON', file })
  return { concepts, documents: root.documents.map((raw: unknown, position: number) => documentInfo(raw, `document ${position + 1}`, file)) }
}

function documentInfo(raw: unknown, where: string, file: string): DocumentInfo {
  const record = raw as Partial<Record<keyof DocumentInfo, unknown>>
  const fail = (field: string, message: string): never => {
    throw new RenderingsError(`${where}, ${field}: ${message}`, { code: 'EJSON', file })
  }
  if (typeof record !== 'object' || record === null) fail('', 'expected an object')
  const text = (field: keyof DocumentInfo, required = false): string => {
    const value = record[field] ?? ''
    if (typeof value !== 'string') fail(field, 'expected text')
    if (required && (value as string).trim() === '') fail(field, 'is empty')
    return value as string
  }
  const languages = record.languages ?? []
  if (!Array.isArray(languages) || languages.some((language) => typeof language !== 'string')) fail('languages', 'expected a list of language codes')
  return {
    id: text('id', true),
    file: text('file'),
    outlet: text('outlet', true),
    outletEvidence: text('outletEvidence'),
    date: text('date') || 'unknown',
    title: text('title'),
    kind: text('kind'),
    languages: languages as string[]
  }
}

function attestation(raw: unknown, field: string, fail: (field: string, message: string) => never): Attestation {
  const record = raw as Partial<Attestation>
  const whole = (value: unknown, name: string): number => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : fail(`${field}.${name}`, 'expected a whole number'))
  const string = (value: unknown, name: string): string => (typeof value === 'string' && value !== '' ? value : fail(`${field}.${name}`, 'expected text'))
  if (typeof record !== 'object' || record === null) fail(field, 'expected an object')
  const result: Attestation = {
    doc: string(record.doc, 'doc'),
    outlet: string(record.outlet, 'outlet'),
    date: string(record.date, 'date'),
    sentence: whole(record.sentence, 'sentence'),
    start: whole(record.start, 'start'),
    end: whole(record.end, 'end'),
    text: string(record.text, 'text'),
    origin: origins.includes(record.origin as AttestationOrigin) ? (record.origin as AttestationOrigin) : fail(`${field}.origin`, `unknown origin "${String(record.origin)}"`)
  }
  if (result.end <= result.start) fail(field, `empty offsets [${result.start}, ${result.end})`)
  if (record.context !== undefined) result.context = string(record.context, 'context')
  if (record.contextStart !== undefined) result.contextStart = whole(record.contextStart, 'contextStart')
  return result
}
