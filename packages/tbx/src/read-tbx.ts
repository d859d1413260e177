import { RenderingsError } from '@renderings/errors'
import type { Attestation, AttestationOrigin, ConceptEntry, RenderingStatus, TermEntry, TermIndex } from '@renderings/types'
import { renderingsNamespace, tbxNamespaces } from './namespaces.js'
import { childElements, parseXmlTree, textOf, type XmlElement, type XmlLimits } from './xml-tree.js'
import { languageTag } from './language-tag.js'
import { documentsSectionType, readDocument } from './documents.js'

// Be liberal in what we read: TBX-Basic's values, IATE's, Weblate's.
const statusFromTbx: Record<string, RenderingStatus> = {
  'preferredterm-admn-sts': 'preferred',
  'admittedterm-admn-sts': 'admitted',
  'deprecatedterm-admn-sts': 'deprecated',
  'supersededterm-admn-sts': 'superseded',
  preferred: 'preferred',
  admitted: 'admitted',
  proposed: 'admitted',
  deprecated: 'deprecated',
  notrecommended: 'deprecated',
  superseded: 'superseded',
  obsolete: 'superseded',
  forbidden: 'forbidden'
}
const origins: readonly AttestationOrigin[] = ['curated', 'mined', 'aligned']

/**
 * Read a TBX file into a TermIndex: TBX v3 (`tbx`, `conceptEntry`, `langSec`,
 * `termSec`) and v2 (`martif`, `termEntry`, `langSet`, `tig`, `ntig`/`termGrp`),
 * DCA (`<descrip type="subjectField">`) and DCT (`<basic:subjectField>`)
 * styles, both TBX namespaces, plus our private `rdg:` data. Hostile XML
 * (entity declarations, oversize files) and malformed files are refused with
 * a RenderingsError naming the file and, for content errors, the entry.
 */
export function readTbx(text: string, file: string, limits: XmlLimits = {}): TermIndex {
  const root = parseXmlTree(text, file, limits)
  if (!(root.local === 'tbx' || root.local === 'martif') || !tbxNamespaces.has(root.uri)) {
    throw new RenderingsError(`is not a TBX file (root element <${root.local}>${root.uri ? ` in namespace ${root.uri}` : ''})`, { code: 'ETBX', file })
  }
  const body = childElements(root, 'text').flatMap((section) => childElements(section, 'body'))[0]
  if (body === undefined) throw new RenderingsError('has no <text><body> section', { code: 'ETBX', file })
  const seen = new Set<string>()
  const concepts = childElements(body)
    .filter((element) => element.local === 'conceptEntry' || element.local === 'termEntry')
    .map((entry, position) => {
      const concept = readEntry(entry, position, file)
      if (seen.has(concept.id)) throw new RenderingsError(`entry ${position + 1}: duplicate concept id "${concept.id}"`, { code: 'ETBX', file })
      seen.add(concept.id)
      return concept
    })
  const documents = childElements(root, 'text').flatMap((section) => childElements(section, 'back')).flatMap((back) => childElements(back, 'refObjectSec'))
    .filter((section) => section.attributes.get('type') === documentsSectionType)
    .flatMap((section) => childElements(section, 'refObject'))
    .map((object, position) => readDocument(new Map(childElements(object, 'item').map((item) => [item.attributes.get('type') ?? '', textOf(item)])), `document ${position + 1}`, file))
  return documents.length > 0 ? { concepts, documents } : { concepts }
}

function readEntry(entry: XmlElement, position: number, file: string): ConceptEntry {
  const id = (entry.attributes.get('id') ?? `c${position + 1}`).trim()
  const where = `entry ${position + 1} ("${id}")`
  const fail = (message: string): never => {
    throw new RenderingsError(`${where}: ${message}`, { code: 'ETBX', file })
  }
  const terms: TermEntry[] = []
  const concept: ConceptEntry = { id, sourceLang: '', sourceText: '', terms }
  const notes: string[] = []
  for (const child of childElements(entry)) {
    const category = dataCategory(child)
    if (category === 'subjectField') concept.domain ??= clean(textOf(child))
    else if (category === 'definition') concept.gloss ??= clean(textOf(child))
    else if (child.local === 'descripGrp') {
      const definition = childElements(child).find((element) => dataCategory(element) === 'definition')
      if (definition) concept.gloss ??= clean(textOf(definition))
    } else if (child.local === 'note' && !isPrivate(child)) notes.push(clean(textOf(child)))
    else if (isPrivate(child) && child.local === 'contested') concept.contested = clean(textOf(child))
    else if (child.local === 'langSec' || child.local === 'langSet') {
      const rawLang = child.attributes.get('xml:lang') ?? fail(`<${child.local}> without xml:lang`)
      const lang = languageTag(rawLang) ?? fail(`unknown language "${rawLang}"`)
      for (const section of childElements(child)) {
        if (section.local === 'termSec' || section.local === 'tig' || section.local === 'ntig') terms.push(readTerm(section, id, lang, fail))
        // Other tools define a concept per language; the first such definition stands in for a gloss.
        else if (section.local === 'descripGrp' && concept.gloss === undefined) {
          const definition = childElements(section).find((element) => dataCategory(element) === 'definition')
          if (definition) concept.gloss = clean(textOf(definition))
        }
      }
    }
  }
  if (notes.length > 0) concept.note = notes.join(' ')
  if (terms.length === 0) fail('has no terms')
  const seen = new Set<string>()
  for (const term of terms) {
    const key = `${term.lang}\u0000${term.text}`
    if (seen.has(key)) fail(`duplicate ${term.lang} term "${term.text}"`)
    seen.add(key)
  }
  // Our files mark the source term; for others, the first term is the source.
  const source = terms.find((term) => term.isSource) ?? terms[0]!
  source.isSource = true
  concept.sourceLang = source.lang
  concept.sourceText = source.text
  return concept
}

