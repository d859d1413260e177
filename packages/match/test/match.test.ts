import { describe, expect, it } from 'vitest'
import * as api from '@renderings/match'
import { AhoCorasick, createTermMatcher, frenchVariants } from '@renderings/match'

const terms = [
  { id: 'fr-order', text: 'ordre international d’après-guerre', lang: 'fr' },
  { id: 'fr-order-post', text: 'ordre international post-guerre', lang: 'fr' },
  { id: 'fr-intl-order', text: 'ordre international', lang: 'fr' },
  { id: 'zh-order', text: '战后国际秩序', lang: 'zh' },
  { id: 'zh-intl-order', text: '国际秩序', lang: 'zh' },
  { id: 'vi-xi', text: 'Tập Cận Bình', lang: 'vi' },
  { id: 'fr-rare', text: 'terres rares', lang: 'fr' },
  { id: 'fr-white-house', text: 'Maison-Blanche', lang: 'fr' },
  { id: 'fr-president', text: 'président chinois', lang: 'fr' },
  { id: 'fr-taiwan', text: 'Taïwan (Chine)', lang: 'fr' }
]
const matcher = createTermMatcher(terms)
const ids = (text: string, lang?: string): string[] => matcher.match(text, lang === undefined ? {} : { lang }).map((match) => match.id)

describe('@renderings/match', () => {
  it('should expose the public api', () => {
    expect(Object.keys(api).sort()).toEqual(['AhoCorasick', 'createTermMatcher', 'frenchVariants', 'isWordUnit', 'packSnapshot', 'restoreTermMatcher', 'unpackSnapshot'])
  })

  it('should prefer the longest term and not report the words inside it', () => {
    const text = 'Il faut préserver l’ordre international d’après-guerre.'
    const found = matcher.match(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ id: 'fr-order', text: 'ordre international d’après-guerre', start: 20 })
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text)
  })

  it('should see through case, apostrophes, no-break spaces and hyphens', () => {
    expect(ids("L'ORDRE\u00a0INTERNATIONAL D'APRÈS\u2011GUERRE")).toEqual(['fr-order'])
    expect(ids('la Maison\u2011Blanche et la maison blanche')).toEqual(['fr-white-house', 'fr-white-house'])
    expect(ids('un ordre\ninternational post-guerre')).toEqual(['fr-order-post'])
  })

  it('should not cross a paragraph break', () => {
    expect(ids('un ordre\n\ninternational')).toEqual([])
  })

  it('should find French plural and feminine forms', () => {
    expect(ids('des ordres internationaux')).toEqual(['fr-intl-order'])
    expect(ids('les terre rare')).toEqual(['fr-rare'])
    expect(ids('la présidente chinoise et les présidents chinois')).toEqual(['fr-president', 'fr-president'])
  })

  it('should respect word boundaries in Latin scripts only', () => {
    expect(ids('désordre internationaliste')).toEqual([])
    expect(ids('捍卫战后国际秩序，维护国际秩序')).toEqual(['zh-order', 'zh-intl-order'])
    expect(ids('« 战后国际秩序 »ordre international')).toEqual(['zh-order', 'fr-intl-order'])
  })

  it('should match Vietnamese typed in NFD and map offsets to the original', () => {
    const text = 'Chủ tịch Tập Cận Bình nói'.normalize('NFD')
    const [found] = matcher.match(text)
    expect(found?.id).toBe('vi-xi')
    expect(found?.text).toBe('Tập Cận Bình'.normalize('NFD'))
  })

  it('should match terms ending in punctuation without a boundary after them', () => {
    expect(ids('Taïwan (Chine), dit-il')).toEqual(['fr-taiwan'])
  })

  it('should filter by language', () => {
    expect(ids('ordre international 国际秩序', 'zh')).toEqual(['zh-intl-order'])
    expect(ids('ordre international 国际秩序', 'fr-FR')).toEqual(['fr-intl-order'])
  })

  it('should report every term that shares a key', () => {
    const shared = createTermMatcher([
      { id: 'a', text: 'Taïwan', lang: 'fr' },
      { id: 'b', text: 'taïwan', lang: 'fr' }
    ])
    expect(shared.match('à Taïwan').map((match) => match.id)).toEqual(['a', 'b'])
  })

  it('should generate French variants on the head of the term only', () => {
    expect(frenchVariants("ordre international d'après-guerre").sort()).toEqual([
      "ordre international d'après-guerre",
      "ordre internationale d'après-guerre",
      "ordres internationales d'après-guerre",
      "ordres internationaux d'après-guerre"
    ])
    expect(frenchVariants('droits de douane')).toContain('droit de douane')
    expect(frenchVariants('droit')).toEqual(['droit', 'droits'])
  })

  it('should run a plain Aho–Corasick with overlapping keys', () => {
    const automaton = new AhoCorasick()
    for (const key of ['he', 'she', 'his', 'hers']) automaton.add(key)
    const hits: string[] = []
    automaton.scan('ushers', (key, end) => hits.push(`${key}@${end}`))
    expect(hits).toEqual(['1@4', '0@4', '3@6'])
  })

  it('should agree with a naive search on random texts', () => {
    let seed = 7
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
    const alphabet = 'ab c'
    const make = (length: number): string => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
    const keys = Array.from({ length: 40 }, () => make(1 + Math.floor(random() * 4)).trim()).filter((key) => key.length > 0)
    const automaton = new AhoCorasick()
    const numbers = keys.map((key) => automaton.add(key))
    for (let round = 0; round < 20; round++) {
      const text = make(60)
      const hits = new Set<string>()
      automaton.scan(text, (key, end) => hits.add(`${key}@${end}`))
      const expected = new Set<string>()
      keys.forEach((key, index) => {
        for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) expected.add(`${numbers[index]}@${at + key.length}`)
      })
      expect([...hits].sort()).toEqual([...expected].sort())
    }
  })
})

