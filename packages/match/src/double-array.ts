import { GrowableInt32 } from './growable.js'
import type { KeyPool } from './key-pool.js'

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
 * A failure link, first hit or next hit not worked out yet. Building leaves
 * them all so: working out the failure link of every state reads the
 * records of states far apart in the array, a cache miss for most of them,
 * and was more than half of building; a check visits a small part of a
 * large glossary's states. {@link resolveFail} and {@link resolveHit} work
 * one out, and everything it depends on, when first needed;
 * {@link resolveAll} all of them (before a snapshot is kept).
 */
export const unresolved = -2

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
 * hit `n + 1`); failure links and hits are left {@link unresolved}. The
 * pool is used up: its units are overwritten (its key bounds are kept).
 *
 * The keys are first sorted (an MSD radix sort, depth first, so each
 * bucket is sorted while it is in the cache) and their codes copied in that
 * order. The trie is then laid out breadth first straight from them,
 * without being built first: the keys below a node are a range of the
 * sorted keys, and its children are the runs of one code at the node's
 * depth. Each level reads the keys' codes in increasing address order, so
 * the reads stream instead of missing the cache once per state. Breadth
 * first, the shallow states (where a text spends most of its steps) sit
 * together at the start of the array.
 */
export function placeTrie(keys: KeyPool): PlacedTrie {
  const keyCount = keys.size
  const units = keys.units
  const unitCount = keyCount === 0 ? 0 : keys.end(keyCount - 1)
  const { unitCodes, alphabetSize } = rankUnits(units, unitCount)
  // The keys as codes, each followed by a 0 (no unit has code 0), so that
  // the end of a key is seen next to its last code. They are written over
  // the pool's own units when it has room (it mostly has: it was sized
  // generously), since its memory is in use already and fresh memory is
  // slow to touch: key `n` moves `n` units up, so writing from the last
  // unit back never overwrites a unit still to be read.
  const keyStarts = new Int32Array(keyCount + 1)
  for (let number = 0; number <= keyCount; number++) keyStarts[number] = (number === keyCount ? unitCount : keys.start(number)) + number
  const keyCodes = units.length >= unitCount + keyCount ? units : new Uint16Array(unitCount + keyCount)
  for (let number = keyCount - 1; number >= 0; number--) {
    const from = keys.start(number)
    const to = keyStarts[number]!
    const length = keys.end(number) - from
    keyCodes[to + length] = 0
    for (let index = length - 1; index >= 0; index--) keyCodes[to + index] = unitCodes[units[from + index]!]!
  }
  const order = sortedKeys(keyCodes, keyStarts, alphabetSize)
  // The codes again, in sorted order (`codes`, `starts` by rank); and the
  // number of trie nodes: one per unit of a key not shared with the key before.
  const starts = new Int32Array(keyCount + 1)
  const codes = new Uint16Array(keyCodes.length)
  let nodes = 1
  for (let rank = 0; rank < keyCount; rank++) {
    const from = keyStarts[order[rank]!]!
    const length = keyStarts[order[rank]! + 1]! - from
    const to = starts[rank]!
    for (let index = 0; index < length; index++) codes[to + index] = keyCodes[from + index]!
    starts[rank + 1] = to + length
    let shared = 0
    if (rank > 0) {
      const previous = starts[rank - 1]!
      while (codes[previous + shared] !== 0 && codes[previous + shared] === codes[starts[rank]! + shared]) shared++
    }
    nodes += length - 1 - shared
  }
  // The free-slot search packs the array about 98–99 % full; room never
  // written costs nothing (see `Layout`), and growing copies everything.
  const layout = new Layout(nodes + (nodes >> 4) + alphabetSize + 16, alphabetSize)
  const nextHits = new Int32Array(keyCount + 1).fill(unresolved, 1)
  const placer = new ChildPlacer(layout, codes, starts, order, alphabetSize)
  // The nodes of one depth that have children, as triples: slot and range of
  // ranks (every key of the range is longer than the depth). They come in
  // increasing rank order, so a level reads `codes` forwards.
  // A level has at most one node per key (their ranges do not overlap).
  let level: Int32Array = new Int32Array(3 * keyCount + 3)
  let levelLength = 3
  level[1] = 0
  level[2] = keyCount
  for (let depth = 0; levelLength > 0; depth++) {
    for (let entry = 0; entry < levelLength; entry += 3) placer.place(level[entry]!, level[entry + 1]!, level[entry + 2]!, depth)
    const done = level
    level = placer.next
    levelLength = placer.nextLength
    placer.next = done
    placer.nextLength = 0
  }
  return { states: layout.finish(), unitCodes, nextHits, nodeCount: placer.nodeCount }
}