function readTerm(section: XmlElement, conceptId: string, lang: string, fail: (message: string) => never): TermEntry {
  // ntig keeps term and termNotes inside a termGrp.
  const parts = section.local === 'ntig' ? [...childElements(section, 'termGrp').flatMap((group) => childElements(group)), ...childElements(section)] : childElements(section)
  const termElement = parts.find((element) => element.local === 'term' && !isPrivate(element))
  const text = termElement === undefined ? '' : clean(textOf(termElement))
  if (text === '') fail(`a ${lang} <${section.local}> has no term text`)
  const term: TermEntry = { conceptId, lang, text, status: 'admitted', isSource: false, attestations: [] }
  const notes: string[] = []
  for (const part of parts) {
    if (dataCategory(part) === 'administrativeStatus') {
      const value = clean(textOf(part))
      const status = statusFromTbx[value.toLowerCase()]
      if (status === undefined) fail(`term "${text}": unknown administrativeStatus "${value}"`)
      if (term.status !== 'forbidden') term.status = status!
    } else if (isPrivate(part) && part.local === 'status' && clean(textOf(part)) === 'forbidden') term.status = 'forbidden'
    else if (isPrivate(part) && part.local === 'sourceTerm') term.isSource = clean(textOf(part)) === 'true'
    else if (part.local === 'note' && !isPrivate(part)) notes.push(clean(textOf(part)))
    else if (part.local === 'descripGrp') {
      for (const record of childElements(part).filter((element) => isPrivate(element) && element.local === 'attestation')) {
        term.attestations.push(readAttestation(record, part, text, fail))
      }
    }
  }
  if (notes.length > 0) term.note = notes.join(' ')
  return term
}

function readAttestation(record: XmlElement, group: XmlElement, term: string, fail: (message: string) => never): Attestation {
  const attribute = (name: string): string => record.attributes.get(name) ?? fail(`term "${term}": attestation without ${name}`)
  const whole = (name: string): number => {
    const value = Number(attribute(name))
    if (!Number.isInteger(value) || value < 0) fail(`term "${term}": attestation ${name} "${attribute(name)}" is not a whole number`)
    return value
  }
  const origin = attribute('origin') as AttestationOrigin
  if (!origins.includes(origin)) fail(`term "${term}": unknown attestation origin "${origin}"`)
  const attestation: Attestation = {
    doc: attribute('doc'),
    outlet: attribute('outlet'),
    date: attribute('date'),
    sentence: whole('sentence'),
    start: whole('start'),
    end: whole('end'),
    // Quotations of the original document: kept exactly as written, not normalised.
    text: textOf(record),
    origin
  }
  if (attestation.end <= attestation.start) fail(`term "${term}": attestation offsets [${attestation.start}, ${attestation.end}) are empty`)
  const context = childElements(group).find((element) => dataCategory(element) === 'context')
  if (record.attributes.get('context') !== 'none' && context !== undefined) attestation.context = textOf(context)
  if (record.attributes.has('contextStart')) attestation.contextStart = whole('contextStart')
  return attestation
}

/** The data category of an element: DCA's `type` attribute, or DCT's element name in a module namespace. */
function dataCategory(element: XmlElement): string | undefined {
  if (['descrip', 'termNote', 'admin'].includes(element.local) && tbxNamespaces.has(element.uri)) return element.attributes.get('type')
  if (!tbxNamespaces.has(element.uri) && !isPrivate(element)) return element.local
  return undefined
}

function isPrivate(element: XmlElement): boolean {
  return element.uri === renderingsNamespace
}

function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim()
}
