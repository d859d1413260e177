/**
 * One byte layout for snapshots of compiled data (the term matcher, the
 * checker): a JSON header, then typed arrays, each 8-byte aligned so it can
 * be viewed in place. Pure: the caller reads and writes the bytes.
 */
type NumberArray = Int32Array | Uint16Array | Uint8Array

const magic = 'RNDSNAP1'
const kinds = { Int32Array, Uint16Array, Uint8Array } as const
type Kind = keyof typeof kinds

/** Pack JSON-able data and named typed arrays (an object whose values are Int32Array, Uint16Array or Uint8Array) into bytes. */
export function packSnapshot(json: unknown, arrays: object): Uint8Array {
  const entries = Object.entries(arrays) as Array<[string, NumberArray]>
  for (const [name, array] of entries) if (!(array.constructor.name in kinds)) throw new TypeError(`packSnapshot: ${name} is not an Int32Array, Uint16Array or Uint8Array`)
  const layout: Array<{ name: string; kind: Kind; offset: number; length: number }> = []
  let offset = 0
  for (const [name, array] of entries) {
    layout.push({ name, kind: array.constructor.name as Kind, offset, length: array.length })
    offset += align(array.byteLength)
  }
  const header = new TextEncoder().encode(JSON.stringify({ json, layout }))
  const start = align(magic.length + 4 + header.length)
  const bytes = new Uint8Array(start + offset)
  bytes.set(new TextEncoder().encode(magic), 0)
  new DataView(bytes.buffer).setUint32(magic.length, header.length, true)
  bytes.set(header, magic.length + 4)
  entries.forEach(([, array], index) => bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), start + layout[index]!.offset))
  return bytes
}

/** Unpack bytes from {@link packSnapshot}; `undefined` when they are not a snapshot (a stale or foreign file). */
export function unpackSnapshot(input: Uint8Array): { json: unknown; arrays: Record<string, NumberArray> } | undefined {
  // Typed-array views need aligned offsets: work on an aligned copy when the input is not.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice()
  if (bytes.length < magic.length + 4 || new TextDecoder().decode(bytes.subarray(0, magic.length)) !== magic) return undefined
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(magic.length, true)
  const { json, layout } = JSON.parse(new TextDecoder().decode(bytes.subarray(magic.length + 4, magic.length + 4 + headerLength))) as {
    json: unknown
    layout: Array<{ name: string; kind: Kind; offset: number; length: number }>
  }
  const start = align(magic.length + 4 + headerLength)
  const arrays: Record<string, NumberArray> = {}
  for (const entry of layout) {
    const Type = kinds[entry.kind]
    arrays[entry.name] = new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + start + entry.offset, entry.length)
  }
  return { json, arrays }
}

function align(length: number): number {
  return Math.ceil(length / 8) * 8
}
