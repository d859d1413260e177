// The simple YAML reader must give exactly what js-yaml gives, or nothing
// (and leave the text to js-yaml): checked against js-yaml itself on the
// curated glossary, on a glossary in the flow style of large generated ones,
// and on texts at the edges of the subset.
import { readFileSync } from 'node:fs'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { readSimpleYaml } from '../src/simple-yaml.js'

const curatedFile = new URL('../../../glossary/concepts.yaml', import.meta.url)

function expectSameAsJsYaml(text: string): unknown {
  const simple = readSimpleYaml(text)
  if (simple !== undefined) expect(simple).toStrictEqual(load(text))
  return simple
}

const flowStyle = `concepts:
  - id: post-war-international-order
    source: { lang: zh, text: "战后国际秩序" }
    gloss: "post-war international order"
    contested: "Beijing's \\"settled\\" status; a tab\\there, a \\u00e9 and \\\\ too"
    renderings:
      fr:
        - { text: "ordre international d’après-guerre", status: preferred, note: "idiomatic: \\"après\\"" }
        - { text: 'l''ordre d''après-guerre', status: admitted }
        - ordre international post-guerre
      zh-Hant:
        - { text: "戰後國際秩序", status: preferred }   # a comment after a value
  # a comment line between entries

  - id: synthetic-2
    source: { lang: zh, text: "议维平发果" }
    domain: trade, tariffs and rare earths
    renderings:
      fr:
      - { text: "chicago annuelles efforce", status: preferred }
      - text: trump second
        status: deprecated
        note: a plain note, with "quotes" and 'apostrophes' # and a comment
      en: []
`

describe('readSimpleYaml', () => {
  it('reads a glossary in the flow style of generated glossaries exactly as js-yaml does', () => {
    // `en: []` is a flow sequence: outside the subset, so the whole text goes to js-yaml.
    expect(expectSameAsJsYaml(flowStyle)).toBeUndefined()
    const inSubset = flowStyle.replace('      en: []\n', '')
    const read = expectSameAsJsYaml(inSubset)
    expect(read).toBeDefined()
    expect((read as { concepts: unknown[] }).concepts).toHaveLength(2)
  })

  it('gives the curated glossary as js-yaml does, or leaves it to js-yaml (its folded scalars)', () => {
    expectSameAsJsYaml(readFileSync(curatedFile, 'utf8'))
  })

  it('leaves to js-yaml every text whose reading it does not decide itself', () => {
    const outside = [
      'a: 1', // a number
      'a: -1',
      'a: .5',
      'a: 2024-01-01', // a date in YAML 1.1
      'a: true',
      'a: No',
      'a:\n- y', // a boolean in YAML 1.1
      'a: null',
      'a: ~',
      'a:', // null
      'a: >-\n  folded\n  text', // block scalars
      'a: |\n  literal',
      'a: plain\n  continued', // a multi-line plain scalar
      'a: "quoted\n  on two lines"',
      'a: &anchor x\nb: *anchor',
      'a: !!str 1',
      'a: [x, y]',
      'a: { b: { c: d } }',
      'a: { b: c, }',
      'a: { b: c:d }',
      'a: x\na: y', // duplicate keys
      'a: { b: x, b: y }',
      '"a": x',
      '? a\n: x',
      '---\na: x',
      'a: x\n---\nb: y',
      '%YAML 1.2\n---\na: x',
      'a:\n\t- x', // a tab
      'a: x\r\nb: y',
      '\uFEFFa: x',
      'a: "\\x41"', // escapes it does not read
      'a: "\\e"',
      'a:\n  b: x\n c: y', // odd indentation
      'a:\n  - x\n  b: v',
      'a:\n    - x\n  - y',
      '- a',
      'a: x: y',
      'a: "x"y',
      '__proto__: x',
      'a: b\u0001',
      'a: b\u0085c', // line separators in YAML 1.1
      'a: b\u2028c'
    ]
    for (const text of outside) expect(readSimpleYaml(text), JSON.stringify(text)).toBeUndefined()
  })

  it('reads the texts of its subset as js-yaml does', () => {
    const inside = [
      'a: x',
      'a: x y  # comment',
      'a: x #',
      'a: x#y',
      'a: "x # not a comment"',
      "a: 'it''s'",
      'a: "\\u00e9\\"\\\\\\/\\n"',
      'a: { }',
      'a: {b: "c"}',
      'a: { b: c d, e: "f" }',
      'a:\n- x\n- w\nb: z',
      'a:\n  - b: x\n    c: v\n  - d: z',
      'a:\n  b:\n    c: d\n  e: f',
      '# heading\n\na: x\n\n# trailing\n',
      'a: x\n',
      'a: 国际秩序',
      'a: d’après-guerre'
    ]
    for (const text of inside) {
      expect(readSimpleYaml(text), JSON.stringify(text)).toBeDefined()
      expectSameAsJsYaml(text)
    }
  })
})
