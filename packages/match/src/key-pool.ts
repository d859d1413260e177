/**
 * Automaton keys as UTF-16 units in one growing pool, each distinct key
 * stored once and numbered in order of first addition. A glossary compiles
 * to about a hundred thousand keys: written unit by unit into the pool
 * (folded text, French variants) and told apart by an open-addressing hash
 * table, they cost no string, no Map entry and nothing for the garbage
 * collector.
 *
 * Writing a key: {@link begin}, then {@link push} its units, then
 * {@link commit}, which gives its number (an earlier one when the same
 * units were committed before, and then the units just written are dropped).
 */
export class KeyPool {
  /** The units of every committed key, then those of the key being written. */
  units: Uint16Array
  /** End of the committed units (start of the key being written). */
  private committed = 0
  /** End of the units written so far. */
  private length = 0
  /** Start of key `n` in {@link units} is `starts[n]`, its end `starts[n + 1]`. */
  private starts: Int32Array
  private count = 0
  /** Key number + 1 by hash slot, 0 for an empty slot (at most half full). */
  private table: Int32Array
  private hashes: Int32Array

  /**
   * `expectedUnits`, `expectedKeys`: room to start with. Growing copies
   * everything written so far into fresh memory, and memory touched for the
   * first time is slow (page faults) while room never written costs
   * nothing, so a generous guess is cheaper than doubling.
   */
  constructor(expectedUnits = 1 << 14, expectedKeys = 1024) {
    this.units = new Uint16Array(Math.max(expectedUnits, 16))
    this.starts = new Int32Array(Math.max(expectedKeys, 16) + 1)
    this.hashes = new Int32Array(Math.max(expectedKeys, 16))
    // Room for the expected keys from the start: each doubling hashed every
    // key again. (The guess is generous, so half again as many slots.)
    let tableSize = 2048
    while (tableSize < expectedKeys + (expectedKeys >> 1)) tableSize *= 2
    this.table = new Int32Array(tableSize)
  }

  /** How many distinct keys. */
  get size(): number {
    return this.count
  }

  /** Start writing a key. */
  begin(): void {
    this.length = this.committed
  }

  push(unit: number): void {
    if (this.length === this.units.length) this.units = grown(this.units, this.units.length * 2)
    this.units[this.length++] = unit
  }

  /** Append `source[start, end)` to the key being written. */
  pushRange(source: Uint16Array, start: number, end: number): void {
    const needed = this.length + (end - start)
    if (needed > this.units.length) this.units = grown(this.units, Math.max(needed, this.units.length * 2))
    const units = this.units
    let at = this.length
    for (let index = start; index < end; index++) units[at++] = source[index]!
    this.length = at
  }

  /** End the key being written: its number (an empty key is refused). */
  commit(): number {
    const start = this.committed
    const end = this.length
    if (end === start) throw new Error('KeyPool: empty key')
    // FNV-1a over the units.
    let hash = 0x811c9dc5
    for (let index = start; index < end; index++) hash = Math.imul(hash ^ this.units[index]!, 0x01000193)
    const mask = this.table.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!
      if (entry === 0) {
        const number = this.count++
        this.table[slot] = number + 1
        if (number + 2 > this.starts.length) this.starts = grownInt32(this.starts, this.starts.length * 2)
        if (number === this.hashes.length) this.hashes = grownInt32(this.hashes, this.hashes.length * 2)
        this.hashes[number] = hash
        this.starts[number] = start
        this.starts[number + 1] = end
        this.committed = end
        // At most half full.
        if (this.count * 2 > this.table.length) this.rehash()
        return number
      }
      const number = entry - 1
      if (this.hashes[number] === hash && this.sameUnits(number, start, end)) {
        this.length = start
        return number
      }
    }
  }

  /** Add a whole key given as a string; its number. */
  addString(key: string): number {
    this.begin()
    for (let index = 0; index < key.length; index++) this.push(key.charCodeAt(index))
    return this.commit()
  }

  /** The units of key `number` are `units[start(number) .. end(number))`. */
  start(number: number): number {
    return this.starts[number]!
  }

  end(number: number): number {
    return this.starts[number + 1]!
  }

  /** Key `number` as a string (for tests and messages, not for building). */
  key(number: number): string {
    return String.fromCharCode(...this.units.subarray(this.starts[number]!, this.starts[number + 1]!))
  }

  /** The length of every key, by number. */
  keyLengths(): Int32Array {
    const lengths = new Int32Array(this.count)
    for (let number = 0; number < this.count; number++) lengths[number] = this.starts[number + 1]! - this.starts[number]!
    return lengths
  }

  private sameUnits(number: number, start: number, end: number): boolean {
    const from = this.starts[number]!
    if (this.starts[number + 1]! - from !== end - start) return false
    for (let offset = 0; offset < end - start; offset++) if (this.units[from + offset] !== this.units[start + offset]) return false
    return true
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2)
    const mask = table.length - 1
    for (let number = 0; number < this.count; number++) {
      let slot = this.hashes[number]! & mask
      while (table[slot] !== 0) slot = (slot + 1) & mask
      table[slot] = number + 1
    }
    this.table = table
  }
}

function grown(array: Uint16Array, capacity: number): Uint16Array {
  const next = new Uint16Array(capacity)
  next.set(array)
  return next
}

function grownInt32(array: Int32Array, capacity: number): Int32Array {
  const next = new Int32Array(capacity)
  next.set(array)
  return next
}
