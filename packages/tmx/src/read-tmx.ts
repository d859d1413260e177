import { createRequire } from 'node:module'
import { RenderingsError } from '@renderings/errors'
import type * as Saxes from 'saxes'
import type { SaxesTag } from 'saxes'
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

/** What {@link readTmxStream} gives, in document order: the header, then each unit as it closes. */
export type TmxItem = { kind: 'header'; header: TmxHeader } | { kind: 'unit'; unit: TmxUnit }

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
  if (xml.length > maxChars) throw new RenderingsError(`is ${xml.length} characters, more than the limit of ${maxChars}`, { code: 'ETMX', file })
  if (xml.trim() === '') throw new RenderingsError('is empty: no <tmx> element', { code: 'ETMX', file })
  const reader = new TmxReader(file)
  let header: TmxHeader | undefined
  const units: TmxUnit[] = []
  for (const item of [...reader.write(xml), ...reader.close()]) {
    if (item.kind === 'header') header = item.header
    else units.push(item.unit)
  }
  return { header: header!, units }
}

/**
 * Read a TMX file as it streams in (`chunks` of text): the header, then one
 * unit at a time, holding one unit in memory whatever the size of the file
 * (translation memories of gigabytes are common), with the same safety and
 * errors as {@link readTmx} and no size limit.
 */
export async function* readTmxStream(chunks: AsyncIterable<string>, options: { file?: string } = {}): AsyncGenerator<TmxItem> {
  const reader = new TmxReader(options.file ?? '<tmx>')
  for await (const chunk of chunks) yield* reader.write(chunk)
  yield* reader.close()
}

/** A TMX reader fed piece by piece; each call returns the items it completed. */
export class TmxReader {
  readonly #parser = new (saxes().SaxesParser)({ position: true })
  readonly #file: string
  #items: TmxItem[] = []
  #sawRoot = false
  #sawHeader = false
  #failure: RenderingsError | undefined

  constructor(file: string) {
    this.#file = file
    const parser = this.#parser
    const fail = (message: string, line?: number): never => {
      throw new RenderingsError(line === undefined ? message : `line ${line}: ${message}`, { code: 'ETMX', file })
    }
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
      if (!this.#sawRoot) {
        if (tag.name !== 'tmx') fail(`is not TMX: the root element is <${tag.name}>`, parser.line)
        this.#sawRoot = true
      }
      if (inSeg) {
        if (codeElements.has(tag.name)) codeDepth++
        return
      }
      switch (tag.name) {
        case 'header':
          this.#sawHeader = true
          this.#items.push({ kind: 'header', header: readHeader(attributes, (message) => fail(message, parser.line)) })
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
          if (unit !== undefined) {
            if (!this.#sawHeader) fail('has no <header> before its first <tu>', parser.line)
            this.#items.push({ kind: 'unit', unit })
          }
          unit = undefined
          break
      }
    })
  }

  /** Read the next piece of the document. */
  write(chunk: string): TmxItem[] {
    this.#run(() => this.#parser.write(chunk))
    return this.#take()
  }

  /** The document has ended: what remains, or an error if it is incomplete or not TMX. */
  close(): TmxItem[] {
    this.#run(() => this.#parser.close())
    if (!this.#sawRoot) this.#run(() => {
      throw new RenderingsError('is empty: no <tmx> element', { code: 'ETMX', file: this.#file })
    })
    if (!this.#sawHeader) this.#run(() => {
      throw new RenderingsError('has no <header>', { code: 'ETMX', file: this.#file })
    })
    return this.#take()
  }

  #take(): TmxItem[] {
    const items = this.#items
    this.#items = []
    return items
  }

  #run(step: () => unknown): void {
    if (this.#failure !== undefined) throw this.#failure
    try {
      step()
    } catch (error) {
      this.#failure = error instanceof RenderingsError
        ? error
        : new RenderingsError(`line ${this.#parser.line}: is not well-formed XML: ${(error as Error).message.replace(/^(?:.*?:)?\d+:\d+: /, '')}`, { code: 'ETMX', file: this.#file, cause: error })
      throw this.#failure
    }
  }
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

// saxes is loaded when a TMX is first read, not on import: commands that
// only write TMX (or import the report package for other formats) never
// pay for it.
let loadedSaxes: typeof Saxes | undefined
function saxes(): typeof Saxes {
  loadedSaxes ??= createRequire(import.meta.url)('saxes') as typeof Saxes
  return loadedSaxes
}
