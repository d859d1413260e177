import type { Attestation, ConceptEntry, RenderingStatus } from '@renderings/types'
import { bestAttestation } from './evidence.js'
import type { ConceptView, Rendering } from './glossary-view.js'

/**
 * A glossary view (statuses decided) as flat columns, for a checker
 * snapshot. Every distinct short string (concept id, language, rendering,
 * status) is stored once in a UTF-16 pool; per rendering, its concept's
 * number and the pool numbers of its fields; per concept, its id and its
 * renderings. The concept entries (source text, gloss, notes) and the
 * attestation each rendering's findings cite (the best one, see
 * `bestAttestation`: the only one the check reads) are JSON texts in a
 * UTF-8 pool. Nothing is decoded when the
 * snapshot is restored: {@link PackedGlossary} reads one rendering or one
 * concept when a match or a rule asks for it. A text hits a handful of a
 * large glossary's concepts; making all of them (objects, a Map, parsing the
 * entries) was most of a cached check's start-up.
 */
export interface GlossaryColumns {
  glossaryStringPool: Uint16Array
  /** Where each string starts in the pool (one more entry: the end). */
  glossaryStringStarts: Int32Array
  /** Per rendering, {@link renderingFieldCount} numbers (see the field constants below). */
  glossaryRenderingFields: Int32Array
  glossaryRenderingFlags: Uint8Array
  /** Per concept, {@link conceptFieldCount} numbers: the id's string number, the entry's JSON number. */
  glossaryConceptFields: Int32Array
  /** The renderings of concept `c`: `glossaryConceptRenderings[starts[c] .. starts[c + 1])`. */
  glossaryConceptRenderingStarts: Int32Array
  glossaryConceptRenderings: Int32Array
  glossaryJsonPool: Uint8Array
  glossaryJsonStarts: Int32Array
}

/** The array names of {@link GlossaryColumns}, to pick them out of a snapshot holding other arrays too. */
export const glossaryColumnNames = [
  'glossaryStringPool',
  'glossaryStringStarts',
  'glossaryRenderingFields',
  'glossaryRenderingFlags',
  'glossaryConceptFields',
  'glossaryConceptRenderingStarts',
  'glossaryConceptRenderings',
  'glossaryJsonPool',
  'glossaryJsonStarts'
] as const satisfies ReadonlyArray<keyof GlossaryColumns>

// Per rendering: its concept's number, the string numbers of its language,
// text and status, and the JSON number of its attestations (-1: none).
const conceptField = 0
const langField = 1
const textField = 2
const statusField = 3
const attestationsField = 4
const renderingFieldCount = 5
// Per concept: the string number of its id, the JSON number of its entry.
const idField = 0
const entryField = 1
const conceptFieldCount = 2
// Flag bits.
const isSourceFlag = 1
const decidedByPolicyFlag = 2

/** Pack concepts (in glossary order) and their renderings (`renderings[i].index === i`). */
export function packGlossary(concepts: readonly ConceptView[], renderings: readonly Rendering[]): GlossaryColumns {
  const numbers = new Map<string, number>()
  const strings: string[] = []
  const stringNumber = (value: string): number => {
    let number = numbers.get(value)
    if (number === undefined) {
      number = strings.length
      numbers.set(value, number)
      strings.push(value)
    }
    return number
  }
  const encoder = new TextEncoder()
  const jsonTexts: Uint8Array[] = []
  const jsonNumber = (value: unknown): number => {
    jsonTexts.push(encoder.encode(JSON.stringify(value)))
    return jsonTexts.length - 1
  }
  const conceptNumbers = new Map<string, number>()
  const conceptFields = new Int32Array(concepts.length * conceptFieldCount)
  const conceptRenderingStarts = new Int32Array(concepts.length + 1)
  const conceptRenderings = new Int32Array(concepts.reduce((sum, view) => sum + view.renderings.length, 0))
  concepts.forEach((view, number) => {
    conceptNumbers.set(view.entry.id, number)
    // The terms are the renderings (statuses decided): the entry need not repeat them.
    const { terms: _terms, ...entry } = view.entry
    conceptFields[number * conceptFieldCount + idField] = stringNumber(view.entry.id)
    conceptFields[number * conceptFieldCount + entryField] = jsonNumber(entry)
    const start = conceptRenderingStarts[number]!
    view.renderings.forEach((rendering, slot) => (conceptRenderings[start + slot] = rendering.index))
    conceptRenderingStarts[number + 1] = start + view.renderings.length
  })
  const renderingFields = new Int32Array(renderings.length * renderingFieldCount)
  const renderingFlags = new Uint8Array(renderings.length)
  renderings.forEach((rendering, position) => {
    if (rendering.index !== position) throw new Error(`packGlossary: rendering ${rendering.index} is at position ${position}`)
    const concept = conceptNumbers.get(rendering.conceptId)
    if (concept === undefined) throw new Error(`packGlossary: rendering ${rendering.index} names unknown concept ${rendering.conceptId}`)
    const base = position * renderingFieldCount
    renderingFields[base + conceptField] = concept
    renderingFields[base + langField] = stringNumber(rendering.lang)
    renderingFields[base + textField] = stringNumber(rendering.text)
    renderingFields[base + statusField] = stringNumber(rendering.status)
    // Only the attestation a finding cites: a glossary with millions of attestations compiles small.
    const cited = bestAttestation(rendering)
    renderingFields[base + attestationsField] = cited === undefined ? -1 : jsonNumber([cited])
    renderingFlags[position] = (rendering.isSource ? isSourceFlag : 0) | (rendering.decidedBy === 'policy' ? decidedByPolicyFlag : 0)
  })
  const stringStarts = new Int32Array(strings.length + 1)
  strings.forEach((value, number) => (stringStarts[number + 1] = stringStarts[number]! + value.length))
  const stringPool = new Uint16Array(stringStarts[strings.length]!)
  strings.forEach((value, number) => {
    const start = stringStarts[number]!
    for (let unit = 0; unit < value.length; unit++) stringPool[start + unit] = value.charCodeAt(unit)
  })
  const jsonStarts = new Int32Array(jsonTexts.length + 1)
  jsonTexts.forEach((text, number) => (jsonStarts[number + 1] = jsonStarts[number]! + text.length))
  const jsonPool = new Uint8Array(jsonStarts[jsonTexts.length]!)
  jsonTexts.forEach((text, number) => jsonPool.set(text, jsonStarts[number]!))
  return {
    glossaryStringPool: stringPool,
    glossaryStringStarts: stringStarts,
    glossaryRenderingFields: renderingFields,
    glossaryRenderingFlags: renderingFlags,
    glossaryConceptFields: conceptFields,
    glossaryConceptRenderingStarts: conceptRenderingStarts,
    glossaryConceptRenderings: conceptRenderings,
    glossaryJsonPool: jsonPool,
    glossaryJsonStarts: jsonStarts
  }
}

