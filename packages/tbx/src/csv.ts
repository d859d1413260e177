import { RenderingsError } from '@renderings/errors'
import type { Attestation, AttestationOrigin, ConceptEntry, RenderingStatus, TermEntry, TermIndex } from '@renderings/types'
import { canonicalIndex } from './canonical.js'
import { csvField, parseCsvRows } from './csv-table.js'
import { languageTag, unknownLanguage } from './language-tag.js'

/** The columns, in order (documented in the README). One row per term; concept fields repeat on each row. */
export const csvColumns = [
  'concept_id', 'source_lang', 'source_text', 'gloss', 'domain', 'concept_note', 'contested',
  'lang', 'text', 'status', 'is_source', 'note', 'attestations'
] as const

const statuses: readonly RenderingStatus[] = ['preferred', 'admitted', 'deprecated', 'superseded', 'forbidden']
const origins: readonly AttestationOrigin[] = ['curated', 'mined', 'aligned']

/** Write a TermIndex as CSV, canonical order, attestations as a JSON array per row. */
export function writeGlossaryCsv(index: TermIndex): string {
  const lines = [csvColumns.join(',')]
  for (const concept of canonicalIndex(index).concepts) {
    for (const term of concept.terms) {
      lines.push(
        [
          concept.id, concept.sourceLang, concept.sourceText, concept.gloss ?? '', concept.domain ?? '', concept.note ?? '', concept.contested ?? '',
          term.lang, term.text, term.status, term.isSource ? 'true' : 'false', term.note ?? '',
          term.attestations.length === 0 ? '' : JSON.stringify(term.attestations)
        ].map(csvField).join(',')
      )
    }
  }
  return `${lines.join('\n')}\n`
}

/** Read the CSV written by {@link writeGlossaryCsv}; only concept_id, lang and text are required columns. */
export function readGlossaryCsv(text: string, file: string): TermIndex {
  const rows = parseCsvRows(text, file)
  const header = rows.shift()
  if (header === undefined) throw new RenderingsError('is empty: expected a header row', { code: 'ECSV', file })
  const column = new Map(header.fields.map((name, position) => [name.trim(), position]))
  for (const required of ['concept_id', 'lang', 'text']) {
    if (!column.has(required)) throw new RenderingsError(`has no "${required}" column (columns: ${csvColumns.join(', ')})`, { code: 'ECSV', file })
  }
  const concepts = new Map<string, ConceptEntry>()
  for (const row of rows) {
    const fail = (message: string): never => {
      throw new RenderingsError(`line ${row.line}: ${message}`, { code: 'ECSV', file })
    }
    const get = (name: (typeof csvColumns)[number]): string => {
      const position = column.get(name)
      return position === undefined ? '' : (row.fields[position] ?? '').trim()
    }
    const id = get('concept_id') || fail('empty concept_id')
    const lang = languageTag(get('lang')) ?? fail(unknownLanguage(get('lang')))
    const termText = get('text').normalize('NFC') || fail('empty text')
    const status = (get('status') || 'admitted') as RenderingStatus
    if (!statuses.includes(status)) fail(`unknown status "${status}" (expected ${statuses.join(', ')})`)
    let concept = concepts.get(id)
    if (concept === undefined) {
      concept = { id, sourceLang: languageTag(get('source_lang')) ?? '', sourceText: get('source_text').normalize('NFC'), terms: [] }
      const optional = { gloss: get('gloss'), domain: get('domain'), note: get('concept_note'), contested: get('contested') }
      for (const [key, value] of Object.entries(optional)) if (value !== '') concept[key as keyof typeof optional] = value
      concepts.set(id, concept)
    }
    if (concept.terms.some((term) => term.lang === lang && term.text === termText)) fail(`duplicate ${lang} term "${termText}" in concept "${id}"`)
    const term: TermEntry = { conceptId: id, lang, text: termText, status, isSource: get('is_source') === 'true', attestations: parseAttestations(get('attestations'), fail) }
    if (get('note') !== '') term.note = get('note')
    concept.terms.push(term)
  }
  for (const concept of concepts.values()) {
    const source = concept.terms.find((term) => term.isSource) ?? concept.terms.find((term) => term.lang === concept.sourceLang && term.text === concept.sourceText) ?? concept.terms[0]!
    source.isSource = true
    concept.sourceLang = source.lang
    concept.sourceText = source.text
  }
  return { concepts: [...concepts.values()] }
}

function parseAttestations(json: string, fail: (message: string) => never): Attestation[] {
  if (json === '') return []
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    fail('the attestations column is not valid JSON')
  }
  if (!Array.isArray(value)) fail('the attestations column must be a JSON array')
  return (value as unknown[]).map((item) => {
    const record = item as Partial<Attestation>
    const ok = typeof record === 'object' && record !== null && typeof record.doc === 'string' && typeof record.outlet === 'string' &&
      typeof record.date === 'string' && typeof record.text === 'string' && Number.isInteger(record.sentence) && Number.isInteger(record.start) &&
      Number.isInteger(record.end) && record.end! > record.start! && origins.includes(record.origin as AttestationOrigin)
    if (!ok) fail(`an attestation lacks doc, outlet, date, sentence, start < end, text or a known origin: ${JSON.stringify(item).slice(0, 80)}`)
    return record as Attestation
  })
}
