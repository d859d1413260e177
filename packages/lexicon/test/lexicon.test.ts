import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadLexicon, type PreparedSegment, type TranslationLink } from '@renderings/lexicon'
import { repositoryRoot } from '../../../test/support/paths.js'

const lexicon = loadLexicon()

/** Links as `zh↔latin` strings, for readable expectations. */
function linkTexts(a: PreparedSegment, b: PreparedSegment, links: readonly TranslationLink[]): string[] {
  return links.map((link) => `${a.text.slice(link.a.start, link.a.end)}↔${b.text.slice(link.b.start, link.b.end)}`)
}

describe('chineseWords', () => {
  it('should cut running text into dictionary words, offsets into the text', () => {
    const text = '中方坚定维护国家核心利益，推动构建人类命运共同体。'
    const words = lexicon.chineseWords(text)
    expect(words.map((word) => word.text)).toEqual(['中方', '坚定', '维护', '国家', '核心', '利益', '推动', '构建', '人类', '命运', '共同体'])
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.text)
  })

  it('should read Traditional headwords and keep offsets inside a window', () => {
    const text = 'Il a dit « 戰後國際秩序 » hier.'
    const start = text.indexOf('戰')
    const words = lexicon.chineseWords(text, start, start + 6)
    expect(words.map((word) => word.text)).toEqual(['戰後', '國際', '秩序'])
    expect(words[0]!.start).toBe(start)
  })

  it('should group characters the dictionary does not know', () => {
    const words = lexicon.chineseWords('稀土𪚥𪚥出口')
    expect(words.map((word) => [word.text, word.known])).toEqual([
      ['稀土', true],
      ['𪚥𪚥', false],
      ['出口', true]
    ])
  })

  it('should cover a 10,000-character run without punctuation, whatever it holds', () => {
    const text = '国家核心利益稀土出口人类命运共同体'.repeat(600).slice(0, 10_000)
    const words = lexicon.chineseWords(text)
    expect(words.reduce((sum, word) => sum + word.end - word.start, 0)).toBe(10_000)
    expect(words.every((word, index) => index === 0 || word.start === words[index - 1]!.end)).toBe(true)
  })

  it('should return nothing for empty text, text without Chinese, or an empty window', () => {
    expect(lexicon.chineseWords('')).toEqual([])
    expect(lexicon.chineseWords('rare earths, 2023')).toEqual([])
    expect(lexicon.chineseWords('稀土', 1, 1)).toEqual([])
  })
})

describe('renderingsOf', () => {
  it('should give a headword its CC-CEDICT renderings, first sense first', () => {
    const renderings = lexicon.renderingsOf('稀土', 'en')
    expect(renderings[0]).toEqual({ text: 'rare earth', weight: 1, source: 'cc-cedict' })
    expect(lexicon.renderingsOf('人类', 'en').map((rendering) => rendering.text)).toContain('mankind')
    expect(lexicon.renderingsOf('戰後', 'en').map((rendering) => rendering.text)).toContain('postwar')
  })

  it('should compose a phrase the dictionary lacks from its words, weighted lower', () => {
    const renderings = lexicon.renderingsOf('核心利益', 'en')
    const coreInterest = renderings.find((rendering) => rendering.text === 'core interest')
    expect(coreInterest?.source).toBe('cc-cedict composed')
    expect(coreInterest!.weight).toBeLessThan(1)
  })

  it('should have nothing for what is not Chinese', () => {
    expect(lexicon.renderingsOf('', 'en')).toEqual([])
    expect(lexicon.renderingsOf('hello', 'en')).toEqual([])
  })
})

