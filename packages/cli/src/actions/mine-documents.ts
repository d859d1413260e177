import { readdir, stat } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { RenderingsError } from '@renderings/errors'
import { existsSync } from 'node:fs'
import { loadManifest, manifestFileName, readTextFile } from '@renderings/corpus'
import type { DocumentInfo } from '@renderings/types'

/** A document to mine, as read from disk. */
export interface LoadedDocument {
  path: string
  id: string
  outlet: string
  date: string
  text: string
  /** Languages the document is declared to hold (ISO 639-1), when it says. */
  languages?: string[]
}

/**
 * The documents named on the command line: text files, or folders of them.
 * A folder's manifest.json (seeds/manifest.json) gives each file its id,
 * outlet and date; without one, the id is the file name and the outlet is
 * unknown.
 */
export async function loadDocuments(paths: readonly string[]): Promise<LoadedDocument[]> {
  const files: string[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new RenderingsError('no such file or folder', { code: 'ENOENT', file: path })
    })
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => extname(name) === '.txt').sort()
      if (names.length === 0) throw new RenderingsError('no .txt documents in this folder', { code: 'ENOENT', file: path })
      files.push(...names.map((name) => join(path, name)))
    } else files.push(path)
  }
  const manifests = new Map<string, Map<string, DocumentInfo>>()
  const documents: LoadedDocument[] = []
  for (const file of files) {
    const folder = resolve(dirname(file))
    if (!manifests.has(folder)) manifests.set(folder, await readManifest(folder))
    const entry = manifests.get(folder)!.get(basename(file))
    const text = await readTextFile(file)
    documents.push({
      path: file,
      id: entry?.id ?? basename(file, extname(file)),
      outlet: entry?.outlet ?? 'unknown outlet',
      date: entry?.date ?? 'unknown',
      text
    })
  }
  return documents
}

/** A folder's manifest by file name; none when the folder has no manifest.json. */
async function readManifest(folder: string): Promise<Map<string, DocumentInfo>> {
  if (!existsSync(join(folder, manifestFileName))) return new Map()
  return new Map((await loadManifest(folder)).map((entry) => [basename(entry.file), entry]))
}
