import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { RenderingsError } from '@renderings/errors'
import type { DocumentInfo } from '@renderings/types'
import { readTextFile } from './read-text-file.js'

/** The manifest's file name inside a corpus folder. */
export const manifestFileName = 'manifest.json'

/**
 * Read and validate `folder/manifest.json`: `{ "documents": [DocumentInfo…] }`.
 * Any problem is a RenderingsError naming the file and the field, e.g.
 * `seeds/manifest.json: documents[2].date: expected an ISO date …`.
 */
export async function loadManifest(folder: string): Promise<DocumentInfo[]> {
  const file = join(folder, manifestFileName)
  const text = await readTextFile(file)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new RenderingsError(`is not valid JSON (${(error as Error).message})`, { code: 'EMANIFEST', file, cause: error })
  }
  const documents = validateManifest(parsed, file)
  for (const [index, document] of documents.entries()) {
    if (!existsSync(join(folder, document.file))) fail(file, `documents[${index}].file`, `no such file "${document.file}" in the folder`)
  }
  return documents
}

/** Validate parsed manifest JSON (no I/O); `file` is named in errors. */
export function validateManifest(value: unknown, file: string): DocumentInfo[] {
  if (!isRecord(value) || !Array.isArray(value['documents'])) fail(file, 'documents', 'expected an object with a "documents" list')
  const ids = new Set<string>()
  const files = new Set<string>()
  return (value['documents'] as unknown[]).map((entry, index) => {
    const at = `documents[${index}]`
    if (!isRecord(entry)) fail(file, at, 'expected an object')
    const field = (name: string): string => {
      const found = entry[name]
      if (typeof found !== 'string' || found.trim() === '') fail(file, `${at}.${name}`, `expected a non-empty string, got ${describe(found)}`)
      return found
    }
    const id = field('id')
    if (!/^[\w.-]+$/u.test(id)) fail(file, `${at}.id`, `expected letters, digits, "_", "." or "-", got "${id}"`)
    if (ids.has(id)) fail(file, `${at}.id`, `duplicate id "${id}"`)
    ids.add(id)
    const documentFile = field('file')
    if (documentFile.includes('/') || documentFile.includes('\\')) fail(file, `${at}.file`, `expected a file name in the folder, got "${documentFile}"`)
    if (files.has(documentFile)) fail(file, `${at}.file`, `duplicate file "${documentFile}"`)
    files.add(documentFile)
    const outlet = field('outlet')
    const outletEvidence = field('outletEvidence')
    const date = field('date')
    if (date !== 'unknown' && !isIsoDate(date)) fail(file, `${at}.date`, `expected an ISO date YYYY-MM-DD or "unknown", got "${date}"`)
    const dateEvidence = entry['dateEvidence']
    if (dateEvidence !== undefined && (typeof dateEvidence !== 'string' || dateEvidence.trim() === '')) {
      fail(file, `${at}.dateEvidence`, `expected a non-empty string when present, got ${describe(dateEvidence)}`)
    }
    const languages = entry['languages']
    if (!Array.isArray(languages) || languages.length === 0) fail(file, `${at}.languages`, `expected a non-empty list of ISO 639-1 codes, got ${describe(languages)}`)
    for (const [position, lang] of languages.entries()) {
      if (typeof lang !== 'string' || !/^[a-z]{2}$/u.test(lang)) fail(file, `${at}.languages[${position}]`, `expected an ISO 639-1 code such as "fr", got ${describe(lang)}`)
    }
    return {
      id,
      file: documentFile,
      outlet,
      outletEvidence,
      date,
      ...(dateEvidence === undefined ? {} : { dateEvidence: dateEvidence as string }),
      title: field('title'),
      kind: field('kind'),
      languages: languages as string[]
    }
  })
}

function fail(file: string, field: string, problem: string): never {
  throw new RenderingsError(`${field}: ${problem}`, { code: 'EMANIFEST', file })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value)
}
