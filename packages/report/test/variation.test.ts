import { describe, expect, it } from 'vitest'
import { buildVariationReport, renderVariationHtml, renderVariationJson, renderVariationMarkdown } from '@renderings/report'
import { variationIndex } from './variation-fixture.js'

describe('@renderings/report: variation', () => {
  it('should expose the public api', async () => {
    // The package is shared with the alignment report: this checks the variation part.
    const keys = Object.keys(await import('@renderings/report')).sort()
    expect(keys).toEqual(expect.arrayContaining(['buildVariationReport', 'renderVariationHtml', 'renderVariationJson', 'renderVariationMarkdown']))
  })

  const report = buildVariationReport({ index: variationIndex })

  it('builds a concept × outlet table of attested renderings with counts and dates', () => {
    expect(report.outlets).toEqual(['Le Grand Continent', 'The Conversation', 'VNA <français>'])
    expect(report.rows.map((row) => row.id)).toEqual(['taiwan-return', 'rare-earths'])
    const cell = report.rows[0]!.cells['Le Grand Continent']!
    expect(cell.map((rendering) => [rendering.text, rendering.count, rendering.firstDate])).toEqual([
      ['un élément essentiel', 1, '2025-11-24'],
      ['un élément important', 1, '2025-11-24']
    ])
    expect(report.rows[1]!.cells['The Conversation']!.map((rendering) => rendering.lang)).toEqual(['fr', 'vi'])
  })

  it('flags a document that renders one original two ways, and only that one', () => {
    expect(report.rows[0]!.flags).toEqual([{ doc: '000', outlet: 'Le Grand Continent', lang: 'fr', renderings: ['un élément essentiel', 'un élément important'] }])
    expect(report.rows[1]!.flags).toEqual([])
  })

  it('does not flag typographic variants of one rendering', () => {
    const typographic = buildVariationReport({
      index: {
        concepts: [{
          id: 'white-house', sourceLang: 'zh', sourceText: '白宫',
          terms: [
            { conceptId: 'white-house', lang: 'fr', text: 'Maison Blanche', status: 'admitted', isSource: false, attestations: [{ doc: 'd', outlet: 'o', date: '2025-01-01', sentence: 1, start: 0, end: 14, text: 'Maison Blanche', origin: 'curated' }] },
            { conceptId: 'white-house', lang: 'fr', text: 'Maison-Blanche', status: 'preferred', isSource: false, attestations: [{ doc: 'd', outlet: 'o', date: '2025-01-01', sentence: 5, start: 90, end: 104, text: 'Maison-Blanche', origin: 'curated' }] }
          ]
        }]
      }
    })
    expect(typographic.rows[0]!.flags).toEqual([])
  })

  it('shows proposed renderings apart from reviewed ones, grouped by their original when no concept is known', () => {
    const withProposal = buildVariationReport({
      index: { concepts: [] },
      proposed: [{
        sourceLang: 'zh', sourceText: '共同维护好二战胜利成果', lang: 'fr', text: 'protéger les résultats', method: 'statement-variant', score: 0.4,
        attestation: { doc: '001', outlet: 'VNA', date: '2025-11-25', sentence: 2, start: 5, end: 27, text: 'protéger les résultats', origin: 'mined' }
      }]
    })
    expect(withProposal.rows[0]!.source.text).toBe('共同维护好二战胜利成果')
    expect(withProposal.rows[0]!.cells['VNA']![0]!.status).toBe('proposed')
  })

  it('renders self-contained, escaped HTML with attestations one click away', () => {
    const html = renderVariationHtml(report)
    expect(html).toContain('<table id="variation">')
    expect(html).toContain('VNA &lt;français&gt;')
    expect(html).not.toContain('VNA <français>')
    expect(html).toContain('<details><summary>un élément important')
    expect(html).toContain('est <mark>un élément important</mark> » de cet ordre')
    expect(html).not.toMatch(/<(?:link|script)\b|src=|href="http/)
    expect(html).toContain('renders it 2 ways')
  })

  it('renders Markdown with one line per attestation and the flags', () => {
    const markdown = renderVariationMarkdown(report)
    expect(markdown).toContain('| Concept | Le Grand Continent | The Conversation | VNA \\<français\\> |')
    expect(markdown).toMatch(/- Le Grand Continent · 000 · 2025-11-24 · s4 · fr «un élément essentiel» \(admitted, mined\): le retour de Taïwan/)
    expect(markdown).toContain('- 000 (Le Grand Continent) renders 台湾回归中国是战后国际秩序重要组成部分 in fr as «un élément essentiel» and «un élément important»')
  })

  it('renders JSON that parses back to the model', () => {
    expect(JSON.parse(renderVariationJson(report))).toEqual(JSON.parse(JSON.stringify(report)))
  })

  it('renders an empty glossary without failing', () => {
    const empty = buildVariationReport({ index: { concepts: [] } })
    expect(renderVariationMarkdown(empty)).toContain('No attested renderings.')
    expect(renderVariationHtml(empty)).toContain('0 concepts')
  })
})

describe('@renderings/report: proposals', () => {
  it('puts a proposal that names no concept in the row of the concept whose source it quotes', () => {
    const report = buildVariationReport({
      index: variationIndex,
      proposed: [{
        sourceLang: 'zh', sourceText: '台湾回归中国是战后国际秩序重要组成部分', lang: 'fr', text: 'partie intégrante', method: 'statement-variant', score: 0.4,
        attestation: { doc: '001', outlet: 'VNA <français>', date: '2025-11-25', sentence: 2, start: 70, end: 87, text: 'partie intégrante', origin: 'mined' }
      }]
    })
    expect(report.rows.map((row) => row.id)).toEqual(['taiwan-return', 'rare-earths'])
    expect(report.rows[0]!.cells['VNA <français>']!.map((rendering) => `${rendering.text} ${rendering.status}`)).toContain('partie intégrante proposed')
  })
})
