import { create } from 'xmlbuilder2'
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js'
import type { Attestation, ConceptEntry, DocumentInfo, TermEntry, TermIndex } from '@renderings/types'
import { renderingsNamespace, renderingsPrefix, statusToTbx, tbxNamespace } from './namespaces.js'
import { canonicalIndex } from './canonical.js'
import { documentFields, documentsSectionType } from './documents.js'

/** Options of {@link writeTbx}. */
export interface WriteTbxOptions {
  /**
   * 3 (default): TBX v3 `tbx`/`conceptEntry`/`langSec`/`termSec`, valid
   * against the TBX-Basic core schema. 2: the older `martif`/`termEntry`/
   * `langSet`/`tig` names, for tools that read only those (translate-toolkit).
   */
  version?: 2 | 3
  /** The file's title (default "renderings glossary"). */
  title?: string
}

const xmlNamespace = 'http://www.w3.org/XML/1998/namespace'
const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/'

/**
 * Write a TermIndex as TBX-Basic in DCA style, with our extra fields
 * (forbidden, source term, why contested, outlets' attestations) in the
 * private `rdg:` namespace. Output is canonical (sorted, NFC, fixed
 * indentation), so export → import → export is byte-identical.
 */
export function writeTbx(index: TermIndex, options: WriteTbxOptions = {}): string {
  const version = options.version ?? 3
  const names = version === 3
    ? { root: 'tbx', header: 'tbxHeader', entry: 'conceptEntry', language: 'langSec', term: 'termSec' }
    : { root: 'martif', header: 'martifHeader', entry: 'termEntry', language: 'langSet', term: 'tig' }
  const ns = version === 3 ? tbxNamespace : null
  const document = create({ version: '1.0', encoding: 'UTF-8' })
  const root = (ns === null ? document.ele(names.root) : document.ele(ns, names.root))
    .att('type', 'TBX-Basic')
  if (version === 3) root.att('style', 'dca')
  root.att(xmlNamespace, 'xml:lang', 'en').att(xmlnsNamespace, `xmlns:${renderingsPrefix}`, renderingsNamespace)
  const fileDescription = root.ele(names.header).ele('fileDesc')
  fileDescription.ele('titleStmt').ele('title').txt(options.title ?? 'renderings glossary')
  fileDescription.ele('sourceDesc').ele('p').txt('Exported by the renderings toolkit; private data categories in namespace ' + renderingsNamespace)
  const text = root.ele('text')
  const body = text.ele('body')
  const canonical = canonicalIndex(index)
  for (const concept of canonical.concepts) writeConcept(body.ele(names.entry).att('id', concept.id), concept, names)
  if (canonical.documents !== undefined && canonical.documents.length > 0) writeDocuments(text.ele('back'), canonical.documents)
  return document.end({ prettyPrint: true, indent: '  ' }) + '\n'
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
  if (concept.contested !== undefined) privateElement(entry, 'contested').txt(concept.contested)
  let languageSection: XMLBuilder | undefined
  let language = ''
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
  if (term.status === 'forbidden') privateElement(section, 'status').txt('forbidden')
  if (term.isSource) privateElement(section, 'sourceTerm').txt('true')
  if (term.note !== undefined) section.ele('note').txt(term.note)
  // The outlets that used the term, in TBX-Basic's own words (lossy readers keep this)…
  for (const outlet of [...new Set(term.attestations.map((attestation) => attestation.outlet))].sort()) {
    section.ele('admin').att('type', 'customerSubset').txt(outlet)
  }
  // …and each attestation as a context with its source, plus the exact private record.
  for (const attestation of term.attestations) writeAttestation(section.ele('descripGrp'), attestation)
}

function writeAttestation(group: XMLBuilder, attestation: Attestation): void {
  group.ele('descrip').att('type', 'context').txt(attestation.context ?? attestation.text)
  group.ele('admin').att('type', 'source').txt(`${attestation.outlet} | ${attestation.date} | ${attestation.doc} | sentence ${attestation.sentence}`)
  const record = privateElement(group, 'attestation')
    .att('doc', attestation.doc)
    .att('outlet', attestation.outlet)
    .att('date', attestation.date)
    .att('sentence', String(attestation.sentence))
    .att('start', String(attestation.start))
    .att('end', String(attestation.end))
    .att('origin', attestation.origin)
  if (attestation.contextStart !== undefined) record.att('contextStart', String(attestation.contextStart))
  if (attestation.context === undefined) record.att('context', 'none')
  record.txt(attestation.text)
}

function privateElement(parent: XMLBuilder, name: string): XMLBuilder {
  return parent.ele(renderingsNamespace, `${renderingsPrefix}:${name}`)
}
