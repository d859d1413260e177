import { SaxesParser, type SaxesTagNS } from 'saxes'
import { RenderingsError } from '@renderings/errors'

/** A parsed XML element: namespace URI, local name, attributes by qualified name, children in order. */
export interface XmlElement {
  uri: string
  local: string
  attributes: Map<string, string>
  children: XmlNode[]
}
export type XmlNode = XmlElement | string

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
    // The subtree being kept: its open elements, innermost last.
    const open: XmlElement[] = []
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
    parser.on('opentag', (tag: SaxesTagNS) => {
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
      const attributes = new Map<string, string>()
      for (const attribute of Object.values(tag.attributes)) {
        attributes.set(attribute.name, attribute.value)
        grow(attribute.value.length)
      }
      const element: XmlElement = { uri: tag.uri, local: tag.local, attributes, children: [] }
      open[open.length - 1]?.children.push(element)
      open.push(element)
    })
    parser.on('closetag', () => {
      path.pop()
      if (keptDepth < 0) return
      const element = open.pop()!
      if (path.length === keptDepth) {
        keptDepth = -1
        handlers.subtree(element, keptLine)
      }
    })
    const addText = (value: string): void => {
      const parent = open[open.length - 1]
      if (parent === undefined) return
      grow(value.length)
      const last = parent.children[parent.children.length - 1]
      if (typeof last === 'string') parent.children[parent.children.length - 1] = last + value
      else parent.children.push(value)
    }
    parser.on('text', addText)
    parser.on('cdata', addText)
    // Stop at the first error: nothing after it is reported.
    parser.on('error', (error) => {
      throw error
    })
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
