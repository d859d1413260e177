import { describe, expect, it } from 'vitest'
import type { DocumentInfo, Segment, SegmentedDocument } from '@renderings/types'
import { findAttestations, parseGlossarySource, withAttestations } from '@renderings/glossary'

const index = parseGlossarySource(
  `concepts:
  - id: order
    source: { lang: zh, text: 战后国际秩序 }
    renderings:
      fr: [{ text: ordre international d’après-guerre, status: preferred }, ordre international post-guerre]
  - id: taiwan
    source: { lang: zh, text: 台湾 }
    renderings:
      fr: [{ text: Taïwan, status: preferred }, Taïwan (Chine)]
`,
  'test.yaml'
)

/** A document cut by hand: one segment per line, Han runs where the text has Chinese. */
function documentOf(id: string, lang: string, lines: string[]): { info: DocumentInfo; segmented: SegmentedDocument } {
  const text = lines.join('\n')
  const segments: Segment[] = []
  let offset = 0
  lines.forEach((line, sentence) => {
    const han = [...line.matchAll(/[\p{Script=Han}，、]+/gu)].map((match) => ({
      start: offset + match.index, end: offset + match.index + match[0].length, text: match[0], context: 'quoted-original' as const, sentences: [], words: []
    }))
    segments.push({ doc: id, block: 0, lang, paragraph: sentence, sentence, kind: 'sentence', start: offset, end: offset + line.length, text: line, footnotes: [], han })
    offset += line.length + 1
  })
  return {
    info: { id, file: `${id}.txt`, outlet: `Outlet ${id}`, outletEvidence: 'inference: test', date: '2025-11-25', title: id, kind: 'news', languages: [lang] },
    segmented: { doc: id, text, blocks: [], segments }
  }
}

describe('findAttestations', () => {
  const first = documentOf('a', 'fr', [
    'Le cadre d’un « ordre international d’après-guerre » est mobilisé.',
    'Cet ordre (« 台湾回归中国是战后国际秩序重要组成部分 ») concerne Taïwan.'
  ])
  const second = documentOf('b', 'fr', ["Taïwan (Chine) fait partie de l'ordre international post-guerre.", "L'Ordre International d'apres-guerre ? Non : l’ordre international d'après‑guerre."])

  it('should find renderings and quoted Chinese originals with exact document offsets', () => {
    const found = findAttestations(index, [second, first])
    expect(found.map((a) => [a.doc, a.conceptId, a.lang, a.sentence, a.text, a.origin])).toEqual([
      ['a', 'order', 'fr', 0, 'ordre international d’après-guerre', 'curated'],
      ['a', 'taiwan', 'zh', 1, '台湾', 'curated'],
      ['a', 'order', 'zh', 1, '战后国际秩序', 'curated'],
      ['a', 'taiwan', 'fr', 1, 'Taïwan', 'curated'],
      // "Taïwan" inside "Taïwan (Chine)" is the same concept: only the longer form counts.
      ['b', 'taiwan', 'fr', 0, 'Taïwan (Chine)', 'curated'],
      ['b', 'order', 'fr', 0, 'ordre international post-guerre', 'curated'],
      ['b', 'order', 'fr', 1, "ordre international d'après‑guerre", 'curated']
    ])
    for (const attestation of found) {
      const document = attestation.doc === 'a' ? first : second
      expect(document.segmented.text.slice(attestation.start, attestation.end)).toBe(attestation.text)
      expect(attestation.context!.slice(attestation.start - attestation.contextStart!, attestation.end - attestation.contextStart!)).toBe(attestation.text)
      expect(attestation.outlet).toBe(`Outlet ${attestation.doc}`)
    }
  })

  it('should attest a term inside a longer term of another concept', () => {
    const nested = parseGlossarySource(
      `concepts:
  - id: statement
    source: { lang: zh, text: 台湾回归中国是战后国际秩序重要组成部分 }
    renderings:
      fr: [le retour de Taïwan en Chine fait partie intégrante de l'ordre international post-guerre]
  - id: order
    source: { lang: zh, text: 战后国际秩序 }
    renderings:
      fr: [ordre international post-guerre]
`,
      'nested.yaml'
    )
    const document = documentOf('c', 'fr', ["'le retour de Taïwan en Chine fait partie intégrante de l'ordre international post-guerre'.", '(« 台湾回归中国是战后国际秩序重要组成部分 »)'])
    expect(findAttestations(nested, [document]).map((a) => [a.conceptId, a.lang, a.text])).toEqual([
      ['statement', 'fr', "le retour de Taïwan en Chine fait partie intégrante de l'ordre international post-guerre"],
      ['order', 'fr', 'ordre international post-guerre'],
      ['statement', 'zh', '台湾回归中国是战后国际秩序重要组成部分'],
      ['order', 'zh', '战后国际秩序']
    ])
  })

  it('should give an inflected occurrence to the term written that way, not to its other form', () => {
    const titles = parseGlossarySource(
      `concepts:
  - id: prime-minister
    source: { lang: zh, text: 日本首相 }
    renderings:
      fr: [Première ministre japonaise, Premier ministre japonais]
`,
      'titles.yaml'
    )
    const document = documentOf('d', 'fr', ['La Première ministre japonaise a parlé.', 'Le Premier ministre japonais a parlé.', 'Les Premiers ministres japonais ont parlé.'])
    expect(findAttestations(titles, [document]).map((a) => [a.sentence, a.term, a.text])).toEqual([
      [0, 'Première ministre japonaise', 'Première ministre japonaise'],
      [1, 'Premier ministre japonais', 'Premier ministre japonais'],
      [2, 'Premier ministre japonais', 'Premiers ministres japonais']
    ])
  })

  it('should attach attestations to their terms', () => {
    const attached = withAttestations(index, findAttestations(index, [first, second]))
    const order = attached.concepts.find((concept) => concept.id === 'order')!
    expect(order.terms.map((term) => [term.text, term.attestations.map((a) => a.doc)])).toEqual([
      ['战后国际秩序', ['a']],
      ['ordre international d’après-guerre', ['a', 'b']],
      ['ordre international post-guerre', ['b']]
    ])
    expect(index.concepts[0]!.terms[1]!.attestations).toEqual([])
  })
})