/**
 * Places the children of one node at a time, and lists those that have
 * children of their own for the next level. A method called once per node
 * rather than the body of the level loop: a fresh process runs the loop's
 * first levels unoptimised, and a small method called two hundred thousand
 * times is optimised early and once, where the whole loop was compiled on
 * the fly twice or more and thrown away when a path not yet taken was taken.
 */
class ChildPlacer {
  /** The next level's nodes (see `placeTrie`) and how many numbers of it are written. */
  next: Int32Array
  nextLength = 0
  /** Trie nodes placed, the root included. */
  nodeCount = 1
  /** The lowest code of the children {@link runs} found last. */
  private lowestCode = 0
  // Children of the node being placed: code, range of ranks below it, key ending there (or -1).
  private readonly childCodes: Int32Array
  private readonly childStarts: Int32Array
  private readonly childEnds: Int32Array
  private readonly childKeys: Int32Array

  constructor(
    private readonly layout: Layout,
    private readonly codes: Uint16Array,
    private readonly starts: Int32Array,
    private readonly order: Int32Array,
    private readonly alphabetSize: number
  ) {
    this.next = new Int32Array(3 * order.length + 3)
    this.childCodes = new Int32Array(alphabetSize + 1)
    this.childStarts = new Int32Array(alphabetSize + 1)
    this.childEnds = new Int32Array(alphabetSize + 1)
    this.childKeys = new Int32Array(alphabetSize + 1)
  }

  /** Place the children of `node`, whose keys are the ranks `[start, end)`, all longer than `depth`. */
  place(node: number, start: number, end: number, depth: number): void {
    const { childCodes, childStarts, childEnds, childKeys, layout } = this
    const children = this.runs(start, end, depth)
    const base = node === 0 ? 0 : layout.findBase(childCodes, children, this.lowestCode)
    layout.setBase(node, base)
    for (let child = 0; child < children; child++) layout.occupy(base + childCodes[child]!, node)
    this.nodeCount += children
    const states = layout.states
    const next = this.next
    let nextLength = this.nextLength
    for (let child = 0; child < children; child++) {
      const slot = base + childCodes[child]!
      // Failure links and the hits that follow them are left to
      // `resolveFail` / `resolveHit`: worked out when first needed.
      const number = childKeys[child]!
      states[(slot << 2) + failField] = unresolved
      states[(slot << 2) + hitField] = number >= 0 ? number + 1 : unresolved
      if (childStarts[child]! < childEnds[child]!) {
        next[nextLength++] = slot
        next[nextLength++] = childStarts[child]!
        next[nextLength++] = childEnds[child]!
      }
    }
    this.nextLength = nextLength
  }

  /**
   * The children of the ranks `[start, end)` at `depth` (the runs of one
   * code; a key that ends at a child sorts first in its run) into the child
   * arrays; how many, and their lowest code in {@link lowestCode}. Apart
   * from {@link place}, whose calls are short: the root's is as long as
   * every key, and would have the whole of `place` compiled on the fly.
   */
  private runs(start: number, end: number, depth: number): number {
    const { codes, starts, childCodes, childStarts, childEnds, childKeys, order } = this
    let children = 0
    let lowestCode = this.alphabetSize + 1
    for (let rank = start; rank < end; ) {
      const at = starts[rank]! + depth
      const code = codes[at]!
      let runEnd = rank + 1
      while (runEnd < end && codes[starts[runEnd]! + depth] === code) runEnd++
      const ends = codes[at + 1] === 0
      childCodes[children] = code
      childKeys[children] = ends ? order[rank]! : -1
      childStarts[children] = ends ? rank + 1 : rank
      childEnds[children] = runEnd
      children++
      if (code < lowestCode) lowestCode = code
      rank = runEnd
    }
    this.lowestCode = lowestCode
    return children
  }
}

// Ranges this small are sorted by insertion (fewer passes than distributing them).
const insertionSortBelow = 16

/**
 * Key numbers in lexicographic order of their codes (a key before the keys
 * it is a prefix of): an MSD radix sort, depth first with an explicit
 * stack, each range distributed by its code at one depth.
 */
