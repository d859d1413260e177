import { RenderingsError } from '@renderings/errors'
import type { Attestation, AttestationOrigin, ConceptEntry, DocumentInfo, RenderingStatus, TermEntry, TermIndex } from '@renderings/types'
import { contestedSubset, forbiddenSubset, renderingsNamespace, tbxNamespaces } from './namespaces.js'
import { childElements, textOf, XmlSubtreeParser, type XmlElement, type XmlLimits, type XmlPath } from './xml-tree.js'
import { languageTag } from './language-tag.js'
import { documentsSectionType, readDocument } from './documents.js'
import { readAttestationRecord, textFromContext } from './attestation-record.js'
import { decodeXmlName } from './xml-name.js'

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

/** What {@link TbxReader} and {@link readTbxStream} give, in document order. */
export type TbxItem =
  /** A concept entry, read and checked. `entry` counts entries from 1; `line` is where it starts. */
  | { kind: 'concept'; concept: ConceptEntry; entry: number; line: number }
  /** An entry that cannot be taken: the error names the file, the entry, its id and line. */
  | { kind: 'invalid'; error: RenderingsError; entry: number; id: string; line: number }
  /** The documents the attestations cite (the file's back matter, after the entries). */
  | { kind: 'documents'; documents: DocumentInfo[] }

/**
 * A TBX reader fed piece by piece: TBX v3 (`tbx`, `conceptEntry`, `langSec`,
 * `termSec`) and v2 (`martif`, `termEntry`, `langSet`, `tig`,
 * `ntig`/`termGrp`), DCA (`<descrip type="subjectField">`) and DCT
 * (`<basic:subjectField>`) styles, both TBX namespaces, our own conventions
 * in TBX-Basic categories and the private `rdg:` elements of older exports.
 * Only one entry is held at a time. A file that is not TBX or not
 * well-formed XML throws; an entry that cannot be taken (no terms, unknown
 * language or status, a duplicate term or id) is reported as `invalid` and
 * the reader goes on, so the caller decides whether that ends the import.
 */
export class TbxReader {
  readonly #file: string
  readonly #parser: XmlSubtreeParser
  readonly #seen = new Set<string>()
  #items: TbxItem[] = []
  #entries = 0
  #sawText = false

