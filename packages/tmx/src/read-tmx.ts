import { RenderingsError } from '@renderings/errors'
import { SaxesParser, type SaxesTag } from 'saxes'
import type { TmxDocument, TmxHeader, TmxProp, TmxUnit, TmxVariant } from './tmx-types.js'

/** Options of {@link readTmx}. */
export interface ReadTmxOptions {
  /** Name of the file, for error messages. */
  file?: string
  /** Refuse texts longer than this many characters (default 64 Mi). */
  maxChars?: number
}

/** Inline codes whose content is the original format's markup, not text. */
const codeElements = new Set(['bpt', 'ept', 'ph', 'it', 'ut'])

/**
 * Read a TMX document with saxes, a streaming, non-validating parser that
 * never fetches external entities and expands none but XML's five: a
 * document type with an internal subset (where entity bombs live) is
 * refused outright, as is anything larger than `maxChars`. Malformed XML or
 * a file that is not TMX raises a one-line RenderingsError naming the file
 * and line.
 */
export function readTmx(xml: string, options: ReadTmxOptions = {}): TmxDocument {
  const file = options.file ?? '<tmx>'
  const maxChars = options.maxChars ?? 64 * 1024 * 1024
  const fail = (message: string, line?: number): never => {
    throw new RenderingsError(line === undefined ? message : `line ${line}: ${message}`, { code: 'ETMX', file })
  }
  if (xml.length > maxChars) fail(`is ${xml.length} characters, more than the limit of ${maxChars}`)
  if (xml.trim() === '') fail('is empty: no <tmx> element')
  const parser = new SaxesParser({ position: true })
  let header: TmxHeader | undefined
  let sawRoot = false
  const units: TmxUnit[] = []
  let unit: TmxUnit | undefined
  let variant: TmxVariant | undefined
  let prop: { type: string; value: string } | undefined
  let inSeg = false
  let codeDepth = 0
  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) fail('has a document type with an internal subset (entity declarations are refused)', parser.line)
  })
  parser.on('opentag', (tag: SaxesTag) => {
    const attributes = tag.attributes as Record<string, string>
    if (!sawRoot) {
      if (tag.name !== 'tmx') fail(`is not TMX: the root element is <${tag.name}>`, parser.line)
      sawRoot = true
    }
    if (inSeg) {
      if (codeElements.has(tag.name)) codeDepth++
      return
    }
    switch (tag.name) {
      case 'header':
        header = readHeader(attributes, (message) => fail(message, parser.line))
        break
      case 'tu':
        unit = { variants: [], props: [], ...(attributes['tuid'] === undefined ? {} : { id: attributes['tuid'] }) }
        break
      case 'tuv': {
        const lang = attributes['xml:lang'] ?? attributes['lang']
        if (lang === undefined) fail('<tuv> without xml:lang', parser.line)
        variant = { lang: lang!, text: '', props: [] }
        break
      }
      case 'prop':
        prop = { type: attributes['type'] ?? '', value: '' }
        break
      case 'seg':
        inSeg = true
        break
    }
  })
  parser.on('text', (text) => {
    if (inSeg && codeDepth === 0 && variant !== undefined) variant.text += text
    else if (prop !== undefined) prop.value += text
  })
  parser.on('closetag', (tag) => {
    if (inSeg) {
      if (tag.name === 'seg') inSeg = false
      else if (codeElements.has(tag.name)) codeDepth--
      return
    }
    switch (tag.name) {
      case 'prop':
        if (prop !== undefined) (variant?.props ?? unit?.props ?? [])?.push(prop as TmxProp)
        prop = undefined
        break
      case 'tuv':
        if (variant !== undefined) unit?.variants.push(variant)
        variant = undefined
        break
      case 'tu':
        if (unit !== undefined) units.push(unit)
        unit = undefined
        break
    }
  })
  try {
    parser.write(xml).close()
  } catch (error) {
    if (error instanceof RenderingsError) throw error
    fail(`is not well-formed XML: ${(error as Error).message.replace(/^(?:.*?:)?\d+:\d+: /, '')}`, parser.line)
  }
  if (!sawRoot) fail('is empty: no <tmx> element')
  if (header === undefined) fail('has no <header>')
  return { header: header!, units }
}

function readHeader(attributes: Record<string, string>, fail: (message: string) => never): TmxHeader {
  const required = (name: string): string => attributes[name] ?? fail(`<header> lacks the required attribute ${name}`)
  const segType = required('segtype')
  if (segType !== 'block' && segType !== 'paragraph' && segType !== 'sentence' && segType !== 'phrase') fail(`<header> has an unknown segtype "${segType}"`)
  return {
    srcLang: required('srclang'),
    creationTool: required('creationtool'),
    creationToolVersion: required('creationtoolversion'),
    adminLang: required('adminlang'),
    dataType: required('datatype'),
    segType: segType as TmxHeader['segType'],
    oTmf: required('o-tmf'),
    ...(attributes['creationdate'] === undefined ? {} : { creationDate: attributes['creationdate'] })
  }
}