/**
 * Reads {@link GlossaryColumns} one item at a time. Strings are decoded on
 * first use and kept (statuses and languages are shared by many renderings);
 * renderings and entries are new objects at each call: the glossary view
 * keeps the ones it made.
 */
export class PackedGlossary {
  readonly renderingCount: number
  readonly conceptCount: number
  private readonly strings: Array<string | undefined>
  private readonly utf16 = new TextDecoder('utf-16le')
  private readonly utf8 = new TextDecoder()

  constructor(private readonly columns: GlossaryColumns) {
    this.renderingCount = columns.glossaryRenderingFlags.length
    this.conceptCount = columns.glossaryConceptRenderingStarts.length - 1
    this.strings = new Array<string | undefined>(columns.glossaryStringStarts.length - 1)
  }

  /** The concept number of rendering `index`. */
  conceptOf(index: number): number {
    return this.columns.glossaryRenderingFields[index * renderingFieldCount + conceptField]!
  }

  conceptId(concept: number): string {
    return this.string(this.columns.glossaryConceptFields[concept * conceptFieldCount + idField]!)
  }

  /** The number of the first concept with this id, or -1: compared in the pool, nothing decoded. */
  findConcept(id: string): number {
    const { glossaryStringPool: pool, glossaryStringStarts: starts, glossaryConceptFields: fields } = this.columns
    for (let concept = 0; concept < this.conceptCount; concept++) {
      const number = fields[concept * conceptFieldCount + idField]!
      const start = starts[number]!
      if (starts[number + 1]! - start !== id.length) continue
      let offset = 0
      while (offset < id.length && pool[start + offset] === id.charCodeAt(offset)) offset++
      if (offset === id.length) return concept
    }
    return -1
  }

  conceptEntry(concept: number): ConceptEntry {
    const entry = this.json(this.columns.glossaryConceptFields[concept * conceptFieldCount + entryField]!) as Omit<ConceptEntry, 'terms'>
    return { ...entry, terms: [] }
  }

  /** The rendering indexes of a concept, in glossary order. */
  conceptRenderings(concept: number): Int32Array {
    const { glossaryConceptRenderingStarts: starts, glossaryConceptRenderings: renderings } = this.columns
    return renderings.subarray(starts[concept]!, starts[concept + 1]!)
  }

  rendering(index: number): Rendering {
    if (!(index >= 0 && index < this.renderingCount)) throw new RangeError(`no rendering ${index} in the glossary`)
    const fields = this.columns.glossaryRenderingFields
    const base = index * renderingFieldCount
    const flags = this.columns.glossaryRenderingFlags[index]!
    const attestations = fields[base + attestationsField]!
    // The fields in the order the glossary view creates them, so restored objects look the same.
    return {
      conceptId: this.conceptId(fields[base + conceptField]!),
      lang: this.string(fields[base + langField]!),
      text: this.string(fields[base + textField]!),
      status: this.string(fields[base + statusField]!) as RenderingStatus,
      decidedBy: (flags & decidedByPolicyFlag) !== 0 ? 'policy' : 'glossary',
      isSource: (flags & isSourceFlag) !== 0,
      attestations: attestations < 0 ? [] : (this.json(attestations) as Attestation[]),
      index
    }
  }

  /** The text of rendering `index` (without making the rendering). */
  text(index: number): string {
    return this.string(this.columns.glossaryRenderingFields[index * renderingFieldCount + textField]!)
  }

  /** The language of rendering `index`. */
  lang(index: number): string {
    return this.string(this.columns.glossaryRenderingFields[index * renderingFieldCount + langField]!)
  }

  private string(number: number): string {
    let value = this.strings[number]
    if (value === undefined) {
      const { glossaryStringPool: pool, glossaryStringStarts: starts } = this.columns
      // UTF-16 code units, little-endian as typed arrays are on every supported platform.
      value = this.utf16.decode(pool.subarray(starts[number]!, starts[number + 1]!))
      this.strings[number] = value
    }
    return value
  }

  private json(number: number): unknown {
    const { glossaryJsonPool: pool, glossaryJsonStarts: starts } = this.columns
    return JSON.parse(this.utf8.decode(pool.subarray(starts[number]!, starts[number + 1]!)))
  }
}