function sortedKeys(keyCodes: Uint16Array, keyStarts: Int32Array, alphabetSize: number): Int32Array {
  const keyCount = keyStarts.length - 1
  const order = new Int32Array(keyCount)
  for (let number = 0; number < keyCount; number++) order[number] = number
  const scratch = new Int32Array(keyCount)
  // The code of `order[index]` at the current depth, read once per key and depth (the reads of `keyCodes` jump).
  const codeAt = new Uint16Array(keyCount)
  const counts = new Int32Array(alphabetSize + 1)
  const bucketStarts = new Int32Array(alphabetSize + 1)
  const present = new Int32Array(alphabetSize + 1)
  const stack = new GrowableInt32(256)
  stack.push(0)
  stack.push(keyCount)
  stack.push(0)
  while (stack.length > 0) {
    const depth = stack.array[--stack.length]!
    const end = stack.array[--stack.length]!
    const start = stack.array[--stack.length]!
    if (end - start < insertionSortBelow) {
      insertionSort(order, start, end, depth, keyCodes, keyStarts)
      continue
    }
    let distinct = 0
    for (let index = start; index < end; index++) {
      const code = keyCodes[keyStarts[order[index]!]! + depth]!
      codeAt[index] = code
      if (counts[code]!++ === 0) present[distinct++] = code
    }
    sortCodes(present, distinct)
    let next = start
    for (let bucket = 0; bucket < distinct; bucket++) {
      const code = present[bucket]!
      bucketStarts[code] = next
      next += counts[code]!
    }
    for (let index = start; index < end; index++) scratch[bucketStarts[codeAt[index]!]!++] = order[index]!
    for (let index = start; index < end; index++) order[index] = scratch[index]!
    next = start
    for (let bucket = 0; bucket < distinct; bucket++) {
      const code = present[bucket]!
      const size = counts[code]!
      counts[code] = 0
      // Code 0: the one key that ends here, already in place.
      if (code !== 0 && size > 1) {
        stack.push(next)
        stack.push(next + size)
        stack.push(depth + 1)
      }
      next += size
    }
  }
  return order
}

/** Sort `codes[0, count)` ascending (by insertion when few, as they mostly are). */
function sortCodes(codes: Int32Array, count: number): void {
  if (count > insertionSortBelow) {
    codes.subarray(0, count).sort()
    return
  }
  for (let index = 1; index < count; index++) {
    const code = codes[index]!
    let place = index
    while (place > 0 && codes[place - 1]! > code) {
      codes[place] = codes[place - 1]!
      place--
    }
    codes[place] = code
  }
}

/** Sort `order[start, end)` by the keys' codes from `depth` on (they agree before it). */
function insertionSort(order: Int32Array, start: number, end: number, depth: number, keyCodes: Uint16Array, keyStarts: Int32Array): void {
  for (let index = start + 1; index < end; index++) {
    const number = order[index]!
    const from = keyStarts[number]! + depth
    let place = index
    while (place > start) {
      const other = order[place - 1]!
      let at = keyStarts[other]! + depth
      let offset = 0
      // Compare up to the first difference; 0 ends a key, and sorts first.
      while (keyCodes[at]! === keyCodes[from + offset]! && keyCodes[at]! !== 0) {
        at++
        offset++
      }
      if (keyCodes[at]! <= keyCodes[from + offset]!) break
      order[place] = other
      place--
    }
    order[place] = number
  }
}

/**
 * Codes for the units of the keys (`units[0, count)`), 1..A by falling
 * frequency (ties by unit): the common units get small codes, so the
 * children of busy nodes are dense.
 */
function rankUnits(units: Uint16Array, count: number): { unitCodes: Uint16Array; alphabetSize: number } {
  const frequency = new Int32Array(0x10000)
  // The units met, listed as first met (reading the whole table for them touched all of its 256 KB).
  const present: number[] = []
  for (let index = 0; index < count; index++) if (frequency[units[index]!]!++ === 0) present.push(units[index]!)
  // Code 0 means "in no key", so at most 65,535 distinct units can have a code.
  if (present.length > 0xffff) throw new RangeError('AhoCorasick: the keys use every UTF-16 code unit; one must be left out')
  present.sort((a, b) => frequency[b]! - frequency[a]! || a - b)
  const unitCodes = new Uint16Array(0x10000)
  for (let rank = 0; rank < present.length; rank++) unitCodes[present[rank]!] = rank + 1
  return { unitCodes, alphabetSize: present.length }
}

// States waiting for a failure link of a shallower state (reused: JavaScript is single-threaded).
let pending = new Int32Array(64)

