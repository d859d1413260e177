/**
 * Counts of integer pairs in an open-addressing hash table of typed arrays:
 * the lexicon counts millions of (source word, target word) co-occurrences,
 * and a Map of boxed numbers spends most of its time allocating.
 */
export class PairCounter {
  private keys: Float64Array
  private counts: Int32Array
  private used = 0

  constructor(capacity = 1 << 16) {
    this.keys = new Float64Array(capacity).fill(-1)
    this.counts = new Int32Array(capacity)
  }

  /** Add one to the count of `key` (a non-negative integer below 2^53). */
  increment(key: number): void {
    const mask = this.keys.length - 1
    let slot = hash(key) & mask
    while (true) {
      const stored = this.keys[slot]!
      if (stored === key) {
        this.counts[slot]!++
        return
      }
      if (stored === -1) break
      slot = (slot + 1) & mask
    }
    this.keys[slot] = key
    this.counts[slot] = 1
    if (++this.used * 2 > this.keys.length) this.grow()
  }

  /** Every key with its count. */
  *entries(): IterableIterator<[number, number]> {
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== -1) yield [this.keys[slot]!, this.counts[slot]!]
  }

  private grow(): void {
    const keys = this.keys
    const counts = this.counts
    this.keys = new Float64Array(keys.length * 2).fill(-1)
    this.counts = new Int32Array(keys.length * 2)
    const mask = this.keys.length - 1
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot]!
      if (key === -1) continue
      let target = hash(key) & mask
      while (this.keys[target] !== -1) target = (target + 1) & mask
      this.keys[target] = key
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