  constructor(file: string, limits: XmlLimits = {}) {
    this.#file = file
    this.#parser = new XmlSubtreeParser(file, {
      root: (tag) => {
        if (!(tag.local === 'tbx' || tag.local === 'martif') || !tbxNamespaces.has(tag.uri)) {
          throw new RenderingsError(`is not a TBX file (root element <${tag.local}>${tag.uri ? ` in namespace ${tag.uri}` : ''})`, { code: 'ETBX', file })
        }
      },
      keep: (path, local) => this.#keep(path, local),
      subtree: (element, line) => this.#subtree(element, line)
    }, limits)
  }

  /** Read the next piece of the file; returns what it completed. */
  write(chunk: string): TbxItem[] {
    this.#parser.write(chunk)
    return this.#take()
  }

  /** The file has ended: returns what remains, or throws if the file is incomplete. */
  close(): TbxItem[] {
    this.#parser.close()
    if (!this.#sawText) throw new RenderingsError('has no <text> section', { code: 'ETBX', file: this.#file })
    return this.#take()
  }

  #take(): TbxItem[] {
    const items = this.#items
    this.#items = []
    return items
  }

  #keep(path: XmlPath, local: string): boolean {
    if (path.length === 1 && local === 'text') this.#sawText = true
    if (path.length !== 3 || path[1] !== 'text') return false
    return (path[2] === 'body' && (local === 'conceptEntry' || local === 'termEntry')) || (path[2] === 'back' && local === 'refObjectSec')
  }

  #subtree(element: XmlElement, line: number): void {
    if (element.local === 'refObjectSec') {
      if (element.attributes.get('type') !== documentsSectionType) return
      const documents = childElements(element, 'refObject').map((object, position) =>
        readDocument(new Map(childElements(object, 'item').map((item) => [item.attributes.get('type') ?? '', textOf(item)])), `document ${position + 1}`, this.#file)
      )
      this.#items.push({ kind: 'documents', documents })
      return
    }
    const entry = ++this.#entries
    const rawId = element.attributes.get('id')
    const id = rawId === undefined ? `c${entry}` : decodeXmlName(rawId.trim())
    try {
      if (this.#seen.has(id)) throw entryError(this.#file, entry, id, line, `duplicate concept id "${id}"`)
      const concept = readEntry(element, id, (message) => {
        throw entryError(this.#file, entry, id, line, message)
      })
      this.#seen.add(id)
      this.#items.push({ kind: 'concept', concept, entry, line })
    } catch (error) {
      if (!(error instanceof RenderingsError)) throw error
      this.#items.push({ kind: 'invalid', error, entry, id, line })
    }
  }
}

function entryError(file: string, entry: number, id: string, line: number, message: string): RenderingsError {
  return new RenderingsError(`entry ${entry} ("${id}", line ${line}): ${message}`, { code: 'ETBX', file })
}

/**
 * Read a whole TBX text into a TermIndex. Hostile XML (entity declarations)
 * and malformed files are refused with a RenderingsError naming the file,
 * and so is the first entry that cannot be taken (naming the entry).
 */
export function readTbx(text: string, file: string, limits: XmlLimits = {}): TermIndex {
  const reader = new TbxReader(file, limits)
  const concepts: ConceptEntry[] = []
  let documents: DocumentInfo[] = []
  for (const item of [...reader.write(text), ...reader.close()]) {
    if (item.kind === 'invalid') throw item.error
    if (item.kind === 'concept') concepts.push(item.concept)
    else documents = [...documents, ...item.documents]
  }
  return documents.length > 0 ? { concepts, documents } : { concepts }
}

/**
 * Read a TBX file as it streams in (`chunks` of text, e.g. a file read
 * stream decoded as UTF-8): one item at a time, in document order, holding
 * one entry in memory whatever the size of the file.
 */
export async function* readTbxStream(chunks: AsyncIterable<string>, file: string, limits: XmlLimits = {}): AsyncGenerator<TbxItem> {
  const reader = new TbxReader(file, limits)
  for await (const chunk of chunks) yield* reader.write(chunk)
  yield* reader.close()
}

function readEntry(entry: XmlElement, id: string, fail: (message: string) => never): ConceptEntry {
  const terms: TermEntry[] = []
  const concept: ConceptEntry = { id, sourceLang: '', sourceText: '', terms }
  const notes: string[] = []
  for (const child of childElements(entry)) {
    const category = dataCategory(child)
    if (category === 'subjectField') concept.domain ??= clean(textOf(child))
    else if (category === 'definition') concept.gloss ??= clean(textOf(child))
    else if (child.local === 'descripGrp') concept.gloss ??= definitionIn(child)
    else if (child.local === 'note' && !isPrivate(child)) notes.push(clean(textOf(child)))
    else if (child.local === 'adminGrp' && hasSubset(child, contestedSubset)) concept.contested = childElements(child, 'note').map((note) => clean(textOf(note))).join(' ')
    else if (isPrivate(child) && child.local === 'contested') concept.contested = clean(textOf(child))
    else if (child.local === 'langSec' || child.local === 'langSet') {
      const rawLang = child.attributes.get('xml:lang') ?? fail(`<${child.local}> without xml:lang`)
      const lang = languageTag(rawLang) ?? fail(`unknown language "${rawLang}"`)
      for (const section of childElements(child)) {
        if (section.local === 'termSec' || section.local === 'tig' || section.local === 'ntig') terms.push(readTerm(section, id, lang, fail))
        // Other tools define a concept per language; the first such definition stands in for a gloss.
        else if (section.local === 'descripGrp') concept.gloss ??= definitionIn(section)
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
  // Our files write the source phrase first (older ones also mark it); so do most others.
  const source = terms.find((term) => term.isSource) ?? terms[0]!
  source.isSource = true
  concept.sourceLang = source.lang
  concept.sourceText = source.text
  return concept
}

function definitionIn(group: XmlElement): string | undefined {
  const definition = childElements(group).find((element) => dataCategory(element) === 'definition')
  return definition === undefined ? undefined : clean(textOf(definition))
}

function hasSubset(parent: XmlElement, subset: string): boolean {
  return childElements(parent).some((element) => dataCategory(element) === 'projectSubset' && clean(textOf(element)) === subset)
}

function readTerm(section: XmlElement, conceptId: string, lang: string, fail: (message: string) => never): TermEntry {
  // ntig keeps term and termNotes inside a termGrp.
  const parts = section.local === 'ntig' ? [...childElements(section, 'termGrp').flatMap((group) => childElements(group)), ...childElements(section)] : childElements(section)
  const termElement = parts.find((element) => element.local === 'term' && !isPrivate(element))
  const text = termElement === undefined ? '' : clean(textOf(termElement))
  if (text === '') fail(`a ${lang} <${section.local}> has no term text`)
  const term: TermEntry = { conceptId, lang, text, status: 'admitted', isSource: false, attestations: [] }
  const notes: string[] = []
  let forbidden = false
  const where = `term "${text}"`
  for (const part of parts) {
    const category = dataCategory(part)
    if (category === 'administrativeStatus') {
      const value = clean(textOf(part))
      term.status = statusFromTbx[value.toLowerCase()] ?? fail(`${where}: unknown administrativeStatus "${value}"`)
    } else if (category === 'projectSubset' && clean(textOf(part)) === forbiddenSubset) forbidden = true
    else if (isPrivate(part) && part.local === 'status') forbidden ||= clean(textOf(part)) === 'forbidden'
    else if (isPrivate(part) && part.local === 'sourceTerm') term.isSource = clean(textOf(part)) === 'true'
    else if (part.local === 'note' && !isPrivate(part)) notes.push(clean(textOf(part)))
    else if (part.local === 'descripGrp') {
      const attestation = readAttestation(part, (message) => fail(`${where}: ${message}`))
      if (attestation !== undefined) term.attestations.push(attestation)
    }
  }
  if (forbidden) term.status = 'forbidden'
  if (notes.length > 0) term.note = notes.join(' ')
  return term
}

/**
 * The attestation a context group holds: our record note (or the private
 * `rdg:attestation` of older exports), or undefined for a context from
 * another tool, which says nothing of where in which document it was found.
 */
function readAttestation(group: XmlElement, fail: (message: string) => never): Attestation | undefined {
  const children = childElements(group)
  const context = children.find((element) => dataCategory(element) === 'context')
  const legacy = children.find((element) => isPrivate(element) && element.local === 'attestation')
  let fields: Map<string, string> | undefined
  if (legacy !== undefined) {
    fields = new Map([...legacy.attributes, ['text', textOf(legacy)]])
  } else {
    for (const note of children.filter((element) => element.local === 'note')) {
      try {
        fields ??= readAttestationRecord(textOf(note))
      } catch (error) {
        fail((error as Error).message)
      }
    }
    if (fields === undefined) return undefined
    const outlet = children.find((element) => dataCategory(element) === 'customerSubset')
    if (outlet !== undefined) fields.set('outlet', textOf(outlet))
  }
  const field = (name: string): string => fields.get(name) ?? fail(`attestation without ${name}`)
  const whole = (name: string): number => {
    const value = Number(field(name))
    if (!/^\d+$/.test(field(name)) || !Number.isSafeInteger(value)) fail(`attestation ${name} "${field(name)}" is not a whole number`)
    return value
  }
  const origin = field('origin') as AttestationOrigin
  if (!origins.includes(origin)) fail(`unknown attestation origin "${origin}"`)
  const attestation: Attestation = { doc: field('doc'), outlet: field('outlet'), date: field('date'), sentence: whole('sentence'), start: whole('start'), end: whole('end'), text: '', origin }
  if (attestation.end <= attestation.start) fail(`attestation offsets [${attestation.start}, ${attestation.end}) are empty`)
  // Quotations of the original document: kept exactly as written, not normalised.
  const contextText = context === undefined ? undefined : textOf(context)
  if (fields.get('context') !== 'none' && contextText !== undefined) attestation.context = contextText
  if (fields.has('contextStart')) attestation.contextStart = whole('contextStart')
  const text = fields.get('text') ?? (attestation.context === undefined ? contextText : textFromContext(attestation.context, attestation))
  attestation.text = text ?? fail('attestation without its text')
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
