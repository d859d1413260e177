import { readTmx } from '@renderings/tmx'
import * as report from '@renderings/report'
import {
  type AlignmentReport,
  renderAlignmentBeads,
  renderAlignmentHtml,
  renderAlignmentJsonl,
  renderAlignmentMarkdown,
  renderAlignmentTmx,
  renderAlignmentTsv,
  summarizeAlignment
} from '@renderings/report'
import { describe, expect, it } from 'vitest'

const alignment: AlignmentReport = {
  title: 'Alignment <of> "003"',
  pairs: [
    {
      source: { lang: 'fr', doc: '003', sentences: ['Le 5 juin, Trump a appelé Xi.', 'Une phrase\tavec | tabulation\net <script>alert(1)</script>.', 'Sans traduction.'], sentenceNumbers: [3, 4, 5] },
      target: { lang: 'vi', doc: '003', sentences: ['Ngày 5/6, Trump đã gọi cho Tập.', 'Một câu.', 'Câu thứ hai.'], sentenceNumbers: [19, 20, 21] },
      beads: [
        { source: [0], target: [0], score: 0.97, evidence: ['length δ=+0.10', 'date 5 juin ↔ 5/6', 'name Trump'], anchors: [{ kind: 'date', source: '5 juin', target: '5/6' }, { kind: 'name', source: 'Trump', target: 'Trump' }] },
        { source: [1], target: [1, 2], score: 0.42, evidence: ['length δ=-2.10', 'shape 1-2'] },
        { source: [2], target: [], score: 0, evidence: ['length δ=-3.00', 'shape 1-0'] }
      ]
    }
  ]
}

describe('alignment reports', () => {
  it('should expose the public api', () => {
    expect(Object.keys(report).sort()).toEqual(
      expect.arrayContaining([
        'beadLine',
        'beadShape',
        'doubtfulScore',
        'renderAlignmentBeads',
        'renderAlignmentHtml',
        'renderAlignmentJsonl',
        'renderAlignmentMarkdown',
        'renderAlignmentTmx',
        'renderAlignmentTsv',
        'summarizeAlignment'
      ])
    )
  })

  it('counts shapes, gaps and doubtful pairings', () => {
    expect(summarizeAlignment(alignment.pairs[0]!)).toEqual({
      beads: 3,
      shapes: [{ shape: '1-0', count: 1 }, { shape: '1-1', count: 1 }, { shape: '1-2', count: 1 }],
      doubtful: 1,
      unmatched: 1,
      sourceSentences: 3,
      targetSentences: 3,
      meanScore: (0.97 + 0.42) / 2
    })
  })

  it('writes the beads format of the development data', () => {
    expect(renderAlignmentBeads(alignment)).toBe('[0]:[0]\n[1]:[1, 2]\n[2]:[]\n')
    const two = renderAlignmentBeads({ ...alignment, pairs: [alignment.pairs[0]!, alignment.pairs[0]!] })
    expect(two).toBe('# fr→vi\n[0]:[0]\n[1]:[1, 2]\n[2]:[]\n\n# fr→vi\n[0]:[0]\n[1]:[1, 2]\n[2]:[]\n')
  })

  it('writes TSV with one row per bead and no stray tabs or line breaks', () => {
    const lines = renderAlignmentTsv(alignment).trimEnd().split('\n')
    expect(lines).toHaveLength(4)
    for (const line of lines) expect(line.split('\t')).toHaveLength(10)
    expect(lines[2]).toContain('fr\tvi\t1\t1-2\t4\t20,21\t0.420\tUne phrase avec | tabulation et <script>')
  })

  it('writes JSONL with texts, document sentence numbers and anchors', () => {
    const rows = renderAlignmentJsonl(alignment).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(rows).toHaveLength(3)
    expect(rows[0]).toMatchObject({ sourceLang: 'fr', targetLang: 'vi', source: [0], target: [0], sourceSentences: [3], targetSentences: [19], targetText: 'Ngày 5/6, Trump đã gọi cho Tập.' })
    expect(rows[2]).toMatchObject({ target: [], targetText: '' })
  })

  it('writes Markdown whose table a sentence cannot break', () => {
    const markdown = renderAlignmentMarkdown(alignment)
    expect(markdown).toContain('avec \\| tabulation et &lt;script>')
    expect(markdown).toContain('| 0.42 ⚠ |')
    expect(markdown).toContain('| — |')
    expect(markdown).toMatch(/3 beads joining 3 fr and 3 vi sentences; shapes: 1-0 × 1, 1-1 × 1, 1-2 × 1; 1 without counterpart; 1 doubtful/)
  })

  it('writes a self-contained HTML page with everything escaped, anchors marked and gaps visible', () => {
    const html = renderAlignmentHtml(alignment)
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('<title>Alignment &lt;of&gt; &quot;003&quot;</title>')
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
    expect(html).toContain('<mark title="date">5 juin</mark>')
    expect(html).toContain('<mark title="date">5/6</mark>')
    expect(html).toContain('<mark title="name">Trump</mark>')
    expect(html).toContain('class="none"')
    expect(html).toContain('no counterpart')
    expect(html.match(/<tr class="(high|mid|low|gap)"/g)).toEqual(['<tr class="high"', '<tr class="low"', '<tr class="gap"'])
  })

  it('marks anchors only at word boundaries, whatever the case and diacritics', () => {
    const html = renderAlignmentHtml({
      title: 't',
      pairs: [{ source: { lang: 'fr', doc: 'd', sentences: ['Présentée en Genève'] }, target: { lang: 'vi', doc: 'd', sentences: ['tại Geneva'] }, beads: [{ source: [0], target: [0], score: 1, evidence: [], anchors: [{ kind: 'cognate', source: 'en', target: 'x' }, { kind: 'name', source: 'geneve', target: 'Geneva' }] }] }]
    })
    expect(html).toContain('Présentée <mark title="cognate">en</mark> <mark title="name">Genève</mark>')
  })

  it('writes TMX with one unit per bead that has both sides, with provenance', () => {
    const tmx = readTmx(renderAlignmentTmx(alignment, { creationToolVersion: '1.2.3', creationDate: '20260101T000000Z' }))
    expect(tmx.header).toMatchObject({ srcLang: 'fr', creationTool: 'renderings', creationToolVersion: '1.2.3', creationDate: '20260101T000000Z' })
    expect(tmx.units).toHaveLength(2)
    expect(tmx.units[1]!.variants.map((variant) => variant.text)).toEqual(['Une phrase\tavec | tabulation\net <script>alert(1)</script>.', 'Một câu. Câu thứ hai.'])
    expect(tmx.units[1]!.props).toContainEqual({ type: 'x-target-sentences', value: '20,21' })
  })
})
