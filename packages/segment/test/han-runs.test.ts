import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createChineseSegmenter } from '@renderings/parse-zh'
import { chineseDictionaryWords, segmentDocument } from '@renderings/segment'
import { seedsFolder } from '../../../test/support/paths.js'
import { expectInvariants } from './invariants.js'

describe('Chinese runs in segmented documents', () => {
  it('should find the quoted originals and the Sources title of seed 000, with words', async () => {
    const chinese = await createChineseSegmenter({ words: ['习近平', '战后国际秩序'] })
    const text = readFileSync(join(seedsFolder, '000_7cfc629149e3abd0.txt'), 'utf8')
    const document = segmentDocument(text, { doc: '000', chinese })
    expectInvariants(document)
    const runs = document.segments.flatMap((segment) => segment.han.map((run) => ({ run, kind: segment.kind })))
    expect(runs.map(({ run, kind }) => [run.text, run.context, kind])).toEqual([
      ['共同维护好二战胜利成果', 'quoted-original', 'sentence'],
      ['台湾回归中国是战后国际秩序重要组成部分', 'quoted-original', 'bullet'],
      ['习近平同美国总统特朗普通电话', 'source-item', 'source-item']
    ])
    for (const { run } of runs) {
      expect(run.words.length).toBeGreaterThan(1)
      expect(run.words.map((word) => word.text).join('')).toBe(run.text)
      expect(run.sentences).toEqual([{ start: run.start, end: run.end }])
    }
    const words = runs.flatMap(({ run }) => run.words.map((word) => word.text))
    expect(words).toContain('习近平')
    expect(words).toContain('战后国际秩序')
  })

  it('should split a 10,000-character Chinese run without punctuation inside French text', async () => {
    const chinese = await createChineseSegmenter({ words: ['战后国际秩序'] })
    const run = '台湾回归中国是战后国际秩序重要组成部分双方同意共同维护好二战胜利成果'.repeat(300).slice(0, 10_000)
    const document = segmentDocument(`Le communiqué dit « ${run} » sans ponctuation.`, { doc: 'x', chinese })
    expectInvariants(document)
    const [found] = document.segments[0]!.han
    expect(found!.text).toBe(run)
    expect(found!.words.map((word) => word.text).join('')).toBe(run)
    expect(found!.words.filter((word) => word.text === '战后国际秩序').length).toBeGreaterThan(250)
  })

  it('should leave words empty without a segmenter', () => {
    const document = segmentDocument('Il a dit « 战后国际秩序 » hier.', { doc: 'x' })
    expect(document.segments[0]!.han).toEqual([
      expect.objectContaining({ text: '战后国际秩序', context: 'inline', words: [] })
    ])
  })

  it('should tell parenthesised and inline runs apart from quoted originals', () => {
    const document = segmentDocument('Le terme 秩序 revient. Le mot ordre (秩序) aussi. Il parle d’« ordre » (« 秩序 »).', { doc: 'x' })
    expect(document.segments.flatMap((segment) => segment.han.map((run) => run.context))).toEqual(['inline', 'parenthesised', 'quoted-original'])
  })

  it('should treat a Chinese document as standalone Chinese with sentences at 。！？', async () => {
    const chinese = await createChineseSegmenter({ words: ['习近平'] })
    const text = '习近平同美国总统特朗普通电话。双方谈到了贸易！这是真的吗？\n\n中美关系稳定。'
    const document = segmentDocument(text, { doc: 'zh', chinese })
    expectInvariants(document)
    expect(document.blocks.map((block) => block.lang)).toEqual(['zh'])
    expect(document.segments.map((segment) => segment.text)).toEqual(['习近平同美国总统特朗普通电话。', '双方谈到了贸易！', '这是真的吗？', '中美关系稳定。'])
    expect(document.segments.every((segment) => segment.han.length === 1 && segment.han[0]!.context === 'standalone')).toBe(true)
  })
})

describe('chineseDictionaryWords', () => {
  it('should keep words and short compounds, and leave out statements made of other terms', () => {
    expect(
      chineseDictionaryWords(['战后国际秩序', '台湾', '台湾问题', '台湾回归中国是战后国际秩序重要组成部分', '二战', '共同维护好二战胜利成果', '法西斯主义和军国主义', ' 台湾 '])
    ).toEqual(['战后国际秩序', '台湾', '台湾问题', '二战', '法西斯主义和军国主义'])
  })
})
