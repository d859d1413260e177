/**
 * Counts of integer pairs in an open-addressing hash table of typed arrays:
 * the lexicon counts millions of (source word, target word) co-occurrences,
 * and a Map of boxed numbers spends most of its time allocating.
 */
export class PairCounter {
  /**
   * Each slot's key plus one, 0 for a free slot: a new table is free as
   * allocated (zeroed), where marking free slots with -1 wrote every slot
   * of every table the counter grew through.
   */
  private keys: Float64Array
  private counts: Int32Array
  private used = 0

  constructor(capacity = 1 << 16) {
    this.keys = new Float64Array(capacity)
    this.counts = new Int32Array(capacity)
  }

  /** Add one to the count of `key` (a non-negative integer below 2^53 - 1). */
  increment(key: number): void {
    const mask = this.keys.length - 1
    const stored = key + 1
    let slot = hash(key) & mask
    while (true) {
      const found = this.keys[slot]!
      if (found === stored) {
        this.counts[slot]!++
        return
      }
      if (found === 0) break
      slot = (slot + 1) & mask
    }
    this.keys[slot] = stored
    this.counts[slot] = 1
    if (++this.used * 2 > this.keys.length) this.grow()
  }

  /** Call `visit` with every key and its count (a callback: an iterator made two objects per key). */
  forEach(visit: (key: number, count: number) => void): void {
    const { keys, counts } = this
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== 0) visit(keys[slot]! - 1, counts[slot]!)
  }

  private grow(): void {
    const keys = this.keys
    const counts = this.counts
    this.keys = new Float64Array(keys.length * 2)
    this.counts = new Int32Array(keys.length * 2)
    const mask = this.keys.length - 1
    for (let slot = 0; slot < keys.length; slot++) {
      const stored = keys[slot]!
      if (stored === 0) continue
      let target = hash(stored - 1) & mask
      while (this.keys[target] !== 0) target = (target + 1) & mask
      this.keys[target] = stored
      this.counts[target] = counts[slot]!
    }
  }
}

function hash(key: number): number {
  // Mix the high and low halves, then a multiplicative hash.
  const low = key >>> 0
  const high = Math.floor(key / 4294967296) >>> 0
  return Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) >>> 0
}