describe('translationLinks and similarity', () => {
  const zh = lexicon.prepare('中方坚定维护国家核心利益，推动构建人类命运共同体。', 'zh')
  const en = lexicon.prepare('China firmly upholds its core interests and works to build a community with a shared future for mankind.', 'en')

  it('should link words to their renderings through inflection', () => {
    const links = linkTexts(zh, en, lexicon.translationLinks(zh, en))
    expect(links).toEqual(expect.arrayContaining(['核心↔core', '利益↔interests', '人类↔mankind', '共同体↔community', '坚定↔firmly', '维护↔upholds']))
    expect(links).not.toContain('的↔of')
  })

  it('should link in either order, with weights in (0, 1]', () => {
    const forward = lexicon.translationLinks(zh, en)
    const backward = lexicon.translationLinks(en, zh)
    expect(backward.length).toBe(forward.length)
    for (const link of forward) {
      expect(link.weight).toBeGreaterThan(0)
      expect(link.weight).toBeLessThanOrEqual(1)
    }
  })

  it('should rank a translation above an unrelated sentence', () => {
    const unrelated = lexicon.prepare('The weather was mild and the market opened late on Sunday.', 'en')
    expect(lexicon.similarity(zh, en)).toBeGreaterThan(0.4)
    expect(lexicon.similarity(zh, unrelated)).toBeLessThan(0.1)
    expect(lexicon.similarity(zh, en)).toBe(lexicon.similarity(en, zh))
  })

  it('should link numbers and names', () => {
    const a = lexicon.prepare('习近平2023年4月26日同泽连斯基通电话。', 'zh')
    const b = lexicon.prepare('Xi Jinping spoke with Zelensky by phone on 26 April 2023.', 'en')
    expect(linkTexts(a, b, lexicon.translationLinks(a, b))).toEqual(expect.arrayContaining(['习近平↔Xi', '习近平↔Jinping', '2023↔2023', '26↔26']))
  })

  it('should handle empty, mixed-script and huge segments without failing', () => {
    const empty = lexicon.prepare('', 'zh')
    expect(empty.tokens).toEqual([])
    expect(lexicon.similarity(empty, en)).toBe(0)
    expect(lexicon.translationLinks(empty, en)).toEqual([])
    const mixed = lexicon.prepare('COVID-19疫情 et les terres rares 稀土 · Tập Cận Bình 😀', 'fr')
    expect(mixed.tokens.map((token) => token.text)).toEqual(expect.arrayContaining(['COVID', '19', '疫情', 'terres', 'rares', '稀土', 'Tập']))
    const huge = lexicon.prepare('国家核心利益'.repeat(2000), 'zh')
    expect(huge.tokens.length).toBe(6000)
    expect(lexicon.similarity(huge, en)).toBeGreaterThan(0)
  })
})

describe('loading', () => {
  it('should read the dictionary on loadLexicon(), never on import', () => {
    const script = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'lazy-import.mts')
    const result = spawnSync(process.execPath, ['--conditions=renderings-source', '--import', 'tsx', script], { cwd: repositoryRoot, encoding: 'utf8' })
    expect(result.stderr).toBe('')
    expect(JSON.parse(result.stdout)).toEqual({ afterImport: false, afterLoad: true })
  })
})

describe('French', () => {
  const stems = (texts: readonly string[]): string[] => texts.map((text) => lexicon.prepare(text, 'fr').tokens.map((token) => token.text.toLowerCase()).join(' '))

  it('should link 人类命运共同体 to « communauté de destin pour l’humanité »', () => {
    const zh = lexicon.prepare('推动构建人类命运共同体', 'zh')
    const fr = lexicon.prepare('promouvoir la construction d’une communauté de destin pour l’humanité', 'fr')
    expect(linkTexts(zh, fr, lexicon.translationLinks(zh, fr))).toEqual(expect.arrayContaining(['人类↔humanité', '命运↔destin', '共同体↔communauté', '推动↔promouvoir', '构建↔construction']))
  })

  it('should link 利益 in 核心利益 to « intérêts fondamentaux » (核心 → fondamentaux is beyond the dictionaries)', () => {
    const zh = lexicon.prepare('核心利益', 'zh')
    const fr = lexicon.prepare('intérêts fondamentaux', 'fr')
    const links = linkTexts(zh, fr, lexicon.translationLinks(zh, fr))
    expect(links).toContain('利益↔intérêts')
    expect(links).not.toContain('核心↔fondamentaux')
  })

  it('should render 稀土 as terre rare (rare earth through FreeDict, in French order)', () => {
    const renderings = lexicon.renderingsOf('稀土', 'fr')
    expect(renderings[0]).toMatchObject({ text: 'terre rare', source: 'cc-cedict+freedict composed' })
    expect(stems(renderings.map((rendering) => rendering.text))).toContain('terre rare')
    const zh = lexicon.prepare('稀土出口', 'zh')
    const fr = lexicon.prepare('les exportations de terres rares', 'fr')
    expect(linkTexts(zh, fr, lexicon.translationLinks(zh, fr))).toEqual(expect.arrayContaining(['稀土↔terres', '稀土↔rares', '出口↔exportations']))
  })

  it('should weigh composed links below direct ones', () => {
    const zh = lexicon.prepare('和平', 'zh')
    const en = lexicon.prepare('peace', 'en')
    const fr = lexicon.prepare('paix', 'fr')
    const [direct] = lexicon.translationLinks(zh, en)
    const [composed] = lexicon.translationLinks(zh, fr)
    expect(composed!.source).toBe('cc-cedict+freedict')
    expect(composed!.weight).toBeLessThan(direct!.weight)
  })
})
