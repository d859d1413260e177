import { GrowableInt32 } from './growable.js'

/**
 * Laying out an Aho–Corasick trie as a double array (the layout of darts,
 * cedar and daachorse): four Int32 per state, `base, check, fail, firstHit`
 * (the scan reads them as `states[(s << 2) + field]`).
 */
export const stateWidth = 4
const baseField = 0
const checkField = 1
const failField = 2
const hitField = 3

/**
 * How often a free slot may be tried, and fail, as the place of a node's
 * first child before the search stops trying it. Without this bound the
 * search for a base walks the same crowded slots near the start again for
 * every node, and building is quadratic; with it, each slot costs at most
 * this many tries (the slot stays usable by any other child that lands on it).
 */
const triesPerSlot = 16

export interface PlacedTrie {
  states: Int32Array
  unitCodes: Uint16Array
  nextHits: Int32Array
  nodeCount: number
}

/**
 * The double array of the trie of `keys` (distinct, non-empty; key `n` is
 * hit `n + 1`), with failure links and hits.
 *
 * The trie is laid out breadth first straight from the keys, without being
 * built first: the keys below a node are a range of one ordering of the key
 * numbers, which the node splits by the code that follows (a radix sort
 * done along the way), and each part is a child. Breadth first, the shallow
 * states (where a text spends most of its steps) sit together at the start
 * of the array, and every state shallower than a node is placed before the
 * node's children need their failure links.
 */
