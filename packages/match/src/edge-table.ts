/**
 * The trie's edges, `(node, code unit) → child`, in one open-addressing hash
 * table over typed arrays. A Map per node costs about ten times the memory,
 * and a glossary of 100,000 concepts with its inflected variants makes
 * millions of edges.
 */
export class EdgeTable {
  private mask: number
  private nodes: Int32Array<ArrayBufferLike>
  private units: Uint16Array<ArrayBufferLike>
  private children: Int32Array<ArrayBufferLike>
  private count = 0

  constructor(expectedEdges = 1024) {
    let capacity = 1024
    while (capacity < expectedEdges * 2) capacity *= 2
    this.mask = capacity - 1
    this.nodes = new Int32Array(capacity).fill(-1)
    this.units = new Uint16Array(capacity)
    this.children = new Int32Array(capacity)
  }

  get size(): number {
    return this.count
  }

  /**
   * The table's columns for a snapshot: rehashed into the smallest power of
   * two that keeps the load under 3/4 (building sized it for the worst case,
   * and the snapshot is read at every start).
   */
  columns(): { nodes: Int32Array; units: Uint16Array; children: Int32Array } {
    let capacity = 1024
    while (capacity * 3 < this.count * 4) capacity *= 2
    if (capacity >= this.nodes.length) return { nodes: this.nodes, units: this.units, children: this.children }
    const compact = new EdgeTable(1)
    compact.mask = capacity - 1
    compact.nodes = new Int32Array(capacity).fill(-1)
    compact.units = new Uint16Array(capacity)
    compact.children = new Int32Array(capacity)
    for (let slot = 0; slot < this.nodes.length; slot++) {
      if (this.nodes[slot] !== -1) compact.insert(this.nodes[slot]!, this.units[slot]!, this.children[slot]!)
    }
    return { nodes: compact.nodes, units: compact.units, children: compact.children }
  }

  /** Place an edge without growing (the caller sized the table). */
  private insert(node: number, unit: number, child: number): void {
    let slot = hash(node, unit) & this.mask
    while (this.nodes[slot] !== -1) slot = (slot + 1) & this.mask
    this.nodes[slot] = node
    this.units[slot] = unit
    this.children[slot] = child
    this.count++
  }

  /** A table from the columns of a snapshot (their length must be a power of two). */
  static fromColumns(columns: { nodes: Int32Array; units: Uint16Array; children: Int32Array }, count: number): EdgeTable {
    const table = new EdgeTable(1)
    table.mask = columns.nodes.length - 1
    table.nodes = columns.nodes
    table.units = columns.units
    table.children = columns.children
    table.count = count
    return table
  }

  /** The child of `node` along `unit`, or -1. */
  get(node: number, unit: number): number {
    const mask = this.mask
    let slot = hash(node, unit) & mask
    for (;;) {
      const owner = this.nodes[slot]!
      if (owner === -1) return -1
      if (owner === node && this.units[slot] === unit) return this.children[slot]!
      slot = (slot + 1) & mask
    }
  }

  /** Record `node --unit--> child` (the edge must not exist yet). */
  set(node: number, unit: number, child: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow()
    const mask = this.mask
    let slot = hash(node, unit) & mask
    while (this.nodes[slot] !== -1) slot = (slot + 1) & mask
    this.nodes[slot] = node
    this.units[slot] = unit
    this.children[slot] = child
    this.count++
  }

  private grow(): void {
    const { nodes, units, children } = this
    const capacity = (this.mask + 1) * 2
    this.mask = capacity - 1
    this.nodes = new Int32Array(capacity).fill(-1)
    this.units = new Uint16Array(capacity)
    this.children = new Int32Array(capacity)
    this.count = 0
    for (let slot = 0; slot < nodes.length; slot++) {
      if (nodes[slot] !== -1) this.set(nodes[slot]!, units[slot]!, children[slot]!)
    }
  }
}

function hash(node: number, unit: number): number {
  // Multiplicative mixing; Math.imul keeps it in 32-bit integer arithmetic.
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) >>> 0
}