/**
 * The failure link of `state` (not the root): the state of the longest
 * proper suffix of its path that is a trie path, kept once worked out. It
 * follows from the parent's (the check field is the parent, the code is
 * `state - base(parent)`) and the links along the parent's failure chain;
 * those not worked out yet are worked out first (with a stack, not
 * recursion: a long key must not exhaust the call stack).
 */
export function resolveFail(states: Int32Array, state: number): number {
  const known = states[(state << 2) + failField]!
  if (known !== unresolved) return known
  let size = 0
  pending[size++] = state
  while (size > 0) {
    const current = pending[size - 1]!
    const parent = states[(current << 2) + checkField]!
    let fail = 0
    let waiting = -1
    if (parent !== 0) {
      const code = current - states[parent << 2]!
      let candidate = states[(parent << 2) + failField]!
      if (candidate === unresolved) waiting = parent
      while (waiting < 0) {
        const next = states[candidate << 2]! + code
        if (next >= 0 && states[(next << 2) + checkField] === candidate) {
          fail = next
          break
        }
        if (candidate === 0) break
        const further = states[(candidate << 2) + failField]!
        if (further === unresolved) waiting = candidate
        else candidate = further
      }
    }
    if (waiting >= 0) {
      if (size === pending.length) {
        const more = new Int32Array(size * 2)
        more.set(pending)
        pending = more
      }
      pending[size++] = waiting
      continue
    }
    states[(current << 2) + failField] = fail
    size--
  }
  return states[(state << 2) + failField]!
}

/**
 * The first hit of `state` (0: none): its own key's, else the first on its
 * failure chain, kept once worked out. When it is a key's, the next hit on
 * that key's chain (`nextHits`) is worked out too, so a caller can follow
 * the whole chain.
 */
export function resolveHit(states: Int32Array, nextHits: Int32Array, state: number): number {
  let owner = state
  let hit = states[(owner << 2) + hitField]!
  while (hit === unresolved) {
    owner = resolveFail(states, owner)
    hit = states[(owner << 2) + hitField]!
  }
  // A hit is resolved with its chain, so an unresolved next hit means `owner` is the key's own state.
  if (hit > 0 && nextHits[hit] === unresolved) nextHits[hit] = resolveHit(states, nextHits, resolveFail(states, owner))
  for (let on = state; on !== owner; on = states[(on << 2) + failField]!) states[(on << 2) + hitField] = hit
  return hit
}

/** Work out every failure link and hit (a snapshot keeps them all). */
export function resolveAll(states: Int32Array, nextHits: Int32Array): void {
  const slots = states.length / stateWidth
  // In slot order, about breadth first: what a state depends on is mostly done before it.
  for (let state = 1; state < slots; state++) {
    if (states[(state << 2) + checkField] === -1) continue
    resolveFail(states, state)
    resolveHit(states, nextHits, state)
  }
}

/**
 * The double array while it is being filled: the state records, and the
 * free slots below the frontier in which to look for a base: an ascending
 * list of the holes that placements past the frontier left behind, each
 * with how often it has been tried. Every slot from the frontier on is free
 * and in no list, and is not read: a free slot's fields are all -1, written
 * when the frontier passes it (or by {@link finish}), not by filling the
 * array beforehand. Fresh memory is slow to touch the first time; filled
 * ahead, the array was touched twice, and its room never used once (the
 * array starts larger than the trie needs, so as not to grow: growing
 * copied 32 MB and filled 48 MB for 100,000 bench concepts).
 *
 * The list is an array of holes rather than links kept by slot: a hole taken
 * since, or tried too often, is skipped, and dropped when enough of those
 * have gathered. Arrays indexed by slot would be as long as the double
 * array and written all over (the holes are spread through it), and memory
 * touched for the first time costs more than these skips.
 */
class Layout {
  states: Int32Array
  private capacity = 0
  /** Hole slots, ascending; `holes[firstHole, holeCount)` may still be tried. */
  private holes = new Int32Array(1024)
  /** How often each entry of {@link holes} has been tried and refused. */
  private holeTries = new Uint8Array(1024)
  private firstHole = 0
  private holeCount = 0
  private frontier = 1
  private highestBase = 0
  private highestSlot = 0

  /** `capacity`: slots to start with; `alphabetSize`: the highest code. */
  constructor(capacity: number, private readonly alphabetSize: number) {
    this.states = new Int32Array(0)
    this.grow(Math.max(capacity, alphabetSize + 2, 16))
    // The root is slot 0, base 0 (its children sit at their codes); no transition leads to it.
    this.states[baseField] = 0
    this.states[checkField] = -1
    this.states[failField] = 0
    this.states[hitField] = 0
  }

