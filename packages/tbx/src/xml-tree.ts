import { SaxesParser, type SaxesTagNS } from 'saxes'
import { RenderingsError } from '@renderings/errors'

/** A parsed XML element: namespace URI, local name, attributes by qualified name, children in order. */
export interface XmlElement {
  uri: string
  local: string
  attributes: ReadonlyMap<string, string>
  children: XmlNode[]
}
export type XmlNode = XmlElement | string

// Most elements have no attributes: they share one empty map.
const noAttributes: ReadonlyMap<string, string> = new Map()

/** Limits of {@link XmlSubtreeParser}. */
export interface XmlLimits {
  /** Refuse elements nested deeper than this (default 64). */
  maxDepth?: number
  /** Refuse a kept subtree (one entry) with more characters of text and attributes than this (default 16 Mi). */
  maxSubtreeLength?: number
}

/** The open elements around a start tag, outermost first (local names only). */
export type XmlPath = readonly string[]

/** What a {@link XmlSubtreeParser} reports: the root's start tag, then each kept subtree as it closes. */
export interface XmlSubtreeHandlers {
  /** The root element's start tag (throw to refuse the document). */
  root(tag: { uri: string; local: string }): void
  /** Whether to keep the subtree that starts with `tag`, opened inside `path`. */
  keep(path: XmlPath, local: string): boolean
  /** A kept subtree, complete; `line` is where it started. */
  subtree(element: XmlElement, line: number): void
  /**
   * Whether the text directly inside an element of this name is read. For
   * elements that hold only elements (a TBX entry, language section, term
   * section), the white space between children is dropped instead of kept
   * as text nodes: a termbase has millions of them. Default: all text kept.
   */
  readsText?(local: string): boolean
}

/**
 * A streaming XML reader with saxes that builds a small tree only for the
 * subtrees it is asked to keep (one TBX entry at a time), so memory does not
 * grow with the file. It refuses what could hurt: a DOCTYPE that declares
 * entities or has an internal subset (billion laughs, external entities;
 * saxes never fetches anything and we refuse before it could expand), absurd
 * nesting, and a single entry of absurd size. Every error is a
 * RenderingsError naming the file (and the line, for malformed XML).
 */
export class XmlSubtreeParser {
  readonly #parser: SaxesParser<{ xmlns: true; position: true }>
  readonly #file: string
  #failure: unknown
  #sawRoot = false

  constructor(file: string, handlers: XmlSubtreeHandlers, limits: XmlLimits = {}) {
    const maxDepth = limits.maxDepth ?? 64
    const maxSubtreeLength = limits.maxSubtreeLength ?? 16 * 1024 * 1024
    this.#file = file
    const parser = new SaxesParser({ xmlns: true, position: true, fileName: file })
    this.#parser = parser
    const path: string[] = []
    // The subtree being kept: its open elements, innermost last, and
    // whether each reads the text directly inside it.
    const open: XmlElement[] = []
    const readingText: boolean[] = []
    const readsText = handlers.readsText ?? (() => true)
    // The attributes of the start tag being read, taken from saxes's
    // attribute events (cheaper than enumerating its attribute object).
    let attributes: Map<string, string> | undefined
    let attributesLength = 0
    let keptDepth = -1
    let keptLine = 0
    let keptLength = 0
    const fail = (message: string, code = 'EXML'): never => {
      throw new RenderingsError(message, { code, file })
    }
    const grow = (length: number): void => {
      keptLength += length
      if (keptLength > maxSubtreeLength) fail(`line ${keptLine}: one <${open[0]!.local}> holds more than ${maxSubtreeLength} characters`)
    }
    parser.on('doctype', (doctype) => {
      if (/<!ENTITY/i.test(doctype)) fail('refuses a DOCTYPE that declares entities (possible entity-expansion or external-entity attack)', 'EXMLENTITY')
      if (/\[/.test(doctype)) fail('refuses a DOCTYPE with an internal subset', 'EXMLENTITY')
    })
    parser.on('attribute', (attribute) => {
      ;(attributes ??= new Map()).set(attribute.name, attribute.value)
      attributesLength += attribute.value.length
    })
    parser.on('opentag', (tag: SaxesTagNS) => {
      const tagAttributes = attributes ?? noAttributes
      const tagAttributesLength = attributesLength
      attributes = undefined
      attributesLength = 0
      if (path.length >= maxDepth) fail(`line ${parser.line}: elements nest deeper than ${maxDepth} levels`)
      if (!this.#sawRoot) {
        this.#sawRoot = true
        handlers.root({ uri: tag.uri, local: tag.local })
      }
      if (keptDepth < 0 && handlers.keep(path, tag.local)) {
        keptDepth = path.length
        keptLine = parser.line
        keptLength = 0
      }
      path.push(tag.local)
      if (keptDepth < 0) return
      grow(tagAttributesLength)
      const element: XmlElement = { uri: tag.uri, local: tag.local, attributes: tagAttributes, children: [] }
      open[open.length - 1]?.children.push(element)
      open.push(element)
      readingText.push(readsText(tag.local))
    })
    parser.on('closetag', () => {
      path.pop()
      if (keptDepth < 0) return
      const element = open.pop()!
      readingText.pop()
      if (path.length === keptDepth) {
        keptDepth = -1
        handlers.subtree(element, keptLine)
      }
    })
    const addText = (value: string): void => {
      const parent = open[open.length - 1]
      if (parent === undefined) return
      grow(value.length)
      if (!readingText[readingText.length - 1]) return
      const last = parent.children[parent.children.length - 1]
      if (typeof last === 'string') parent.children[parent.children.length - 1] = last + value
      else parent.children.push(value)
    }
    parser.on('text', addText)
    parser.on('cdata', addText)
    // No error handler: without one saxes throws at the first error, so
    // nothing after it is reported. Each handler is a property saxes adds
    // to the parser, and with a seventh V8 turns the parser into a slow
    // dictionary object: the whole parse then takes three times the CPU.
    // Keep these six.
  }

  /** Parse the next piece of the document (the handlers run inside). */
  write(chunk: string): void {
    this.#run(() => this.#parser.write(chunk))
  }

  /** The document is complete: refuse it if it is not. */
  close(): void {
    this.#run(() => this.#parser.close())
    if (!this.#sawRoot) throw new RenderingsError('is empty: no XML element found', { code: 'EXML', file: this.#file })
  }

  #run(step: () => unknown): void {
    if (this.#failure !== undefined) throw this.#failure
    try {
      step()
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      this.#failure = error instanceof RenderingsError
        ? error
        : new RenderingsError(`is not well-formed XML: ${message.replace(`${this.#file}:`, '').trim()}`, { code: 'EXML', file: this.#file, cause: error })
      throw this.#failure
    }
  }
}

/** Child elements of `element`, optionally only those with a local name. */
export function childElements(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (local === undefined || child.local === local))
}

/** All text inside an element (descendants included), as written. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('')
}