export function placeTrie(keys: readonly string[]): PlacedTrie {
  const { unitCodes, alphabetSize } = rankUnits(keys)
  // The keys as codes, each followed by a 0 (no unit has code 0), so that
  // the end of a key is seen next to its last code.
  const keyStarts = new Int32Array(keys.length + 1)
  for (let number = 0; number < keys.length; number++) keyStarts[number + 1] = keyStarts[number]! + keys[number]!.length + 1
  const keyCodes = new Uint16Array(keyStarts[keys.length]!)
  for (let number = 0; number < keys.length; number++) {
    const key = keys[number]!
    const start = keyStarts[number]!
    for (let index = 0; index < key.length; index++) keyCodes[start + index] = unitCodes[key.charCodeAt(index)]!
  }
  // The key numbers, ordered as the trie goes: the keys below a node form a
  // range of `order`, split by the next code when the node is placed (an
  // MSD radix sort, done as the trie is laid out breadth first).
  const order = Int32Array.from({ length: keys.length }, (_, number) => number)
  const scratch = new Int32Array(keys.length)
  const codeAt = new Uint16Array(keys.length)
  const runLength = new Int32Array(alphabetSize + 1)
  const runStart = new Int32Array(alphabetSize + 1)
  const keyEndingAt = new Int32Array(alphabetSize + 1).fill(-1)
  // About one node for every two units of the keys in practice (they share prefixes); the layout grows if not.
  const layout = new Layout((keyCodes.length >> 1) + alphabetSize + 16, alphabetSize)
  const nextHits = new Int32Array(keys.length + 1)
  let nodeCount = 1

  // Children of the node being placed: code, range of `order`, key ending there (or -1).
  const childCodes = new Int32Array(alphabetSize + 1)
  const childStarts = new Int32Array(alphabetSize + 1)
  const childEnds = new Int32Array(alphabetSize + 1)
  const childKeys = new Int32Array(alphabetSize + 1)
  // The nodes of one depth that have children, as triples: slot and range
  // of `order`, or, below which there is only one key (most deep nodes),
  // slot, -1 - key number and the key's start in `keyCodes`.
  let level = new GrowableInt32(1024)
  let nextLevel = new GrowableInt32(1024)
  level.push(0)
  level.push(0)
  level.push(keys.length)
  for (let depth = 0; level.length > 0; depth++) {
    const entries = level.array
    for (let entry = 0; entry < level.length; entry += 3) {
      const node = entries[entry]!
      const start = entries[entry + 1]!
      const end = entries[entry + 2]!
      // Every key below is longer than `depth`: split them by the code at `depth`.
      let children = 0
      let lowestCode = alphabetSize + 1
      if (start < 0) {
        const code = keyCodes[end + depth]!
        childCodes[0] = code
        const ends = keyCodes[end + depth + 1] === 0
        childKeys[0] = ends ? -1 - start : -1
        childStarts[0] = start
        childEnds[0] = ends ? start : end
        lowestCode = code
        children = 1
      } else {
        for (let index = start; index < end; index++) {
          const number = order[index]!
          const at = keyStarts[number]! + depth
          const code = keyCodes[at]!
          codeAt[index] = code
          if (runLength[code] === 0 && keyEndingAt[code] === -1) childCodes[children++] = code
          if (keyCodes[at + 1] === 0) keyEndingAt[code] = number
          else runLength[code]!++
        }
        let next = start
        for (let child = 0; child < children; child++) {
          const code = childCodes[child]!
          if (code < lowestCode) lowestCode = code
          childStarts[child] = next
          runStart[code] = next
          next += runLength[code]!
          childEnds[child] = next
          childKeys[child] = keyEndingAt[code]!
        }
        for (let index = start; index < end; index++) {
          const number = order[index]!
          if (keyCodes[keyStarts[number]! + depth + 1] !== 0) scratch[runStart[codeAt[index]!]!++] = number
        }
        order.set(scratch.subarray(start, next), start)
        for (let child = 0; child < children; child++) {
          const code = childCodes[child]!
          runLength[code] = 0
          keyEndingAt[code] = -1
          // A run of one key continues as a single path.
          if (childEnds[child] === childStarts[child]! + 1) {
            const number = order[childStarts[child]!]!
            childStarts[child] = -1 - number
            childEnds[child] = keyStarts[number]!
          }
        }
      }
      const base = node === 0 ? 0 : layout.findBase(childCodes, children, lowestCode)
      layout.setBase(node, base)
      for (let child = 0; child < children; child++) layout.occupy(base + childCodes[child]!, node)
      nodeCount += children
      const states = layout.states
      for (let child = 0; child < children; child++) {
        const code = childCodes[child]!
        const slot = base + code
        // Failure link: the longest proper suffix that is a trie path, found
        // from the parent's failure link (all shallower states are placed).
        let fail = 0
        if (node !== 0) {
          let state = states[(node << 2) + failField]!
          for (;;) {
            const next = states[(state << 2) + baseField]! + code
            if (states[(next << 2) + checkField] === state) {
              fail = next
              break
            }
            if (state === 0) break
            state = states[(state << 2) + failField]!
          }
        }
        states[(slot << 2) + failField] = fail
        const suffixHit = states[(fail << 2) + hitField]!
        const number = childKeys[child]!
        if (number >= 0) {
          states[(slot << 2) + hitField] = number + 1
          nextHits[number + 1] = suffixHit
        } else {
          states[(slot << 2) + hitField] = suffixHit
        }
        if (childStarts[child]! < 0 ? childEnds[child]! >= 0 : childStarts[child]! < childEnds[child]!) {
          nextLevel.push(slot)
          nextLevel.push(childStarts[child]!)
          nextLevel.push(childEnds[child]!)
        }
      }
    }
    const done = level
    level = nextLevel
    nextLevel = done
    nextLevel.length = 0
  }
  return { states: layout.finish(), unitCodes, nextHits, nodeCount }
}

/**
 * Codes for the units of the keys, 1..A by falling frequency (ties by unit):
 * the common units get small codes, so the children of busy nodes are dense.
 */
function rankUnits(keys: readonly string[]): { unitCodes: Uint16Array; alphabetSize: number } {
  const frequency = new Float64Array(0x10000)
  for (const key of keys) for (let index = 0; index < key.length; index++) frequency[key.charCodeAt(index)]!++
  const units: number[] = []
  for (let unit = 0; unit < 0x10000; unit++) if (frequency[unit]! > 0) units.push(unit)
  // Code 0 means "in no key", so at most 65,535 distinct units can have a code.
  if (units.length > 0xffff) throw new RangeError('AhoCorasick: the keys use every UTF-16 code unit; one must be left out')
  units.sort((a, b) => frequency[b]! - frequency[a]! || a - b)
  const unitCodes = new Uint16Array(0x10000)
  units.forEach((unit, rank) => {
    unitCodes[unit] = rank + 1
  })
  return { unitCodes, alphabetSize: units.length }
}

