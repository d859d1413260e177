import { describe, expect, it } from 'vitest'
import { AhoCorasick, packSnapshot, unpackSnapshot, type AhoCorasickColumns } from '@renderings/match'

/** A deterministic pseudo-random generator (the tests must not vary). */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 0x100000000
  }
}

function randomString(random: () => number, alphabet: readonly string[], length: number): string {
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
}

/** Every occurrence of every key, as `key@end` in the order scan must give: by end, then longest key first. */
function naiveHits(keys: readonly string[], numbers: readonly number[], text: string): string[] {
  const hits: Array<{ key: number; end: number; length: number }> = []
  keys.forEach((key, index) => {
    for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) hits.push({ key: numbers[index]!, end: at + key.length, length: key.length })
  })
  const unique = new Map(hits.map((hit) => [`${hit.key}@${hit.end}`, hit]))
  return [...unique.values()].sort((a, b) => a.end - b.end || b.length - a.length).map((hit) => `${hit.key}@${hit.end}`)
}

function scanHits(automaton: AhoCorasick, text: string): string[] {
  const hits: string[] = []
  automaton.scan(text, (key, end) => hits.push(`${key}@${end}`))
  return hits
}

/** The same hits through step / firstHit / nextHit / keyAt, as a caller's own loop gets them. */
function stepHits(automaton: AhoCorasick, text: string): string[] {
  const hits: string[] = []
  let node = 0
  for (let index = 0; index < text.length; index++) {
    node = automaton.step(node, text.charCodeAt(index))
    expect(Number.isInteger(node) && node >= 0).toBe(true)
    for (let hit = automaton.firstHit(node); hit > 0; hit = automaton.nextHit(hit)) hits.push(`${automaton.keyAt(hit)}@${index + 1}`)
  }
  return hits
}

function automatonOf(keys: readonly string[]): { automaton: AhoCorasick; numbers: number[] } {
  const automaton = new AhoCorasick(keys.reduce((sum, key) => sum + key.length, 0))
  const numbers = keys.map((key) => automaton.add(key))
  automaton.build()
  return { automaton, numbers }
}

/** Random keys and texts over `alphabet`, every way of reading hits compared with a naive search. */
function checkAgainstNaive(seed: number, alphabet: readonly string[], keyCount: number, maxKeyLength: number, textLength: number, rounds: number): void {
  const random = generator(seed)
  const keys = Array.from({ length: keyCount }, () => randomString(random, alphabet, 1 + Math.floor(random() * maxKeyLength)))
  const { automaton, numbers } = automatonOf(keys)
  for (let round = 0; round < rounds; round++) {
    const text = randomString(random, alphabet, textLength)
    const expected = naiveHits(keys, numbers, text)
    expect(scanHits(automaton, text)).toEqual(expected)
    expect(stepHits(automaton, text)).toEqual(expected)
  }
}

