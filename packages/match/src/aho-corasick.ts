import { EdgeTable } from './edge-table.js'
import { GrowableInt32 } from './growable.js'

/**
 * A classic Aho–Corasick automaton over UTF-16 code units: a trie of the
 * keys, failure links, and dictionary-suffix links so that every key ending
 * at a position is reported in time proportional to the number of keys
 * found. One pass over the text, whatever the number of keys: the cost per
 * character is amortised constant. The root keeps a dense 64 K table because
 * most characters of a text lead back to it.
 */
/** The arrays of a built automaton, enough to restore it without rebuilding. */
export interface AhoCorasickColumns {
  root: Int32Array
  edgeNodes: Int32Array
  edgeUnits: Uint16Array
  edgeChildren: Int32Array
  fail: Int32Array
  dictionary: Int32Array
  output: Int32Array
  keyLengths: Int32Array
  rowOf: Int32Array
  asciiRows: Int32Array
}

// Nodes with at least this many children get a dense row, at most this many rows (64 MiB at most).
const minRowChildren = 4
const maxAsciiRows = 131072

export class AhoCorasick {
  private edges: EdgeTable
  private root: Int32Array = new Int32Array(0x10000)
  private readonly firstChild: GrowableInt32
  private readonly nextSibling: GrowableInt32
  private readonly edgeUnit: GrowableInt32
  private readonly output: GrowableInt32
  private fail: Int32Array = new Int32Array(0)
  // Dense ASCII rows for the busiest nodes: rowOf[node] is the row's offset
  // in asciiRows (or -1), and a row holds the child for each unit < 128 (or
  // -1). Busy nodes are where a text spends its steps, and a row lookup hits
  // the cache where the large edge hash table misses it.
  private rowOf: Int32Array = new Int32Array(0)
  private asciiRows: Int32Array = new Int32Array(0)
  private dictionary: Int32Array = new Int32Array(0)
  private built = false
  private readonly addedKeyLengths: number[] = []
  /** Length in code units of each key, by key number (complete once built). */
  keyLengths: Int32Array = new Int32Array(0)

  /**
   * `expectedUnits`: about how many code units the keys will have in all (an
   * upper bound on the number of trie nodes). Sizing the columns once avoids
   * the repeated large allocations that otherwise dominate building.
   */
  constructor(expectedUnits = 1024) {
    const capacity = Math.max(1024, expectedUnits + 1)
    this.edges = new EdgeTable(capacity)
    this.firstChild = new GrowableInt32(capacity, -1)
    this.nextSibling = new GrowableInt32(capacity, -1)
    this.edgeUnit = new GrowableInt32(capacity, 0)
    this.output = new GrowableInt32(capacity, -1)
    this.newNode(0)
  }

  /** The built automaton's arrays (shared, not copied), for a snapshot. */
  columns(): { columns: AhoCorasickColumns; edgeCount: number } {
    if (!this.built) this.build()
    const edges = this.edges.columns()
    return {
      columns: {
        root: this.root,
        edgeNodes: edges.nodes,
        edgeUnits: edges.units,
        edgeChildren: edges.children,
        fail: this.fail,
        dictionary: this.dictionary,
        output: this.output.array.subarray(0, this.output.length),
        keyLengths: this.keyLengths,
        rowOf: this.rowOf,
        asciiRows: this.asciiRows
      },
      edgeCount: this.edges.size
    }
  }

  /** A built automaton from a snapshot's arrays (no keys can be added). */
  static fromColumns(columns: AhoCorasickColumns, edgeCount: number): AhoCorasick {
    const automaton = new AhoCorasick(0)
    automaton.root = columns.root
    automaton.edges = EdgeTable.fromColumns({ nodes: columns.edgeNodes, units: columns.edgeUnits, children: columns.edgeChildren }, edgeCount)
    automaton.output.array = columns.output
    automaton.output.length = columns.output.length
    automaton.fail = columns.fail
    automaton.dictionary = columns.dictionary
    automaton.rowOf = columns.rowOf
    automaton.asciiRows = columns.asciiRows
    // A view of the snapshot, like the other columns: nothing to copy.
    automaton.keyLengths = columns.keyLengths
    automaton.built = true
    return automaton
  }

  /** Number of trie nodes (the root included). */
  get nodeCount(): number {
    return this.output.length
  }

  /** Add a key; returns its number. Adding the same key twice returns the first number. */
  add(key: string): number {
    if (this.built) throw new Error('AhoCorasick.add after build')
    if (key.length === 0) throw new Error('AhoCorasick.add: empty key')
    let node = 0
    for (let index = 0; index < key.length; index++) {
      const unit = key.charCodeAt(index)
      let child = node === 0 ? this.root[unit]! : this.edges.get(node, unit)
      if (child <= 0) {
        child = this.newNode(unit)
        if (node === 0) this.root[unit] = child
        else this.edges.set(node, unit, child)
        this.nextSibling.array[child] = this.firstChild.array[node]!
        this.firstChild.array[node] = child
      }
      node = child
    }
    const existing = this.output.array[node]!
    if (existing >= 0) return existing
    this.output.array[node] = this.addedKeyLengths.length
    this.addedKeyLengths.push(key.length)
    return this.addedKeyLengths.length - 1
  }

