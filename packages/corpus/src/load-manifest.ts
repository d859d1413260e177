import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { RenderingsError } from '@renderings/errors'
import type { LanguageCode } from '@renderings/types'
import { isRealDate, languagesOfTag } from './file-name.js'
import { readTextFile } from './read-text-file.js'

/** The manifest's file name inside a corpus folder (a JSON object with a `documents` list). */
export const manifestFileName = 'manifest.json'
/** The other manifest form: one JSON object per line. */
export const manifestLinesFileName = 'manifest.jsonl'

/**
 * One document as a manifest describes it. Only `file` is required; what is
 * absent is taken from the file name or the document's front matter.
 */
export interface ManifestEntry {
  file: string
  id?: string
  outlet?: string
  outletEvidence?: string
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date?: string
  dateEvidence?: string
  title?: string
  kind?: string
  /** ISO 639-1 codes, from `languages` (a list) or `lang` (a tag such as `zh-Hant`). */
  languages?: LanguageCode[]
  /** The event the document reports; documents are compared only within one event. */
  event?: string
}

/** Where a folder's manifest is, if it has one. */
export function manifestPath(folder: string): string | undefined {
  const json = join(folder, manifestFileName)
  const lines = join(folder, manifestLinesFileName)
  const hasJson = existsSync(json)
  const hasLines = existsSync(lines)
  if (hasJson && hasLines) {
    throw new RenderingsError(`two manifests (${manifestFileName} and ${manifestLinesFileName}): keep one`, { code: 'EMANIFEST', file: folder })
  }
  return hasJson ? json : hasLines ? lines : undefined
}

/**
 * Read and validate a folder's manifest: `manifest.json` (`{ "documents":
 * [ … ] }`, or a bare list) or `manifest.jsonl` (one object per line). Every
 * listed file must exist in the folder. Any problem is a RenderingsError
 * naming the file and the field (`seeds/manifest.json: documents[2].date:
 * expected an ISO date …`, `manifest.jsonl: line 3: file: …`).
 */
export async function loadManifest(folder: string): Promise<ManifestEntry[]> {
  const file = manifestPath(folder)
  if (file === undefined) throw new RenderingsError('no such file', { code: 'ENOENT', file: join(folder, manifestFileName) })
  const text = await readTextFile(file)
  const exists = (name: string): boolean => existsSync(join(folder, name))
  return file.endsWith('.jsonl') ? parseManifestLines(text, file, exists) : validateManifest(parseJson(text, file), file, exists)
}

/**
 * Validate parsed `manifest.json` content; `file` is named in errors, and
 * `exists` (when given) says whether a listed file is in the folder.
 */
export function validateManifest(value: unknown, file: string, exists?: (name: string) => boolean): ManifestEntry[] {
  const list = Array.isArray(value) ? value : isRecord(value) && Array.isArray(value['documents']) ? (value['documents'] as unknown[]) : undefined
  if (list === undefined) fail(file, 'documents', 'expected an object with a "documents" list')
  return validateEntries(list.map((entry, index) => [`documents[${index}].`, entry] as const), file, exists)
}

/** Parse and validate `manifest.jsonl` text: one JSON object per line, blank lines ignored. */
export function parseManifestLines(text: string, file: string, exists?: (name: string) => boolean): ManifestEntry[] {
  const rows: Array<readonly [string, unknown]> = []
  for (const [index, line] of text.split(/\r?\n/u).entries()) {
    if (line.trim() === '') continue
    rows.push([`line ${index + 1}: `, parseJson(line, `${file}: line ${index + 1}`)])
  }
  return validateEntries(rows, file, exists)
}

function validateEntries(rows: ReadonlyArray<readonly [string, unknown]>, file: string, exists: ((name: string) => boolean) | undefined): ManifestEntry[] {
  const ids = new Set<string>()
  const files = new Set<string>()
  return rows.map(([at, entry]) => {
    if (!isRecord(entry)) fail(file, at.replace(/[.: ]+$/u, ''), 'expected an object')
    const optional = (name: string): string | undefined => {
      const found = entry[name]
      if (found === undefined || found === null) return undefined
      if (typeof found !== 'string') fail(file, `${at}${name}`, `expected a string, got ${describe(found)}`)
      const trimmed = found.trim()
      return trimmed === '' ? undefined : trimmed
    }
    const documentFile = optional('file')
    if (documentFile === undefined) fail(file, `${at}file`, `expected the document's file name, got ${describe(entry['file'])}`)
    if (documentFile.includes('/') || documentFile.includes('\\')) fail(file, `${at}file`, `expected a file name in the folder, got "${documentFile}"`)
    if (files.has(documentFile)) fail(file, `${at}file`, `duplicate file "${documentFile}"`)
    if (exists !== undefined && !exists(documentFile)) fail(file, `${at}file`, `no such file "${documentFile}" in the folder`)
    files.add(documentFile)
    const result: ManifestEntry = { file: documentFile }
    const id = optional('id')
    if (id !== undefined) {
      if (!/^[\w.-]+$/u.test(id)) fail(file, `${at}id`, `expected letters, digits, "_", "." or "-", got "${id}"`)
      if (ids.has(id)) fail(file, `${at}id`, `duplicate id "${id}"`)
      ids.add(id)
      result.id = id
    }
    const date = optional('date')
    if (date !== undefined && date !== 'unknown') {
      if (!isRealDate(date)) fail(file, `${at}date`, `expected an ISO date YYYY-MM-DD (or YYYY-MM, YYYY, "unknown"), got "${date}"`)
      result.date = date
    }
    for (const name of ['outlet', 'outletEvidence', 'dateEvidence', 'title', 'kind', 'event'] as const) {
      const value = optional(name)
      if (value !== undefined) result[name] = value
    }
    const languages = languagesOf(entry, at, file)
    if (languages !== undefined) result.languages = languages
    return result
  })
}

/** `languages: ["fr", "zh"]` or `lang: "zh-Hant"`; undefined when neither is given. */
function languagesOf(entry: Record<string, unknown>, at: string, file: string): LanguageCode[] | undefined {
  const list = entry['languages']
  if (list !== undefined && list !== null) {
    if (!Array.isArray(list) || list.length === 0) fail(file, `${at}languages`, `expected a non-empty list of ISO 639-1 codes, got ${describe(list)}`)
    for (const [position, lang] of list.entries()) {
      if (typeof lang !== 'string' || !/^[a-z]{2}$/u.test(lang)) fail(file, `${at}languages[${position}]`, `expected an ISO 639-1 code such as "fr", got ${describe(lang)}`)
    }
    return list as LanguageCode[]
  }
  const tag = entry['lang'] ?? entry['language']
  if (tag === undefined || tag === null || tag === '') return undefined
  const codes = typeof tag === 'string' ? languagesOfTag(tag) : []
  if (codes.length === 0) fail(file, `${at}lang`, `expected a language tag such as "fr" or "zh-Hant", got ${describe(tag)}`)
  return codes
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new RenderingsError(`is not valid JSON (${(error as Error).message})`, { code: 'EMANIFEST', file, cause: error })
  }
}

function fail(file: string, field: string, problem: string): never {
  throw new RenderingsError(`${field}: ${problem}`, { code: 'EMANIFEST', file })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value)
}
