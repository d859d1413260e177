import { RenderingsError } from '@renderings/errors'
import type { DocumentInfo } from '@renderings/types'

/** The `type` of the TBX back-matter section that lists the documents. */
export const documentsSectionType = 'renderingsDocuments'

/** A document's fields, in the order the exporters write them. */
export function documentFields(document: DocumentInfo): [string, string][] {
  return [
    ['id', document.id],
    ['file', document.file],
    ['outlet', document.outlet],
    ['outletEvidence', document.outletEvidence],
    ['date', document.date],
    ['title', document.title],
    ['kind', document.kind],
    ['languages', document.languages.join(' ')]
  ]
}

/** A document back from its fields (missing ones are empty); `id` and `outlet` are required. */
export function readDocument(fields: ReadonlyMap<string, string>, where: string, file: string): DocumentInfo {
  const get = (name: string): string => fields.get(name) ?? ''
  if (get('id').trim() === '' || get('outlet').trim() === '') {
    throw new RenderingsError(`${where}: a document needs an id and an outlet`, { code: 'ETBX', file })
  }
  return {
    id: get('id'),
    file: get('file'),
    outlet: get('outlet'),
    outletEvidence: get('outletEvidence'),
    date: get('date') || 'unknown',
    title: get('title'),
    kind: get('kind'),
    languages: get('languages').split(' ').filter((language) => language !== '')
  }
}
