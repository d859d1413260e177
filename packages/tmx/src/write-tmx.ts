import { createRequire } from 'node:module'
import type * as XmlBuilder from 'xmlbuilder2'
import type { TmxDocument, TmxHeader, TmxProp, TmxUnit } from './tmx-types.js'

/** What a caller must say about a TMX file; the rest has defaults. */
export type TmxHeaderInput = Pick<TmxHeader, 'srcLang' | 'creationTool' | 'creationToolVersion'> & Partial<TmxHeader>

/**
 * Write a TMX 1.4b document with xmlbuilder2, which escapes every text and
 * attribute, so a sentence holding `<`, `&` or quotes cannot break the
 * file. Units without any variant are left out (TMX requires at least one
 * `tuv` per `tu`). Characters XML 1.0 forbids (control characters) become
 * U+FFFD rather than making the file unreadable.
 */
export function writeTmx(units: readonly TmxUnit[], headerInput: TmxHeaderInput): string {
  const header = completeHeader(headerInput)
  const root = xmlBuilder().create({ version: '1.0', encoding: 'UTF-8' }).ele('tmx', { version: '1.4' })
  root.ele('header', {
    creationtool: header.creationTool,
    creationtoolversion: header.creationToolVersion,
    datatype: header.dataType,
    segtype: header.segType,
    adminlang: header.adminLang,
    srclang: header.srcLang,
    'o-tmf': header.oTmf,
    ...(header.creationDate === undefined ? {} : { creationdate: header.creationDate })
  })
  const body = root.ele('body')
  for (const unit of units) {
    if (unit.variants.length === 0) continue
    const tu = body.ele('tu', unit.id === undefined ? {} : { tuid: xmlSafe(unit.id) })
    addProps(tu, unit.props)
    for (const variant of unit.variants) {
      const tuv = tu.ele('tuv', { 'xml:lang': variant.lang })
      addProps(tuv, variant.props)
      tuv.ele('seg').txt(xmlSafe(variant.text))
    }
  }
  return root.end({ prettyPrint: true, indent: '  ' }) + '\n'
}

/** A whole {@link TmxDocument} as text. */
export function writeTmxDocument(document: TmxDocument): string {
  return writeTmx(document.units, document.header)
}

/** TMX's date format, `YYYYMMDDThhmmssZ`, in UTC. */
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

function completeHeader(input: TmxHeaderInput): TmxHeader {
  return {
    adminLang: 'en',
    dataType: 'plaintext',
    segType: 'sentence',
    oTmf: 'renderings',
    creationDate: tmxDate(new Date()),
    ...input
  }
}

interface Element {
  ele(name: string, attributes?: Record<string, string>): Element
  txt(text: string): Element
}

function addProps(parent: Element, props: readonly TmxProp[] | undefined): void {
  for (const prop of props ?? []) parent.ele('prop', { type: xmlSafe(prop.type) }).txt(xmlSafe(prop.value))
}

// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

function xmlSafe(text: string): string {
  return text.replace(forbidden, '\ufffd')
}

let loadedXmlBuilder: typeof XmlBuilder | undefined

/**
 * xmlbuilder2, loaded on the first write: it takes a tenth of a second to
 * load, and a command that imports this package (`renderings align`
 * writing beads or TSV) should not pay for a format it does not write.
 */
function xmlBuilder(): typeof XmlBuilder {
  loadedXmlBuilder ??= createRequire(import.meta.url)('xmlbuilder2') as typeof XmlBuilder
  return loadedXmlBuilder
}