  /** Compute the failure and dictionary links (breadth first). */
  build(): void {
    const count = this.nodeCount
    const fail = new Int32Array(count)
    const dictionary = new Int32Array(count).fill(-1)
    const queue = new Int32Array(count)
    const output = this.output.array
    let head = 0
    let tail = 0
    for (let child = this.firstChild.array[0]!; child !== -1; child = this.nextSibling.array[child]!) queue[tail++] = child
    while (head < tail) {
      const node = queue[head++]!
      for (let child = this.firstChild.array[node]!; child !== -1; child = this.nextSibling.array[child]!) {
        const unit = this.edgeUnit.array[child]!
        let state = fail[node]!
        let target = this.transition(state, unit)
        while (target === -1) {
          state = fail[state]!
          target = this.transition(state, unit)
        }
        fail[child] = target
        dictionary[child] = output[target]! >= 0 ? target : dictionary[target]!
        queue[tail++] = child
      }
    }
    this.fail = fail
    this.dictionary = dictionary
    this.keyLengths = Int32Array.from(this.addedKeyLengths)
    this.buildAsciiRows(queue, tail)
    this.built = true
  }

  /** Give the nodes with the most children (in breadth-first order: the shallow, busy ones) a dense ASCII row. */
  private buildAsciiRows(queue: Int32Array, queued: number): void {
    const rowOf = new Int32Array(this.nodeCount).fill(-1)
    const chosen: number[] = []
    for (let index = 0; index < queued && chosen.length < maxAsciiRows; index++) {
      const node = queue[index]!
      let children = 0
      for (let child = this.firstChild.array[node]!; child !== -1 && children < minRowChildren; child = this.nextSibling.array[child]!) children++
      if (children >= minRowChildren) chosen.push(node)
    }
    const rows = new Int32Array(chosen.length * 128).fill(-1)
    chosen.forEach((node, row) => {
      rowOf[node] = row * 128
      for (let child = this.firstChild.array[node]!; child !== -1; child = this.nextSibling.array[child]!) {
        const unit = this.edgeUnit.array[child]!
        if (unit < 128) rows[row * 128 + unit] = child
      }
    })
    this.rowOf = rowOf
    this.asciiRows = rows
  }

  /**
   * Scan `text` once; call `found(key, end)` for every key occurrence, in
   * order of end offset (`end` is exclusive).
   */
  scan(text: string, found: (key: number, end: number) => void): void {
    if (!this.built) this.build()
    const { root, edges, fail, dictionary } = this
    const output = this.output.array
    let node = 0
    for (let index = 0; index < text.length; index++) {
      const unit = text.charCodeAt(index)
      for (;;) {
        if (node === 0) {
          node = root[unit]!
          break
        }
        const child = edges.get(node, unit)
        if (child !== -1) {
          node = child
          break
        }
        node = fail[node]!
      }
      if (node === 0) continue
      let hit = output[node]! >= 0 ? node : dictionary[node]!
      while (hit > 0) {
        found(output[hit]!, index + 1)
        hit = dictionary[hit]!
      }
    }
  }

  /**
   * One step of the automaton (for callers that produce the text unit by
   * unit): the state after reading `unit` in state `node` (0 is the root).
   */
  step(node: number, unit: number): number {
    const { root, edges, fail, rowOf, asciiRows } = this
    for (;;) {
      if (node === 0) return root[unit]!
      const row = unit < 128 ? rowOf[node]! : -1
      const child = row >= 0 ? asciiRows[row + unit]! : edges.get(node, unit)
      if (child !== -1) return child
      node = fail[node]!
    }
  }

  /**
   * Run a batch of units from state `node`; `onHit(hit, index)` is called
   * after `units[index]` when some key ends there (walk the keys with
   * {@link keyAt} and {@link nextHit}). Returns the state after the batch.
   */
  feed(units: Uint16Array, count: number, node: number, onHit: (hit: number, index: number) => void): number {
    if (!this.built) this.build()
    const { root, edges, fail, dictionary, rowOf, asciiRows } = this
    const output = this.output.array
    for (let index = 0; index < count; index++) {
      const unit = units[index]!
      for (;;) {
        if (node === 0) {
          node = root[unit]!
          break
        }
        const row = unit < 128 ? rowOf[node]! : -1
        const child = row >= 0 ? asciiRows[row + unit]! : edges.get(node, unit)
        if (child !== -1) {
          node = child
          break
        }
        node = fail[node]!
      }
      if (node === 0) continue
      const hit = output[node]! >= 0 ? node : dictionary[node]!
      if (hit > 0) onHit(hit, index)
    }
    return node
  }

  /** The first state on `node`'s dictionary chain that ends a key (the node itself if it does), or a value ≤ 0. */
  firstHit(node: number): number {
    return this.output.array[node]! >= 0 ? node : this.dictionary[node]!
  }

  /** The next state on the dictionary chain after `hit` (≤ 0 at its end). */
  nextHit(hit: number): number {
    return this.dictionary[hit]!
  }

  /** The key number a hit state ends. */
  keyAt(hit: number): number {
    return this.output.array[hit]!
  }

  /** The transition used while building: -1 when a non-root state has no edge (follow its failure link). */
  private transition(state: number, unit: number): number {
    if (state === 0) return this.root[unit]!
    return this.edges.get(state, unit)
  }

  private newNode(unit: number): number {
    this.firstChild.push(-1)
    this.nextSibling.push(-1)
    this.edgeUnit.push(unit)
    return this.output.push(-1)
  }
}
