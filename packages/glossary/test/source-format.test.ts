import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as glossary from '@renderings/glossary'
import { checkLanguage, parseGlossarySource } from '@renderings/glossary'

const curatedFile = new URL('../../../glossary/concepts.yaml', import.meta.url)

describe('@renderings/glossary', () => {
  it('should expose the public api', () => {
    expect(Object.keys(glossary).sort()).toEqual(['checkLanguage', 'findAttestations', 'isKnownLanguage', 'parseGlossarySource', 'parseTermIndexJson', 'renderingStatuses', 'withAttestations'])
  })
})

describe('parseGlossarySource', () => {
  it('should read concepts with the source phrase as a preferred source term', () => {
    const index = parseGlossarySource(
      `concepts:
  - id: order
    source: { lang: zh, text: 战后国际秩序 }
    gloss: post-war international order
    renderings:
      fr:
        - text: ordre international d’après-guerre
          status: preferred
        - ordre international post-guerre
`,
      'g.yaml'
    )
    expect(index).toEqual({
      concepts: [
        {
          id: 'order',
          sourceLang: 'zh',
          sourceText: '战后国际秩序',
          gloss: 'post-war international order',
          terms: [
            { conceptId: 'order', lang: 'zh', text: '战后国际秩序', status: 'preferred', isSource: true, attestations: [] },
            { conceptId: 'order', lang: 'fr', text: 'ordre international d’après-guerre', status: 'preferred', isSource: false, attestations: [] },
            { conceptId: 'order', lang: 'fr', text: 'ordre international post-guerre', status: 'admitted', isSource: false, attestations: [] }
          ]
        }
      ]
    })
  })

  it.each([
    ['concepts: [\n  - id: a\n    source: { lang: zh, text: x', /g\.yaml: line \d+, column \d+: /],
    ['just text', /g\.yaml: expected a mapping with a `concepts:` list/],
    ['concepts:\n  - id: Bad Id\n    source: { lang: zh, text: x }', /g\.yaml: concept 1, id: expected a lower-case id/],
    ['concepts:\n  - id: a\n    source: { lang: xx, text: x }', /g\.yaml: concept 1 \("a"\), source\.lang: unknown language "xx"/],
    ['concepts:\n  - id: a\n    source: { lang: zh, text: "  " }', /concept 1 \("a"\), source\.text: is empty/],
    ['concepts:\n  - id: a\n    source: { lang: zh, text: x }\n    renderings: { fr: [{ text: y, status: prefered }] }', /renderings\.fr\[1\]\.status: unknown status "prefered"/],
    ['concepts:\n  - id: a\n    source: { lang: zh, text: x }\n    renderings: { fr: [y, y] }', /renderings\.fr\[2\]: duplicate rendering "y"/],
    ['concepts:\n  - id: a\n    source: { lang: zh, text: x }\n    glos: typo', /concept 1 \("a"\), glos: unknown field/],
    ['concepts:\n  - id: a\n    source: { lang: zh, text: x }\n  - id: a\n    source: { lang: zh, text: y }', /concept 2 \("a"\), id: duplicate id/],
    ['concepts:\n  - id: a\n    source: { lang: zh, text: x }\n    renderings: { fr: [{ text: y, colour: red }] }', /renderings\.fr\[1\]\.colour: unknown field/]
  ])('should refuse %j with an error naming the file, entry and field', (source, message) => {
    expect(() => parseGlossarySource(source, 'g.yaml')).toThrow(message)
  })

  it('should refuse an alias bomb', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`), 'concepts: []'].join('\n')
    expect(() => parseGlossarySource(bomb, 'bomb.yaml')).toThrow(/bomb\.yaml/)
    expect(() => parseGlossarySource(bomb, 'bomb.yaml')).toThrow(/more than 50 YAML aliases: refused/)
    // A few aliases, and a `*` that is no alias, pass.
    const fine = 'shared: &fr [ordre mondial]\nconcepts:\n  - id: a\n    source: { lang: zh, text: x }\n    renderings: { fr: *fr, en: [a*b] }'
    expect(parseGlossarySource(fine, 'fine.yaml').concepts[0]!.terms.map((term) => term.text)).toEqual(['x', 'ordre mondial', 'a*b'])
  })

  it('should normalise language tags and refuse unknown ones', () => {
    expect(checkLanguage('ZH-hans', 'x')).toBe('zh-Hans')
    expect(checkLanguage('fr', 'x')).toBe('fr')
    expect(() => checkLanguage('fe', 'the --lang option')).toThrow(/unknown language "fe" in the --lang option/)
  })

  it('should accept the curated glossary, with every phrase of the seed notes', () => {
    const index = parseGlossarySource(readFileSync(curatedFile, 'utf8'), 'glossary/concepts.yaml')
    const texts = new Set(index.concepts.flatMap((concept) => concept.terms.map((term) => term.text)))
    for (const phrase of [
      '战后国际秩序', 'ordre international d’après-guerre', 'ordre international post-guerre', '共同维护好二战胜利成果',
      'préserver conjointement les acquis de la victoire de la Seconde Guerre mondiale', 'protéger les résultats de la Seconde Guerre mondiale',
      '台湾回归中国是战后国际秩序重要组成部分', 'fait partie intégrante', '习近平', 'Xi Jinping', 'Tập Cận Bình', 'Chủ tịch Tập', 'ông Tập',
      'président chinois', 'dirigeant chinois', 'dirigeant du Parti communiste chinois', 'Taïwan', 'Taïwan (Chine)', 'terres rares', 'đất hiếm',
      '稀土', 'droits de douane', 'tarifs douaniers', 'thuế quan', '关税', 'cessez-le-feu tarifaire', 'ngừng bắn thuế quan'
    ]) {
      expect([...texts].some((text) => text.includes(phrase)), phrase).toBe(true)
    }
    expect(index.concepts.length).toBeGreaterThanOrEqual(30)
  })
})