/**
 * The double array while it is being filled: the state records, and a list
 * of the free slots (ascending, doubly linked) in which to look for a base.
 */
class Layout {
  states: Int32Array
  private capacity: number
  private nextFree: Int32Array
  private previousFree: Int32Array
  private tries: Uint8Array
  private firstFree = -1
  private lastFree = -1
  private highestBase = 0
  private highestSlot = 0

  /** `capacity`: slots to start with; `alphabetSize`: the highest code. */
  constructor(capacity: number, private readonly alphabetSize: number) {
    this.capacity = 0
    this.states = new Int32Array(0)
    this.nextFree = new Int32Array(0)
    this.previousFree = new Int32Array(0)
    this.tries = new Uint8Array(0)
    this.grow(Math.max(capacity, alphabetSize + 2, 16))
    // The root is slot 0; no transition leads to it.
    this.unlist(0)
  }

  /**
   * The first base (in slot order) at which every code has a free slot,
   * trying each free slot as the place of the lowest code. Slots past the
   * end are free.
   */
  findBase(codes: Int32Array, count: number, lowestCode: number): number {
    if (count === 0) return 0
    const states = this.states
    const capacity = this.capacity
    for (let slot = this.firstFree; slot !== -1; ) {
      const next = this.nextFree[slot]!
      const base = slot - lowestCode
      if (base >= 0) {
        let fits = true
        for (let index = 0; index < count; index++) {
          const target = base + codes[index]!
          if (target < capacity && states[(target << 2) + checkField] !== -1) {
            fits = false
            break
          }
        }
        if (fits) return base
      }
      if (++this.tries[slot]! >= triesPerSlot) this.unlist(slot)
      slot = next
    }
    return Math.max(0, Math.max(this.capacity, this.highestSlot + 1) - lowestCode)
  }

  /** Record a node's base (0 for a leaf), making room for every code after it. */
  setBase(node: number, base: number): void {
    this.ensure(base + this.alphabetSize + 1)
    this.states[(node << 2) + baseField] = base
    if (base > this.highestBase) this.highestBase = base
  }

  /** Take `slot` for a child of `parent`. */
  occupy(slot: number, parent: number): void {
    this.ensure(slot + 1)
    this.states[(slot << 2) + checkField] = parent
    if (this.tries[slot]! < triesPerSlot) this.unlist(slot)
    if (slot > this.highestSlot) this.highestSlot = slot
  }

  /** The states, cut to the last slot any transition can reach. */
  finish(): Int32Array {
    const slots = Math.max(this.highestSlot + 1, this.highestBase + this.alphabetSize + 1)
    this.ensure(slots)
    return this.states.slice(0, slots * stateWidth)
  }

  private ensure(slots: number): void {
    if (slots > this.capacity) this.grow(Math.max(slots, this.capacity + (this.capacity >> 1)))
  }

  private grow(capacity: number): void {
    const old = this.capacity
    const states = new Int32Array(capacity * stateWidth)
    states.set(this.states)
    for (let slot = old; slot < capacity; slot++) states[(slot << 2) + checkField] = -1
    const nextFree = new Int32Array(capacity)
    nextFree.set(this.nextFree)
    const previousFree = new Int32Array(capacity)
    previousFree.set(this.previousFree)
    const tries = new Uint8Array(capacity)
    tries.set(this.tries)
    // The new slots join the end of the free list, in order.
    for (let slot = old; slot < capacity; slot++) {
      previousFree[slot] = this.lastFree
      nextFree[slot] = -1
      if (this.lastFree === -1) this.firstFree = slot
      else nextFree[this.lastFree] = slot
      this.lastFree = slot
    }
    this.states = states
    this.nextFree = nextFree
    this.previousFree = previousFree
    this.tries = tries
    this.capacity = capacity
  }

  /** Take a slot out of the search list (it is used, or has been tried often enough). */
  private unlist(slot: number): void {
    const previous = this.previousFree[slot]!
    const next = this.nextFree[slot]!
    if (previous === -1) this.firstFree = next
    else this.nextFree[previous] = next
    if (next === -1) this.lastFree = previous
    else this.previousFree[next] = previous
    this.tries[slot] = triesPerSlot
  }
}
