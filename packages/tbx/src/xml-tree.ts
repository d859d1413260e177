import { SaxesParser } from 'saxes'
import { RenderingsError } from '@renderings/errors'

/** A parsed XML element: namespace URI, local name, attributes by qualified name, children in order. */
export interface XmlElement {
  uri: string
  local: string
  attributes: Map<string, string>
  children: XmlNode[]
}
export type XmlNode = XmlElement | string

/** Options of {@link parseXmlTree}. */
export interface XmlLimits {
  /** Refuse documents longer than this many UTF-16 code units (default 32 Mi). */
  maxLength?: number
  /** Refuse elements nested deeper than this (default 64). */
  maxDepth?: number
}

export const defaultMaxLength = 32 * 1024 * 1024

/**
 * Parse XML into a small tree with saxes, refusing what could hurt: a DOCTYPE
 * that declares entities (billion laughs, external entities; saxes never
 * fetches anything, and we refuse before it could expand), a document over
 * the size limit, absurd nesting. Every error names the file.
 */
export function parseXmlTree(text: string, file: string, limits: XmlLimits = {}): XmlElement {
  const maxLength = limits.maxLength ?? defaultMaxLength
  const maxDepth = limits.maxDepth ?? 64
  if (text.length > maxLength) {
    throw new RenderingsError(`is ${text.length} characters long, more than the limit of ${maxLength} for an XML glossary`, { code: 'ETOOBIG', file })
  }
  const parser = new SaxesParser({ xmlns: true, fileName: file })
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let failure: unknown
  const fail = (message: string, code = 'EXML'): never => {
    throw new RenderingsError(message, { code, file })
  }
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail('refuses a DOCTYPE that declares entities (possible entity-expansion or external-entity attack)', 'EXMLENTITY')
    if (/\[/.test(doctype)) fail('refuses a DOCTYPE with an internal subset', 'EXMLENTITY')
  })
  parser.on('opentag', (tag) => {
    if (stack.length >= maxDepth) fail(`elements nest deeper than ${maxDepth} levels`)
    const attributes = new Map<string, string>()
    for (const attribute of Object.values(tag.attributes)) attributes.set(attribute.name, attribute.value)
    const element: XmlElement = { uri: tag.uri, local: tag.local, attributes, children: [] }
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(element)
    else root = element
    stack.push(element)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  const addText = (value: string): void => {
    const parent = stack[stack.length - 1]
    if (parent === undefined) return
    const last = parent.children[parent.children.length - 1]
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + value
    else parent.children.push(value)
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('error', (error) => {
    failure ??= error
  })
  try {
    parser.write(text).close()
  } catch (error) {
    failure ??= error
  }
  if (failure !== undefined) {
    if (failure instanceof RenderingsError) throw failure
    const message = failure instanceof Error ? failure.message : String(failure)
    throw new RenderingsError(`is not well-formed XML: ${message.replace(`${file}:`, '').trim()}`, { code: 'EXML', file, cause: failure })
  }
  if (root === undefined) fail('is empty: no XML element found')
  return root!
}

/** Child elements of `element`, optionally only those with a local name. */
export function childElements(element: XmlElement, local?: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && (local === undefined || child.local === local))
}

/** All text inside an element (descendants included), as written. */
export function textOf(element: XmlElement): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('')
}
