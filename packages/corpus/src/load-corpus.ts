import { readdir, realpath, stat } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve, sep } from 'node:path'
import { RenderingsError } from '@renderings/errors'
import type { DocumentInfo } from '@renderings/types'
import { describeFileName, isRealDate, languagesOfTag } from './file-name.js'
import { blankFrontMatter, readFrontMatter } from './front-matter.js'
import { loadManifest, manifestPath, type ManifestEntry } from './load-manifest.js'
import { readTextFile } from './read-text-file.js'

/** A document of a corpus, read and described. */
export interface CorpusDocument extends DocumentInfo {
  /** The file's path, as reached from the paths given. */
  path: string
  /** The event it reports: its folder's name, or the manifest's or front matter's `event`. */
  event: string
  /** The text, with a front-matter block blanked (same length, so offsets are the file's). */
  text: string
}

/** Options of {@link loadCorpus}. */
export interface LoadCorpusOptions {
  /** Refuse documents larger than this many bytes (default: readTextFile's limit). */
  maxBytes?: number
}

const maxDepth = 8

/**
 * The documents at `paths`: `.txt` files, or folders of them (walked into
 * sub-folders, so a folder of event folders works too). What each document
 * is comes from, in order: the folder's manifest (`manifest.json` or
 * `manifest.jsonl`, only `file` required), a front-matter block at the top of
 * the file, and the file name (`<outlet>[.<date>][.<language>].txt`). The
 * event is the manifest's or front matter's `event`, else the folder. Ids are
 * the manifest's, else the file name without `.txt`; two documents of
 * different events with one id are told apart as `event/id`.
 */
export async function loadCorpus(paths: readonly string[], options: LoadCorpusOptions = {}): Promise<CorpusDocument[]> {
  const files: string[] = []
  const seen = new Set<string>()
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => {
      throw new RenderingsError('no such file or folder', { code: 'ENOENT', file: path, cause: error })
    })
    const before = files.length
    if (info.isDirectory()) await collectFolder(path, files, seen, 0)
    else if (!seen.has(resolve(path))) {
      seen.add(resolve(path))
      files.push(path)
    }
    if (files.length === before && info.isDirectory()) throw new RenderingsError('no .txt documents in this folder', { code: 'ENOENT', file: path })
  }
  const manifests = new Map<string, Map<string, ManifestEntry>>()
  const events = eventNames(files.map((file) => resolve(dirname(file))))
  const documents: CorpusDocument[] = []
  for (const file of files) {
    const folder = resolve(dirname(file))
    let manifest = manifests.get(folder)
    if (manifest === undefined) {
      manifest = manifestPath(folder) === undefined ? new Map() : new Map((await loadManifest(folder)).map((entry) => [entry.file, entry]))
      manifests.set(folder, manifest)
    }
    const text = await readTextFile(file, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes })
    documents.push(describeDocument(file, text, manifest.get(basename(file)), events.get(folder)!))
  }
  return withUniqueIds(documents)
}

/** A folder's `.txt` files, then those of its sub-folders (hidden ones skipped), in name order. */
async function collectFolder(folder: string, files: string[], seen: Set<string>, depth: number): Promise<void> {
  const real = await realpath(folder)
  if (seen.has(real) || depth > maxDepth) return
  seen.add(real)
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of entries) {
    if (entry.name.startsWith('.') || extname(entry.name) !== '.txt') continue
    const path = join(folder, entry.name)
    if ((entry.isFile() || (entry.isSymbolicLink() && (await stat(path)).isFile())) && !seen.has(resolve(path))) {
      seen.add(resolve(path))
      files.push(path)
    }
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isDirectory() === true)) await collectFolder(path, files, seen, depth + 1)
  }
}

function describeDocument(path: string, original: string, entry: ManifestEntry | undefined, folderEvent: string): CorpusDocument {
  const name = basename(path)
  const fromName = describeFileName(name)
  const frontMatter = readFrontMatter(original)
  const front = frontMatter?.fields ?? new Map<string, string>()
  const frontDate = front.get('date')
  if (frontDate !== undefined && !isRealDate(frontDate)) {
    throw new RenderingsError(`front matter: date: expected an ISO date YYYY-MM-DD (or YYYY-MM, YYYY), got "${frontDate}"`, { code: 'EMANIFEST', file: path })
  }
  const frontTag = front.get('languages') ?? front.get('language') ?? front.get('lang')
  const frontLanguages = frontTag === undefined ? [] : frontTag.split(/[\s,]+/u).flatMap(languagesOfTag)
  const outletFrom = entry?.outlet !== undefined ? undefined : front.has('outlet') ? 'inference: the front matter' : `inference: the file name "${name}"`
  const outletEvidence = entry?.outletEvidence ?? outletFrom ?? ''
  const dateEvidence = entry?.dateEvidence
  const languages = entry?.languages ?? (frontLanguages.length > 0 ? frontLanguages : fromName.languages)
  return {
    id: entry?.id ?? name.replace(/\.txt$/iu, ''),
    file: name,
    path,
    outlet: entry?.outlet ?? front.get('outlet') ?? fromName.outlet,
    outletEvidence,
    date: entry?.date ?? frontDate ?? fromName.date ?? 'unknown',
    ...(dateEvidence === undefined ? {} : { dateEvidence }),
    title: entry?.title ?? front.get('title') ?? '(untitled)',
    kind: entry?.kind ?? front.get('kind') ?? '',
    languages,
    event: entry?.event ?? front.get('event') ?? folderEvent,
    text: frontMatter === undefined ? original : blankFrontMatter(original, frontMatter)
  }
}

/**
 * An event name per folder: its own name, with as many parent names as it
 * takes to tell two folders of the same name apart (`a/2024`, `b/2024`).
 */
function eventNames(folders: readonly string[]): Map<string, string> {
  const distinct = [...new Set(folders)]
  const names = new Map<string, string>()
  for (const folder of distinct) {
    const parts = folder.split(sep).filter((part) => part !== '')
    let take = 1
    const nameOf = (other: string, count: number): string => other.split(sep).filter((part) => part !== '').slice(-count).join('/')
    while (take < parts.length && distinct.some((other) => other !== folder && nameOf(other, take) === nameOf(folder, take))) take++
    names.set(folder, nameOf(folder, take))
  }
  return names
}

/** Ids made unique: `event/id` where two events hold the same id; an error where one event does. */
function withUniqueIds(documents: CorpusDocument[]): CorpusDocument[] {
  const count = new Map<string, number>()
  for (const document of documents) count.set(document.id, (count.get(document.id) ?? 0) + 1)
  const ids = new Map<string, string>()
  for (const document of documents) {
    if (count.get(document.id)! > 1) document.id = `${document.event}/${document.id}`
    const other = ids.get(document.id)
    if (other !== undefined) {
      throw new RenderingsError(`has the same document id "${document.id}" as ${other}: give one of them another id in the manifest`, { code: 'EMANIFEST', file: document.path })
    }
    ids.set(document.id, document.path)
  }
  return documents
}