  /**
   * The first base (in slot order) at which every code has a free slot,
   * trying each listed free slot as the place of the lowest code, else at
   * the frontier.
   */
  findBase(codes: Int32Array, count: number, lowestCode: number): number {
    if (count === 0) return 0
    const states = this.states
    const frontier = this.frontier
    const holes = this.holes
    const holeTries = this.holeTries
    // The dead entries at the head of the list are dropped for good.
    while (this.firstHole < this.holeCount && this.isDead(this.firstHole)) this.firstHole++
    let skipped = 0
    for (let index = this.firstHole; index < this.holeCount; index++) {
      if (this.isDead(index)) {
        skipped++
        continue
      }
      const base = holes[index]! - lowestCode
      if (base >= 0) {
        let fits = true
        for (let code = 0; code < count; code++) {
          const target = base + codes[code]!
          if (target < frontier && states[(target << 2) + checkField] !== -1) {
            fits = false
            break
          }
        }
        if (fits) {
          if (skipped > 64) this.compact()
          return base
        }
      }
      holeTries[index]!++
    }
    if (skipped > 64) this.compact()
    return Math.max(0, frontier - lowestCode)
  }

  /** Record a node's base, making room for every code after it. */
  setBase(node: number, base: number): void {
    if (base + this.alphabetSize + 1 > this.capacity) this.ensure(base + this.alphabetSize + 1)
    this.states[(node << 2) + baseField] = base
    if (base > this.highestBase) this.highestBase = base
  }

  /** Take `slot` for a child of `parent` (a listed hole it fills is skipped from then on). */
  occupy(slot: number, parent: number): void {
    if (slot >= this.frontier) {
      if (slot >= this.capacity) this.ensure(slot + 1)
      // The free slots passed over become holes, listed in order (and free:
      // every field -1; a loop, since they are mostly none or a few, and a
      // call of `fill` costs more than that).
      const states = this.states
      for (let field = this.frontier << 2; field < slot << 2; field++) states[field] = -1
      for (let hole = this.frontier; hole < slot; hole++) this.list(hole)
      this.frontier = slot + 1
    }
    // No base until the node has children (`setBase`, at the next level).
    this.states[(slot << 2) + baseField] = -1
    this.states[(slot << 2) + checkField] = parent
    if (slot > this.highestSlot) this.highestSlot = slot
  }

  /** The states (a view), up to the last slot any transition can reach. */
  finish(): Int32Array {
    const slots = Math.max(this.highestSlot + 1, this.highestBase + this.alphabetSize + 1)
    this.ensure(slots)
    // The slots past the frontier are free.
    this.states.fill(-1, this.frontier << 2, slots << 2)
    return this.states.subarray(0, slots * stateWidth)
  }

  private ensure(slots: number): void {
    if (slots > this.capacity) this.grow(Math.max(slots, this.capacity + (this.capacity >> 1)))
  }

  private grow(capacity: number): void {
    const states = new Int32Array(capacity * stateWidth)
    states.set(this.states)
    this.states = states
    this.capacity = capacity
  }

  /** Put a free slot at the end of the list. */
  private list(slot: number): void {
    if (this.holeCount === this.holes.length) {
      // Room is made by dropping the dead entries first, else by doubling.
      this.compact()
      if (this.holeCount * 2 > this.holes.length) {
        const holes = new Int32Array(this.holes.length * 2)
        holes.set(this.holes.subarray(0, this.holeCount))
        const holeTries = new Uint8Array(this.holes.length * 2)
        holeTries.set(this.holeTries.subarray(0, this.holeCount))
        this.holes = holes
        this.holeTries = holeTries
      }
    }
    this.holes[this.holeCount] = slot
    this.holeTries[this.holeCount] = 0
    this.holeCount++
  }

  /** Whether hole entry `index` can no longer be tried: its slot is taken, or it was tried too often. */
  private isDead(index: number): boolean {
    return this.holeTries[index]! >= triesPerSlot || this.states[(this.holes[index]! << 2) + checkField] !== -1
  }

  /** Drop the entries that can no longer be tried (taken, or tried too often), keeping the order. */
  private compact(): void {
    const holes = this.holes
    const holeTries = this.holeTries
    let kept = 0
    for (let index = this.firstHole; index < this.holeCount; index++) {
      if (this.isDead(index)) continue
      holes[kept] = holes[index]!
      holeTries[kept] = holeTries[index]!
      kept++
    }
    this.firstHole = 0
    this.holeCount = kept
  }
}
