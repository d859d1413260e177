import type { Attestation, RenderingStatus } from '@renderings/types'
import type { Rendering } from './glossary-view.js'

/**
 * The renderings of a checker snapshot as flat columns: every distinct
 * string once, in one UTF-16 pool, and per rendering the pool numbers of its
 * concept id, language, text and status. Restoring them slices one decoded
 * string instead of parsing megabytes of JSON (parsing was most of a cached
 * check's start-up with a large glossary). Attestations, rare and nested,
 * stay JSON, listed only for the renderings that have some.
 */
export interface RenderingColumns {
  json: { strings: number; attested: Array<[number, Attestation[]]> }
  arrays: {
    stringPool: Uint16Array
    stringStarts: Int32Array
    renderingStrings: Int32Array
    renderingFlags: Uint8Array
  }
}

// Per rendering, four pool numbers in this order.
const conceptField = 0
const langField = 1
const textField = 2
const statusField = 3
const fields = 4
// Flag bits.
const isSourceFlag = 1
const decidedByPolicyFlag = 2

export function packRenderings(renderings: readonly Rendering[]): RenderingColumns {
  const numbers = new Map<string, number>()
  const strings: string[] = []
  const numberOf = (value: string): number => {
    let number = numbers.get(value)
    if (number === undefined) {
      number = strings.length
      numbers.set(value, number)
      strings.push(value)
    }
    return number
  }
  const renderingStrings = new Int32Array(renderings.length * fields)
  const renderingFlags = new Uint8Array(renderings.length)
  const attested: Array<[number, Attestation[]]> = []
  renderings.forEach((rendering, position) => {
    if (rendering.index !== position) throw new Error(`packRenderings: rendering ${rendering.index} is at position ${position}`)
    renderingStrings[position * fields + conceptField] = numberOf(rendering.conceptId)
    renderingStrings[position * fields + langField] = numberOf(rendering.lang)
    renderingStrings[position * fields + textField] = numberOf(rendering.text)
    renderingStrings[position * fields + statusField] = numberOf(rendering.status)
    renderingFlags[position] = (rendering.isSource ? isSourceFlag : 0) | (rendering.decidedBy === 'policy' ? decidedByPolicyFlag : 0)
    if (rendering.attestations.length > 0) attested.push([position, rendering.attestations])
  })
  const stringStarts = new Int32Array(strings.length + 1)
  strings.forEach((value, number) => (stringStarts[number + 1] = stringStarts[number]! + value.length))
  const stringPool = new Uint16Array(stringStarts[strings.length]!)
  strings.forEach((value, number) => {
    const start = stringStarts[number]!
    for (let unit = 0; unit < value.length; unit++) stringPool[start + unit] = value.charCodeAt(unit)
  })
  return { json: { strings: strings.length, attested }, arrays: { stringPool, stringStarts, renderingStrings, renderingFlags } }
}

export function unpackRenderings(columns: RenderingColumns): Rendering[] {
  const { stringPool, stringStarts, renderingStrings, renderingFlags } = columns.arrays
  // One decode for the whole pool (UTF-16 code units, little-endian as typed arrays are on every supported platform), then slices.
  const pool = new TextDecoder('utf-16le').decode(stringPool)
  const strings: string[] = new Array<string>(columns.json.strings)
  for (let number = 0; number < strings.length; number++) strings[number] = pool.slice(stringStarts[number], stringStarts[number + 1])
  const attestations = new Map(columns.json.attested)
  const renderings: Rendering[] = new Array<Rendering>(renderingFlags.length)
  for (let index = 0; index < renderingFlags.length; index++) {
    const flags = renderingFlags[index]!
    // The fields in the order the glossary view creates them, so restored objects look the same.
    renderings[index] = {
      conceptId: strings[renderingStrings[index * fields + conceptField]!]!,
      lang: strings[renderingStrings[index * fields + langField]!]!,
      text: strings[renderingStrings[index * fields + textField]!]!,
      status: strings[renderingStrings[index * fields + statusField]!]! as RenderingStatus,
      decidedBy: (flags & decidedByPolicyFlag) !== 0 ? 'policy' : 'glossary',
      isSource: (flags & isSourceFlag) !== 0,
      attestations: attestations.get(index) ?? [],
      index
    }
  }
  return renderings
}
