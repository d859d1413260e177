import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { latinWords, loadLexicon, numberAndDateAnchors, stemOf, type Lexicon, type PreparedSegment, type TranslationLink } from '@renderings/lexicon'
import { repositoryRoot } from '../../../test/support/paths.js'
import { CedictTable } from '../src/cedict-table.js'
import { snowballStem, snowballStemmerAlone } from '../src/latin-words.js'

const lexicon = loadLexicon()

/** The links between a Chinese text and another as `zh↔other source` strings. */
function sourcedLinks(from: Lexicon, zh: string, other: string, lang: string): string[] {
  const a = from.prepare(zh, 'zh')
  const b = from.prepare(other, lang)
  return from.translationLinks(a, b).map((link) => `${zh.slice(link.a.start, link.a.end)}↔${other.slice(link.b.start, link.b.end)} ${link.source}`)
}

/** Links as `zh↔latin` strings, for readable expectations. */
function linkTexts(a: PreparedSegment, b: PreparedSegment, links: readonly TranslationLink[]): string[] {
  return links.map((link) => `${a.text.slice(link.a.start, link.a.end)}↔${b.text.slice(link.b.start, link.b.end)}`)
}

describe('chineseWords', () => {
  it('should cut the same way through a term base, whose lookup is asked length by length, and take a term longer than any headword', () => {
    const text = '中方坚定维护国家核心利益，推动构建人类命运共同体。'
    // A term base the text does not use: the lookup changes, the words do not.
    const withTerms = lexicon.withEntries([{ zh: '稀土出口管制', lang: 'fr', text: 'contrôle des exportations de terres rares' }])
    expect(withTerms.chineseWords(text)).toEqual(lexicon.chineseWords(text))
    // A term of 300 characters, longer than any dictionary headword (whose lengths fit a byte): every length up to 300 is tried.
    const long = '和平'.repeat(150)
    const words = lexicon.withEntries([{ zh: long, lang: 'fr', text: 'paix' }]).chineseWords(`${long}。`)
    expect(words.map((word) => [word.text.length, word.known])).toEqual([[300, true]])
  })

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

  it('should write Traditional characters in Simplified, character for character (CC-CEDICT’s pairs)', () => {
    expect(lexicon.toSimplified('兩岸同胞要攜手同心，脫鉤斷鏈')).toBe('两岸同胞要携手同心，脱钩断链')
    expect(lexicon.toSimplified('国际 order 2023')).toBe('国际 order 2023')
    expect(lexicon.toSimplified('戰後國際秩序')).toHaveLength('戰後國際秩序'.length)
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

  it('should give a word alone the ids, factors and origins prepare gives it as a segment', () => {
    const cases: Array<[string, string]> = [
      ...['中方', '稀土', '人类命运共同体', '一千', '二〇二三年', '四月', '习近平', '泽', '瑶', '国家核心利益', '赟', '𠮷', '卡拉OK', 'AA制'].map((word): [string, string] => [word, 'zh']),
      ...['interests', 'Zelensky', 'the', "qu'", "l'homme", '2023', 'COVID-19', 'mankind', 'A'].map((word): [string, string] => [word, 'en']),
      ...['réunifiée', 'intérêts', "aujourd'hui", 'les'].map((word): [string, string] => [word, 'fr']),
      ...['Tập', 'chủ quyền'].map((word): [string, string] => [word, 'vi'])
    ]
    for (const readings of [true, false]) {
      for (const [word, lang] of cases) {
        const segment = lexicon.prepare(word, lang, { readings })
        // A segment sorts its ids, ties in the order of its tokens' lists (a stable sort), and keeps factors in 32 bits.
        const alone = [...lexicon.wordIds(word, lang, { readings })].sort((x, y) => x.id - y.id).map((entry) => [entry.id, Math.fround(entry.factor), entry.origin ?? 0])
        expect(alone, `${word} (${lang})`).toEqual([...segment.ids].map((id, index) => [id, segment.factors[index], segment.origins[index]]))
      }
    }
    expect(lexicon.wordIds('稀土', 'zh').length).toBeGreaterThan(0)
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

  it('should refuse a table of an older build in one line that says how to rebuild', () => {
    const folder = mkdtempSync(join(tmpdir(), 'renderings-old-cedict-'))
    try {
      // The layout before the format mark: headword count and table size first.
      writeFileSync(join(folder, 'cedict-headwords.txt'), '# CC-CEDICT, an old build\n中国')
      writeFileSync(join(folder, 'cedict-index.bin'), Buffer.from(new Uint32Array([1, 1024, 0, 2]).buffer))
      expect(() => new CedictTable(pathToFileURL(`${folder}/`))).toThrow(/^[^\n]*cedict-index\.bin: built by an older version of the lexicon \(rebuild with pnpm --filter @renderings\/lexicon build:data\)$/)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('should stem the words of the renderings as Snowball does (the table stands in for the stemmer)', () => {
    const table = new CedictTable(new URL('../data/', import.meta.url))
    for (const word of ['sovereignty', 'interests', 'firmly', 'uphold', 'earth', 'cauldron', 'down\'s', 'building']) {
      const stem = table.englishStemOf(word)
      expect(stem, word).toBeDefined()
      expect(stem).toBe(snowballStem(word, 'en'))
    }
    expect(table.englishStemOf('zelenskyy')).toBeUndefined()
  })

  it('should look up the same entries after reading them ahead, once each, whatever is asked', () => {
    const data = new URL('../data/', import.meta.url)
    const ahead = new CedictTable(data)
    const alone = new CedictTable(data)
    const words = ['中国', '人民', '稀土', '中方', '国家', '不是一个词', '中国', 'dog', '一']
    ahead.readAhead(words)
    for (const word of [...words, ...words]) {
      expect(ahead.lookupOnce(word), word).toEqual(alone.lookupOnce(word))
      expect(ahead.lookup(word), word).toEqual(alone.lookup(word))
    }
  })

  it('should stem with the one language compiled alone as the whole Snowball module does', () => {
    const words = readFileSync(new URL('../data/cedict-words.txt', import.meta.url), 'utf8').split('\n')[1]!
    const french = readFileSync(new URL('../data/fr-lemmas.txt', import.meta.url), 'utf8')
    // Every word of CC-CEDICT's renderings (run together: cut into pieces of 3 to 12 letters) and every French lemma line's words.
    const samples = {
      english: Array.from({ length: 20_000 }, (_, index) => words.slice(index * 17, index * 17 + 3 + (index % 10))),
      french: [...new Set(french.split(/[^\p{L}'’-]+/u).filter((word) => word !== ''))].slice(0, 20_000)
    }
    const snowball = createRequire(import.meta.url)('snowball-stemmers') as { newStemmer(name: string): { stem(word: string): string } }
    for (const [name, list] of Object.entries(samples)) {
      const alone = snowballStemmerAlone(name)
      expect(alone, name).toBeDefined()
      const whole = snowball.newStemmer(name)
      expect(list.map((word) => alone!.stem(word)), name).toEqual(list.map((word) => whole.stem(word)))
    }
    expect(snowballStemmerAlone('klingon')).toBeUndefined()
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

  it('should key French words by lemma (Hunspell’s French dictionary), so inflections Snowball leaves whole meet', () => {
    // Snowball: jouent → jouent, joue → jou; vont → vont, aller → aller.
    expect(['jouent', 'joue', 'jouer', 'jouaient'].map((word) => stemOf(word, 'fr'))).toEqual(['jou', 'jou', 'jou', 'jou'])
    expect(stemOf('vont', 'fr')).toBe(stemOf('aller', 'fr'))
    expect(stemOf('doivent', 'fr')).toBe(stemOf('devoir', 'fr'))
    // A word the dictionary lacks keeps its Snowball stem; a noun its own.
    expect(stemOf('sino-ukrainiennes', 'fr')).toBe('sino-ukrainien')
    expect(stemOf('relations', 'fr')).toBe(stemOf('relation', 'fr'))
    const zh = lexicon.prepare('玩火', 'zh')
    const fr = lexicon.prepare('ceux qui jouent avec le feu', 'fr')
    expect(linkTexts(zh, fr, lexicon.translationLinks(zh, fr))).toEqual(expect.arrayContaining(['玩火↔jouent', '玩火↔feu']))
  })

  it('should weigh a word of a gloss of several words below a one-word gloss', () => {
    const weightOf = (zh: string, fr: string, word: string): number => {
      const a = lexicon.prepare(zh, 'zh')
      const b = lexicon.prepare(fr, 'fr')
      return lexicon.translationLinks(a, b).find((link) => fr.slice(link.b.start, link.b.end) === word)?.weight ?? 0
    }
    // 同胞: born of the same parents; sibling; fellow citizen; compatriot.
    expect(weightOf('同胞', 'les compatriotes', 'compatriotes')).toBeGreaterThan(0.5)
    // 中方: the Chinese side — each of its two words counts for part of it.
    expect(weightOf('中方', 'le côté chinois', 'côté')).toBeLessThan(0.8)
  })

  it('should read a French ré- verb through its base, lower (réunifier through unifier), and prepositions as function words', () => {
    const zh = lexicon.prepare('统一', 'zh')
    const fr = lexicon.prepare('la Chine sera réunifiée', 'fr')
    expect(linkTexts(zh, fr, lexicon.translationLinks(zh, fr))).toContain('统一↔réunifiée')
    expect(latinWords('contre la guerre, après la paix', 'fr').filter((word) => !word.stop).map((word) => word.text)).toEqual(['guerre', 'paix'])
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

describe('Chinese word weights', () => {
  const weightOf = (text: string, word: string): number => lexicon.prepare(text, 'zh').tokens.find((token) => token.text === word)!.weight

  it('should weigh function words nearly nothing and specific words fully, by Jieba’s document frequencies', () => {
    const text = '我们的国家坚定维护主权和领土完整。'
    expect(weightOf(text, '的')).toBeLessThan(0.05)
    expect(weightOf(text, '和')).toBeLessThan(0.1)
    expect(weightOf(text, '主权')).toBe(1)
    expect(weightOf(text, '国家')).toBeGreaterThan(0.3)
    expect(weightOf(text, '国家')).toBeLessThan(weightOf(text, '主权'))
    expect(weightOf(text, '我们')).toBeLessThan(weightOf(text, '国家'))
  })
})

describe('Vietnamese', () => {
  const links = (zh: string, vi: string, from = lexicon): string[] => sourcedLinks(from, zh, vi, 'vi')

  it('should link a Chinese word to the Sino-Vietnamese reading of its characters, wherever the tone mark sits', () => {
    expect(links('维护国家主权与和平', 'bảo vệ chủ quyền quốc gia và hoà bình')).toEqual(
      expect.arrayContaining(['主权↔chủ sino-vietnamese', '主权↔quyền sino-vietnamese', '和平↔hoà sino-vietnamese', '和平↔bình sino-vietnamese'])
    )
    expect(links('共产党', 'cộng sản đảng')).toEqual(['共产党↔cộng sino-vietnamese', '共产党↔sản sino-vietnamese', '共产党↔đảng sino-vietnamese'])
    // Vietnamese puts the head first: two syllables in a row still meet.
    expect(links('中国共产党', 'Đảng Cộng sản Trung Quốc')).toEqual(expect.arrayContaining(['中国共产党↔Trung sino-vietnamese', '中国共产党↔Cộng sino-vietnamese']))
  })

  it('should leave the readings out when asked, and nothing else', () => {
    const keys = (options?: { readings?: boolean }): string[] =>
      Array.from(lexicon.prepare('维护国家主权', 'zh', options).ids, (id) => lexicon.keyOf(id)).sort()
    const all = keys()
    expect(all.some((key) => key.startsWith('vi:'))).toBe(true)
    expect(keys({ readings: false })).toEqual(all.filter((key) => !key.startsWith('vi:')))
    const vi = lexicon.prepare('bảo vệ chủ quyền quốc gia', 'vi')
    expect(lexicon.translationLinks(lexicon.prepare('维护国家主权', 'zh', { readings: false }), vi)).toEqual([])
  })

  it('should not link syllables parted by punctuation, nor a single character by its reading', () => {
    expect(links('主权', 'chủ, quyền')).toEqual([])
    expect(links('主', 'chủ')).toEqual([])
  })

  it('should give the reading as a rendering, below a term base’s', () => {
    expect(lexicon.renderingsOf('主权', 'vi')[0]).toEqual({ text: 'chủ quyền', weight: 0.5, source: 'sino-vietnamese' })
    expect(lexicon.renderingsOf('hello', 'vi')).toEqual([])
  })

  it('should reach 稀土 → đất hiếm (no reading of it) through a term base’s entries, under the term base’s name', () => {
    expect(links('稀土出口', 'xuất khẩu đất hiếm').filter((link) => link.startsWith('稀土'))).toEqual([])
    const withTerms = loadLexicon({
      entries: [
        { zh: '稀土', lang: 'vi', text: 'đất hiếm' },
        { zh: '稀土', lang: 'fr', text: 'terres rares' },
        { zh: '人类命运共同体', lang: 'fr', text: 'communauté de destin pour l’humanité' }
      ],
      source: 'concepts.yaml'
    })
    expect(links('稀土出口', 'xuất khẩu đất hiếm', withTerms)).toEqual(expect.arrayContaining(['稀土↔đất concepts.yaml', '稀土↔hiếm concepts.yaml']))
    expect(withTerms.renderingsOf('稀土', 'vi')[0]).toEqual({ text: 'đất hiếm', weight: 1, source: 'concepts.yaml' })
    expect(withTerms.renderingsOf('稀土', 'fr')[0]).toEqual({ text: 'terres rares', weight: 1, source: 'concepts.yaml' })
    // A term is a word of the lookup, and links like a dictionary entry.
    expect(withTerms.chineseWords('推动构建人类命运共同体').map((word) => word.text)).toEqual(['推动', '构建', '人类命运共同体'])
    const zh = withTerms.prepare('人类命运共同体', 'zh')
    const fr = withTerms.prepare('une communauté de destin pour l’humanité', 'fr')
    expect(withTerms.translationLinks(zh, fr).map((link) => link.source)).toContain('concepts.yaml')
    // A Traditional text finds the Simplified term (and the other way round).
    expect(withTerms.chineseWords('推動構建人類命運共同體').map((word) => word.text)).toEqual(['推動', '構建', '人類命運共同體'])
    expect(withTerms.renderingsOf('人類命運共同體', 'fr')[0]).toMatchObject({ text: 'communauté de destin pour l’humanité', source: 'concepts.yaml' })
    // The shared lexicon is left as it was.
    expect(lexicon.chineseWords('人类命运共同体').length).toBeGreaterThan(1)
    expect(loadLexicon()).toBe(lexicon)
  })
})

describe('numbers and dates', () => {
  const links = (zh: string, other: string, lang: string): string[] => sourcedLinks(lexicon, zh, other, lang)

  it('should read Chinese numerals and numbers however they are grouped', () => {
    const keys = (text: string): string[] => numberAndDateAnchors(text).map((anchor) => anchor.key)
    expect(keys('一千九百年')).toEqual(['number:1900'])
    expect(keys('二〇二三年')).toEqual(['number:2023'])
    expect(keys('百分之五')).toEqual(['number:5'])
    expect(keys('十四个国家')).toEqual(['number:14'])
    expect(keys('3.5万人')).toContain('number:35000')
    expect(keys('35 000 personnes')).toEqual(['number:35000'])
    expect(keys('35,000 people')).toEqual(['number:35000'])
    expect(keys('3,5 millions')).toEqual(['number:3.5', 'number:3500000'])
    expect(keys('四月二十六日')).toEqual(['date:26/4'])
    // Words that hold a numeral are not numbers.
    for (const word of ['统一', '一些', '千万', '一国两制', '两国']) expect(keys(word)).toEqual([])
  })

  it('should link numbers and dates through the same lookup', () => {
    expect(links('二〇二三年四月二十六日', 'le 26 avril 2023', 'fr')).toEqual(expect.arrayContaining(['〇↔2023 number', '四月↔avril date', '十六↔26 date']))
    expect(links('3.5万人', '35 000 personnes', 'fr')).toContain('3.5↔35 000 number')
    expect(links('增长百分之五', 'a 5% rise', 'en')).toContain('五↔5 number')
    expect(links('十四亿人', '1.4 billion people', 'en')).toEqual(expect.arrayContaining(['十四↔1.4 number']))
  })
})

describe('names the dictionary lacks', () => {
  const links = (zh: string, other: string, lang: string): string[] => sourcedLinks(lexicon, zh, other, lang)

  it('should link a Chinese name cut into characters to its pinyin, two syllables run together', () => {
    expect(links('王琦瑶说', 'Wang Qiyao said', 'en')).toEqual(expect.arrayContaining(['王↔Wang pinyin', '琦↔Qiyao pinyin', '瑶↔Qiyao pinyin']))
  })

  it('should link a transliterated foreign name to its Latin spellings by their consonants', () => {
    for (const spelling of ['Zelensky', 'Zelenskyy', 'Zelenski']) {
      expect(links('习近平同泽连斯基通电话', `Xi Jinping a parlé avec ${spelling}`, 'fr')).toEqual(expect.arrayContaining([`泽↔${spelling} transliteration`, `基↔${spelling} transliteration`]))
    }
    expect(links('习近平同泽连斯基通电话', 'Xi Jinping a parlé avec Macron', 'fr').filter((link) => link.includes('Macron'))).toEqual([])
  })

  it('should only take capitalised words for names', () => {
    expect(links('王琦瑶说', 'wang qiyao said', 'en').filter((link) => link.includes('pinyin'))).toEqual([])
  })
})