describe('matchNested', () => {
  it('should find the terms inside a longer match, one level deep, leftmost-longest', () => {
    const nested = createTermMatcher([
      { id: 'sentence', text: 'le retour de Taïwan fait partie de l’ordre international post-guerre', lang: 'fr' },
      { id: 'order-post', text: 'ordre international post-guerre', lang: 'fr' },
      { id: 'order', text: 'ordre international', lang: 'fr' },
      { id: 'taiwan', text: 'Taïwan', lang: 'fr' }
    ])
    const text = 'Il dit que le retour de Taïwan fait partie de l’ordre international post-guerre.'
    const { outer, inner } = nested.matchNested(text)
    expect(outer.map((match) => match.id)).toEqual(['sentence'])
    expect(inner.map((match) => `${match.id}@${match.start}`)).toEqual([`taiwan@${text.indexOf('Taïwan')}`, `order-post@${text.indexOf('ordre')}`])
    expect(nested.match(text)).toEqual(outer)
  })
})

describe('snapshots', () => {
  it('should restore a matcher that finds exactly what the compiled one finds', async () => {
    const { packSnapshot, restoreTermMatcher, unpackSnapshot } = await import('@renderings/match')
    const snapshot = matcher.snapshot()
    const bytes = packSnapshot(snapshot.json, snapshot.arrays)
    // Read back from an unaligned copy, as a file buffer may be.
    const unaligned = new Uint8Array(bytes.length + 3).subarray(3)
    unaligned.set(bytes)
    const unpacked = unpackSnapshot(unaligned)!
    const restored = restoreTermMatcher(unpacked as never)
    for (const text of ['L’ORDRE INTERNATIONAL D’APRÈS‑GUERRE, 捍卫战后国际秩序', 'des ordres internationaux', 'Tập Cận Bình'.normalize('NFD'), 'Taïwan (Chine)']) {
      expect(restored.match(text)).toEqual(matcher.match(text))
      expect(restored.matchNested(text)).toEqual(matcher.matchNested(text))
    }
    expect(restored.size).toEqual(matcher.size)
    expect(unpackSnapshot(new TextEncoder().encode('not a snapshot'))).toBeUndefined()
  })
})

describe('extra terms beside a snapshot', () => {
  // Terms a project adds to a compiled glossary: one that shares a key with
  // a compiled term (same span, two automata), longer ones that contain
  // compiled terms, shorter ones inside them, and a Chinese one.
  const extra = [
    { id: 'x-president', text: 'Président chinois', lang: 'fr' },
    { id: 'x-order-peace', text: 'ordre international d’après-guerre et la paix', lang: 'fr' },
    { id: 'x-international', text: 'international', lang: 'fr' },
    { id: 'x-taiwan', text: 'Taïwan', lang: 'fr' },
    { id: 'x-intl', text: '国际', lang: 'zh' },
    { id: 'x-rare', text: 'terres rares', lang: 'en' }
  ]
  const whole = createTermMatcher([...terms, ...extra])
  const texts = [
    'Le président chinois et la présidente chinoise défendent l’ordre international d’après-guerre et la paix.',
    'des ordres internationaux, un ordre international post-guerre, Taïwan (Chine) et Taïwan',
    '捍卫战后国际秩序，维护国际秩序与国际合作',
    'les terres rares, la terre rare',
    'Maison-Blanche internationale'
  ]

  it('should find exactly what one automaton over all the terms finds', async () => {
    const { restoreTermMatcher } = await import('@renderings/match')
    const restored = restoreTermMatcher(matcher.snapshot(), { extraTerms: extra })
    expect(restored.size.terms).toBe(terms.length + extra.length)
    for (const text of texts) {
      expect(restored.match(text)).toEqual(whole.match(text))
      expect(restored.matchNested(text)).toEqual(whole.matchNested(text))
      for (const lang of ['fr', 'zh', 'en']) expect(restored.matchNested(text, { lang })).toEqual(whole.matchNested(text, { lang }))
    }
    // The shared key gives both terms on one span, in term order.
    expect(restored.match('le président chinois').map((match) => match.id)).toEqual(['fr-president', 'x-president'])
  })

  it('should keep its extra terms through a snapshot of its own', async () => {
    const { packSnapshot, restoreTermMatcher, unpackSnapshot } = await import('@renderings/match')
    const extended = restoreTermMatcher(matcher.snapshot(), { extraTerms: extra.slice(0, 3) })
    const snapshot = extended.snapshot()
    const again = restoreTermMatcher(unpackSnapshot(packSnapshot(snapshot.json, snapshot.arrays)) as never, { extraTerms: extra.slice(3) })
    for (const text of texts) expect(again.matchNested(text)).toEqual(whole.matchNested(text))
  })

  it('should need the terms when the snapshot was taken without them', async () => {
    const { restoreTermMatcher } = await import('@renderings/match')
    expect(() => restoreTermMatcher(matcher.snapshot({ terms: false }))).toThrow(/termAt/)
    const all = [...terms, ...extra]
    const restored = restoreTermMatcher(matcher.snapshot({ terms: false }), { termAt: (index) => all[index]!, extraTerms: extra })
    for (const text of texts) expect(restored.matchNested(text)).toEqual(whole.matchNested(text))
  })
})
