import { placeTrie, resolveAll, resolveFail, resolveHit, stateWidth, unresolved } from './double-array.js'
import { KeyPool } from './key-pool.js'

/**
 * A classic Aho–Corasick automaton over UTF-16 code units (a trie of the
 * keys, failure links, dictionary-suffix links), stored as a double-array
 * trie so that a step of the scan touches one cache line.
 *
 * - Alphabet: each unit that occurs in some key has a code 1..A, the most
 *   frequent units the smallest codes; a unit in no key has code 0, and
 *   reading it sends the automaton straight back to the root.
 * - States: four Int32 per state, side by side in one array:
 *   `base, check, fail, firstHit`. The child of `s` along code `c` is
 *   `t = base(s) + c` when `check(t) === s`; otherwise follow `fail(s)`.
 *   Reading `check(t)` brings in the whole record of `t`, so its base (for
 *   the next step), its failure link and its hit marker cost nothing more.
 * - The root is state 0 and its base is 0: its children sit at their codes,
 *   a dense row, since most steps of a text start from the root.
 * - Hits: a hit is a key number plus one. `firstHit(s)` is the longest key
 *   that ends at `s` (its own key or a suffix's), 0 when none does; the
 *   other keys ending there follow through `nextHit`. Only a hit reads
 *   anything outside the state's record.
 * - Failure links and hits are worked out when first needed (building
 *   them all read states far apart in the array and was more than half of
 *   building); a snapshot ({@link columns}) has them all worked out.
 *
 * One pass over the text whatever the number of keys: the cost per unit is
 * amortised constant, plus the keys found.
 */
/** The arrays of a built automaton, enough to restore it without rebuilding. */
export interface AhoCorasickColumns {
  /** Four Int32 per state: base, check, fail, first hit (see {@link AhoCorasick}). */
  automatonStates: Int32Array
  /** The code of every UTF-16 unit (0: in no key). */
  unitCodes: Uint16Array
  /** By hit (key number + 1): the next hit on the dictionary-suffix chain, 0 at its end. */
  nextHits: Int32Array
  /** Length in code units of each key, by key number. */
  keyLengths: Int32Array
}

export class AhoCorasick {
  private states: Int32Array = new Int32Array(stateWidth).fill(-1, 1, 2)
  private unitCodes: Uint16Array = new Uint16Array(0x10000)
  private nextHits: Int32Array = new Int32Array(1)
  private built = false
  private pool: KeyPool
  private nodes = 1
  /** Length in code units of each key, by key number (complete once built). */
  keyLengths: Int32Array = new Int32Array(0)

  /**
   * `expectedUnits`, `expectedKeys`: about how many code units and keys
   * there will be, for the room the key pool starts with (see
   * {@link KeyPool}); the double array is sized from the keys themselves
   * when it is built.
   */
  constructor(expectedUnits?: number, expectedKeys?: number) {
    this.pool = new KeyPool(expectedUnits, expectedKeys)
  }

  /**
   * The built automaton's arrays (shared, not copied), for a snapshot, with
   * every failure link and hit worked out; `edgeCount` carries the number
   * of trie nodes.
   */
  columns(): { columns: AhoCorasickColumns; edgeCount: number } {
    if (!this.built) this.build()
    resolveAll(this.states, this.nextHits)
    return {
      columns: { automatonStates: this.states, unitCodes: this.unitCodes, nextHits: this.nextHits, keyLengths: this.keyLengths },
      edgeCount: this.nodes
    }
  }

  /** A built automaton from a snapshot's arrays (no keys can be added); `edgeCount` is what {@link columns} gave. */
  static fromColumns(columns: AhoCorasickColumns, edgeCount: number): AhoCorasick {
    const { automatonStates, unitCodes, nextHits, keyLengths } = columns
    if (!(automatonStates instanceof Int32Array && unitCodes instanceof Uint16Array && nextHits instanceof Int32Array && keyLengths instanceof Int32Array)) {
      throw new Error('AhoCorasick.fromColumns: these columns are not those of a double-array automaton')
    }
    const automaton = new AhoCorasick(0)
    // Views of the snapshot: nothing to copy.
    automaton.states = automatonStates
    automaton.unitCodes = unitCodes
    automaton.nextHits = nextHits
    automaton.keyLengths = keyLengths
    automaton.nodes = edgeCount
    automaton.built = true
    return automaton
  }

  /** Number of trie nodes, the root included (all of them once built; 1 before). */
  get nodeCount(): number {
    return this.nodes
  }

  /** Add a key; returns its number. Adding the same key twice returns the first number. */
  add(key: string): number {
    if (key.length === 0) throw new Error('AhoCorasick.add: empty key')
    return this.keys.addString(key)
  }

  /**
   * The pool the keys go to, for a caller that writes keys unit by unit
   * (`begin`, `push`, `commit`: see {@link KeyPool}) instead of as strings.
   */
  get keys(): KeyPool {
    if (this.built) throw new Error('AhoCorasick: keys added after build')
    return this.pool
  }

  /** Lay the trie out in the double array, with its failure links and hits (breadth first). */
  build(): void {
    if (this.built) return
    const placed = placeTrie(this.pool)
    this.states = placed.states
    this.unitCodes = placed.unitCodes
    this.nextHits = placed.nextHits
    this.nodes = placed.nodeCount
    this.keyLengths = this.pool.keyLengths()
    // The old pool's units were used up by placeTrie; no key can be added now.
    this.pool = new KeyPool(0, 0)
    this.built = true
  }

  /**
   * Scan `text` once; call `found(key, end)` for every key occurrence, in
   * order of end offset (`end` is exclusive), longest key first at one end.
   */
  scan(text: string, found: (key: number, end: number) => void): void {
    if (!this.built) this.build()
    let node = 0
    for (let index = 0; index < text.length; index++) {
      node = this.step(node, text.charCodeAt(index))
      for (let hit = this.firstHit(node); hit > 0; hit = this.nextHit(hit)) found(hit - 1, index + 1)
    }
  }

  /**
   * One step of the automaton (for callers that produce the text unit by
   * unit): the state after reading `unit` in state `node` (0 is the root).
   */
  step(node: number, unit: number): number {
    const code = this.unitCodes[unit]!
    if (code === 0) return 0
    const states = this.states
    for (;;) {
      const next = states[node << 2]! + code
      if (states[(next << 2) + 1] === node) return next
      if (node === 0) return 0
      const fail = states[(node << 2) + 2]!
      node = fail === unresolved ? resolveFail(states, node) : fail
    }
  }


  /** The first hit of state `node` (the longest key ending there), or 0 when no key ends there. */
  firstHit(node: number): number {
    const hit = this.states[(node << 2) + 3]!
    // Worked out on first need (and with it the rest of the chain); a key's own hit also needs its chain.
    return hit === 0 ? 0 : resolveHit(this.states, this.nextHits, node)
  }

  /** The next hit after `hit` (given by {@link firstHit} or this) on its dictionary-suffix chain (a shorter key ending at the same place), 0 at its end. */
  nextHit(hit: number): number {
    return this.nextHits[hit]!
  }

  /** The key number of a hit. */
  keyAt(hit: number): number {
    return hit - 1
  }
}