describe('AhoCorasick (double array)', () => {
  it('should report overlapping keys, longest first at one end', () => {
    const { automaton } = automatonOf(['he', 'she', 'his', 'hers'])
    expect(scanHits(automaton, 'ushers')).toEqual(['1@4', '0@4', '3@6'])
  })

  it('should number a key added twice once, and refuse empty keys and keys after build', () => {
    const automaton = new AhoCorasick()
    expect(automaton.add('ordre')).toBe(0)
    expect(automaton.add('droit')).toBe(1)
    expect(automaton.add('ordre')).toBe(0)
    expect(() => automaton.add('')).toThrow(/empty key/)
    automaton.build()
    expect(() => automaton.add('paix')).toThrow(/after build/)
    expect(Array.from(automaton.keyLengths)).toEqual([5, 5])
  })

  it('should agree with a naive search on random keys and texts over a small alphabet', () => {
    checkAgainstNaive(1, ['a', 'b', 'c', ' '], 60, 5, 200, 30)
  })

  it('should agree with a naive search with a large alphabet, Han and surrogate pairs, and units in no key', () => {
    const han = Array.from({ length: 300 }, (_, index) => String.fromCharCode(0x4e00 + index * 7))
    const astral = ['𠀀', '𠀁', '𪚥', '😀'].flatMap((character) => [character, character.charAt(0), character.charAt(1)])
    const latin = 'abcdefghijklmnopqrstuvwxyzéèàç’- '.split('')
    const keyAlphabet = [...han, ...astral, ...latin]
    const random = generator(2)
    const keys = Array.from({ length: 3000 }, () => randomString(random, keyAlphabet, 1 + Math.floor(random() * 6)))
    // Texts also hold units that no key has: the automaton must start again from the root.
    const textAlphabet = [...keyAlphabet.slice(0, 40), ...astral, 'Z', '0', '\u0001', '\uffff', '你']
    const { automaton, numbers } = automatonOf(keys)
    for (let round = 0; round < 20; round++) {
      const text = randomString(random, textAlphabet, 400)
      const expected = naiveHits(keys, numbers, text)
      expect(scanHits(automaton, text)).toEqual(expected)
      expect(stepHits(automaton, text)).toEqual(expected)
    }
    // Texts made of the keys themselves, so that long keys are found too.
    for (let round = 0; round < 20; round++) {
      const text = Array.from({ length: 40 }, () => keys[Math.floor(random() * keys.length)]).join(random() < 0.5 ? '' : 'Z')
      const expected = naiveHits(keys, numbers, text)
      expect(expected.length).toBeGreaterThan(40)
      expect(scanHits(automaton, text)).toEqual(expected)
    }
  })

  it('should agree with a naive search on many keys of many shapes (the layout grows)', () => {
    checkAgainstNaive(3, 'abcdefghij'.split(''), 5000, 12, 2000, 5)
  })

  it('should find keys sharing prefixes and suffixes, and the keys inside them', () => {
    const keys = ['ordre', 'ordre international', 'international', 'ordres internationaux', 'nation', 'na', 'a', 'ordre international d’après-guerre', 'guerre', 'après-guerre', 'e']
    const { automaton, numbers } = automatonOf(keys)
    const text = 'l’ordre international d’après-guerre et les ordres internationaux'
    const expected = naiveHits(keys, numbers, text)
    expect(expected).toContain(`${numbers[7]}@${text.indexOf('guerre') + 'guerre'.length}`)
    expect(scanHits(automaton, text)).toEqual(expected)
    expect(stepHits(automaton, text)).toEqual(expected)
    // At the end of "après-guerre": the longest key first, then its suffixes.
    const end = text.indexOf('guerre') + 'guerre'.length
    expect(scanHits(automaton, text).filter((hit) => hit.endsWith(`@${end}`))).toEqual([7, 9, 8, 10].map((index) => `${numbers[index]}@${end}`))
  })

  it('should find Han keys inside Han text and keys made of surrogate pairs', () => {
    const keys = ['战后国际秩序', '国际秩序', '国际', '𠀀国', '𠀀', '😀😀']
    const { automaton, numbers } = automatonOf(keys)
    const text = '捍卫战后国际秩序𠀀国际😀😀😀'
    const expected = naiveHits(keys, numbers, text)
    expect(expected.length).toBe(8)
    expect(scanHits(automaton, text)).toEqual(expected)
    expect(stepHits(automaton, text)).toEqual(expected)
    // Half a surrogate pair is not the pair.
    expect(scanHits(automaton, '\ud840国')).toEqual([])
  })

  it('should mark exactly the states where some key ends', () => {
    const { automaton } = automatonOf(['ab', 'b'])
    const afterA = automaton.step(0, 'a'.charCodeAt(0))
    expect(afterA).toBeGreaterThan(0)
    expect(automaton.firstHit(afterA)).toBe(0)
    const afterAb = automaton.step(afterA, 'b'.charCodeAt(0))
    expect(automaton.keyAt(automaton.firstHit(afterAb))).toBe(0)
    expect(automaton.keyAt(automaton.nextHit(automaton.firstHit(afterAb)))).toBe(1)
    expect(automaton.nextHit(automaton.nextHit(automaton.firstHit(afterAb)))).toBeLessThanOrEqual(0)
    // A unit in no key goes back to the root.
    expect(automaton.step(afterA, 'x'.charCodeAt(0))).toBe(0)
    expect(automaton.firstHit(0)).toBe(0)
  })

  it('should count trie nodes and lay them out densely', () => {
    const random = generator(4)
    const words = Array.from({ length: 2000 }, () => randomString(random, 'aeioulmnprst'.split(''), 3 + Math.floor(random() * 8)))
    const keys = Array.from({ length: 4000 }, () => `${words[Math.floor(random() * words.length)]} ${words[Math.floor(random() * words.length)]}`)
    const prefixes = new Set(keys.flatMap((key) => Array.from({ length: key.length }, (_, index) => key.slice(0, index + 1))))
    const { automaton } = automatonOf(keys)
    expect(automaton.nodeCount).toBe(prefixes.size + 1)
    const { columns, edgeCount } = automaton.columns()
    expect(edgeCount).toBe(automaton.nodeCount)
    // Four Int32 per slot; a first-fit layout leaves few slots empty.
    const slots = columns.automatonStates.length / 4
    expect(slots).toBeLessThan(automaton.nodeCount * 1.05 + 64)
  })

  it('should lay out the same automaton whether its key pool had room to spare, just enough, or had to grow', () => {
    // With room for a terminator per key, the keys' codes are written over
    // the pool's own units; without, into an array of their own.
    const random = generator(6)
    const alphabet = [...'abcdefgh ’-', '国', '际', '𠀀']
    const keys = Array.from({ length: 3000 }, () => randomString(random, alphabet, 1 + Math.floor(random() * 14)))
    const units = keys.reduce((sum, key) => sum + key.length, 0)
    const built = [new AhoCorasick(units * 2, keys.length), new AhoCorasick(units, keys.length), new AhoCorasick(1, 1)].map((automaton) => {
      const numbers = keys.map((key) => automaton.add(key))
      automaton.build()
      return { automaton, numbers }
    })
    const states = built.map(({ automaton }) => Array.from(automaton.columns().columns.automatonStates))
    expect(states[1]).toEqual(states[0])
    expect(states[2]).toEqual(states[0])
    const text = randomString(random, alphabet, 2000)
    for (const { automaton, numbers } of built) expect(scanHits(automaton, text)).toEqual(naiveHits(keys, numbers, text))
  })

  it('should find nothing without keys', () => {
    const { automaton } = automatonOf([])
    expect(scanHits(automaton, 'rien à trouver')).toEqual([])
    expect(automaton.nodeCount).toBe(1)
  })

  it('should give the same hits after a round trip through its columns and a packed snapshot', () => {
    const random = generator(5)
    const alphabet = [...'abcdé ’', '国', '际', '𠀀']
    const keys = Array.from({ length: 400 }, () => randomString(random, alphabet, 1 + Math.floor(random() * 6)))
    const { automaton, numbers } = automatonOf(keys)
    const { columns, edgeCount } = automaton.columns()
    const restored = AhoCorasick.fromColumns(columns, edgeCount)
    const unpacked = unpackSnapshot(packSnapshot({ edgeCount }, columns))!
    const reloaded = AhoCorasick.fromColumns(unpacked.arrays as unknown as AhoCorasickColumns, (unpacked.json as { edgeCount: number }).edgeCount)
    expect(reloaded.nodeCount).toBe(automaton.nodeCount)
    expect(Array.from(reloaded.keyLengths)).toEqual(keys.map((key) => key.length).filter((_, index) => numbers.indexOf(numbers[index]!) === index))
    for (let round = 0; round < 10; round++) {
      const text = randomString(random, alphabet, 300)
      const expected = naiveHits(keys, numbers, text)
      expect(scanHits(restored, text)).toEqual(expected)
      expect(scanHits(reloaded, text)).toEqual(expected)
      expect(stepHits(reloaded, text)).toEqual(expected)
    }
    expect(() => reloaded.add('abc')).toThrow(/after build/)
  })

  it('should refuse columns of another layout', () => {
    expect(() => AhoCorasick.fromColumns({ keyLengths: new Int32Array(0) } as unknown as AhoCorasickColumns, 0)).toThrow(/not those of a double-array automaton/)
  })
})
