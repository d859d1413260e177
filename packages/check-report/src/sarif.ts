import type { VFile } from 'vfile'
import { rules as knownRules, type RuleId } from '@renderings/retext-renderings'
import { fileName, levelOf, placeOf, sortedMessages, type ReportMessage, type ReportPlace } from './message-fields.js'

/** Options of {@link reportSarif}. */
export interface SarifOptions {
  toolName?: string
  toolVersion?: string
  /** Indentation (default 2). */
  pretty?: number
}

/**
 * A SARIF 2.1.0 log with one run. Rules come from the rule registry (plus
 * any other rule id seen, e.g. skipped files); each result has its level
 * (error, warning, note), region (1-based lines and columns in UTF-16 code
 * units, hence `columnKind: utf16CodeUnits`, plus `charOffset`/`charLength`),
 * related locations (the reference rendering, maybe in another file),
 * `suppressions` for findings silenced inline with their justification, and
 * the custom fields in `properties`.
 */
export function reportSarif(files: readonly VFile[], options: SarifOptions = {}): string {
  const ruleIndex = new Map<string, number>()
  const rules: Array<Record<string, unknown>> = []
  const ensureRule = (id: string): number => {
    let index = ruleIndex.get(id)
    if (index === undefined) {
      const known = knownRules[id as RuleId]
      index = rules.length
      ruleIndex.set(id, index)
      rules.push({
        id,
        name: id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
        shortDescription: { text: known ? known.summary : `Check ${id}.` },
        defaultConfiguration: { level: known ? sarifLevel(known.defaultSeverity) : 'warning' }
      })
    }
    return index
  }
  for (const id of Object.keys(knownRules)) ensureRule(id)

  const results = files.flatMap((file) =>
    sortedMessages(file).map((message) => {
      const id = message.ruleId ?? 'message'
      const result: Record<string, unknown> = {
        ruleId: id,
        ruleIndex: ensureRule(id),
        level: sarifLevel(message.suppressed?.severity ?? levelOf(message)),
        message: { text: message.reason },
        locations: [location(fileName(file), placeOf(message))]
      }
      if (message.related && message.related.length > 0) {
        result['relatedLocations'] = message.related.map((related, index) => ({
          id: index + 1,
          ...location(related.file ?? fileName(file), related.place),
          message: { text: related.message }
        }))
      }
      if (message.suppressed) result['suppressions'] = [{ kind: 'inSource', justification: message.suppressed.reason }]
      const properties = propertiesOf(message)
      if (Object.keys(properties).length > 0) result['properties'] = properties
      return result
    })
  )

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: options.toolName ?? 'renderings', version: options.toolVersion ?? '0.0.0', rules } },
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return `${JSON.stringify(log, null, options.pretty ?? 2)}\n`
}

function sarifLevel(level: string): 'error' | 'warning' | 'note' {
  return level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'note'
}

function location(path: string, place: ReportPlace | undefined): Record<string, unknown> {
  const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: toUri(path) } }
  if (place) {
    const region: Record<string, number> = { startLine: place.start.line, startColumn: place.start.column }
    if (place.end) {
      region['endLine'] = place.end.line
      region['endColumn'] = place.end.column
    }
    if (place.start.offset !== undefined) {
      region['charOffset'] = place.start.offset
      if (place.end?.offset !== undefined) region['charLength'] = place.end.offset - place.start.offset
    }
    physicalLocation['region'] = region
  }
  return { physicalLocation }
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function toUri(path: string): string {
  return path
    .split(/[\\/]/)
    .map((segment, index) => (index === 0 && /^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment)))
    .join('/')
}

function propertiesOf(message: ReportMessage): Record<string, unknown> {
  const properties: Record<string, unknown> = {}
  if (message.source) properties['source'] = message.source
  for (const field of ['actual', 'expected', 'note', 'conceptId', 'lang', 'status', 'attestation'] as const) {
    const value = message[field]
    if (value !== undefined && value !== '') properties[field] = value
  }
  if (message.url) properties['url'] = message.url
  return properties
}
