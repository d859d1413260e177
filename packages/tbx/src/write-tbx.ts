import { createRequire } from 'node:module'
import type * as XmlBuilder from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'
import type { Attestation, ConceptEntry, DocumentInfo, TermEntry, TermIndex } from '@renderings/types'
import { contestedSubset, forbiddenSubset, statusToTbx, tbxNamespace } from './namespaces.js'
import { canonicalIndex } from './canonical.js'
import { documentFields, documentsSectionType } from './documents.js'
import { writeAttestationRecord } from './attestation-record.js'
import { encodeXmlName } from './xml-name.js'

/** Options of {@link writeTbx}. */
export interface WriteTbxOptions {
  /**
   * 3 (default): TBX v3 `tbx`/`conceptEntry`/`langSec`/`termSec`, valid
   * TBX-Basic (core RELAX NG grammar and DCA Schematron). 2: the older
   * `martif`/`termEntry`/`langSet`/`tig` names, for tools that read only
   * those (translate-toolkit), with the same data categories.
   */
  version?: 2 | 3
  /** The file's title (default "renderings glossary"). */
  title?: string
}

const xmlNamespace = 'http://www.w3.org/XML/1998/namespace'

/** What the header tells a person who opens the file of how it says what TBX-Basic has no category for. */
const conventions = 'Exported by the renderings toolkit. The first term of each entry is its source phrase. '
  + `Project subsets: "${contestedSubset}" (the entry's note in that group says why), "${forbiddenSubset}" (a deprecated term that must not be used). `
  + 'Each context group of a term is one attestation: the sentence, the outlet as customer subset, a source citation, '
  + 'and a note "attestation doc=… date=… sentence=… start=… end=… origin=…" giving its exact place (UTF-16 offsets, spaces as %20).'

/**
 * Write a TermIndex as TBX-Basic in DCA style, every field in TBX-Basic's own
 * data categories (see the package README), so that the file passes the
 * official RELAX NG grammar and Schematron. Output is canonical (sorted,
 * fixed indentation), so export → import → export is byte-identical.
 */
export function writeTbx(index: TermIndex, options: WriteTbxOptions = {}): string {
  const version = options.version ?? 3
  const names = version === 3
    ? { root: 'tbx', header: 'tbxHeader', entry: 'conceptEntry', language: 'langSec', term: 'termSec' }
    : { root: 'martif', header: 'martifHeader', entry: 'termEntry', language: 'langSet', term: 'tig' }
  const document = xmlBuilder().create({ version: '1.0', encoding: 'UTF-8' })
  const root = (version === 3 ? document.ele(tbxNamespace, names.root) : document.ele(names.root)).att('type', 'TBX-Basic')
  if (version === 3) root.att('style', 'dca')
  root.att(xmlNamespace, 'xml:lang', 'en')
  const fileDescription = root.ele(names.header).ele('fileDesc')
  fileDescription.ele('titleStmt').ele('title').txt(options.title ?? 'renderings glossary')
  fileDescription.ele('sourceDesc').ele('p').txt(conventions)
  const text = root.ele('text')
  const canonical = canonicalIndex(index)
  // TBX wants at least one entry in a body: an empty glossary has none.
  if (canonical.concepts.length > 0) {
    const body = text.ele('body')
    for (const concept of canonical.concepts) writeConcept(body.ele(names.entry).att('id', encodeXmlName(concept.id)), concept, names)
  }
  if (canonical.documents !== undefined && canonical.documents.length > 0) writeDocuments(text.ele('back'), canonical.documents)
  return xmlText(document.end({ prettyPrint: true, indent: '  ' })) + '\n'
}

/**
 * What XML cannot carry as written: a carriage return would read back as a
 * line feed (XML normalises line ends), so it is written as a character
 * reference; control characters XML 1.0 forbids become U+FFFD.
 */
function xmlText(xml: string): string {
  // eslint-disable-next-line no-control-regex
  return xml.replace(/\r/g, '&#xD;').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\ufffd')
}

/**
 * The documents the attestations cite, as TBX back matter: one refObject per
 * document, one item per field (the same shape TBX uses for responsible
 * persons), so the export carries the manifest's description of its sources.
 */
function writeDocuments(back: XMLBuilder, documents: readonly DocumentInfo[]): void {
  const section = back.ele('refObjectSec').att('type', documentsSectionType)
  for (const document of documents) {
    const object = section.ele('refObject')
    for (const [field, value] of documentFields(document)) object.ele('item').att('type', field).txt(value)
  }
}

function writeConcept(entry: XMLBuilder, concept: ConceptEntry, names: { language: string; term: string }): void {
  if (concept.domain !== undefined) entry.ele('descrip').att('type', 'subjectField').txt(concept.domain)
  if (concept.gloss !== undefined) entry.ele('descripGrp').ele('descrip').att('type', 'definition').txt(concept.gloss)
  if (concept.note !== undefined) entry.ele('note').txt(concept.note)
  if (concept.contested !== undefined) {
    const group = entry.ele('adminGrp')
    group.ele('admin').att('type', 'projectSubset').txt(contestedSubset)
    group.ele('note').txt(concept.contested)
  }
  let languageSection: XMLBuilder | undefined
  let language = ''
  // Canonical order puts the source phrase first: that is how a reader finds it.
  for (const term of concept.terms) {
    if (languageSection === undefined || term.lang !== language) {
      language = term.lang
      languageSection = entry.ele(names.language).att(xmlNamespace, 'xml:lang', term.lang)
    }
    writeTerm(languageSection.ele(names.term), term)
  }
}

function writeTerm(section: XMLBuilder, term: TermEntry): void {
  section.ele('term').txt(term.text)
  section.ele('termNote').att('type', 'administrativeStatus').txt(statusToTbx[term.status])
  if (term.status === 'forbidden') section.ele('admin').att('type', 'projectSubset').txt(forbiddenSubset)
  if (term.note !== undefined) section.ele('note').txt(term.note)
  // The outlets that used the term, for tools that filter by customer…
  for (const outlet of [...new Set(term.attestations.map((attestation) => attestation.outlet))].sort()) {
    section.ele('admin').att('type', 'customerSubset').txt(outlet)
  }
  // …and each attestation as a context with its outlet, source and exact place.
  for (const attestation of term.attestations) writeAttestation(section.ele('descripGrp'), attestation)
}

function writeAttestation(group: XMLBuilder, attestation: Attestation): void {
  group.ele('descrip').att('type', 'context').txt(attestation.context ?? attestation.text)
  group.ele('admin').att('type', 'customerSubset').txt(attestation.outlet)
  group.ele('admin').att('type', 'source').txt(`${attestation.outlet}, ${attestation.date}, document ${attestation.doc}, sentence ${attestation.sentence}`)
  group.ele('note').txt(writeAttestationRecord(attestation))
}

let loadedXmlBuilder: typeof XmlBuilder | undefined

/**
 * xmlbuilder2, loaded on the first write: it is 134 CommonJS modules, and
 * the commands that only read TBX (`renderings check --glossary FILE.tbx`,
 * `glossary import`) should not pay for the writer (40-60 ms of a 1 s
 * check of 1 MB against a 10,000-concept TBX file).
 */
function xmlBuilder(): typeof XmlBuilder {
  loadedXmlBuilder ??= createRequire(import.meta.url)('xmlbuilder2') as typeof XmlBuilder
  return loadedXmlBuilder
}
