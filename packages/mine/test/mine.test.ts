import { describe, expect, it } from 'vitest'
import type { TermIndex } from '@renderings/types'
import * as mine from '@renderings/mine'
import { mineCorpus, type MiningDocument } from '@renderings/mine'
import { simpleSegments } from './support/simple-segments.js'

function documentOf(doc: string, text: string, outlet = `outlet-${doc}`): MiningDocument {
  return { segmented: simpleSegments(doc, text), outlet, date: '2025-11-25' }
}

const glossary: TermIndex = {
  concepts: [
    {
      id: 'order', sourceLang: 'zh', sourceText: '战后国际秩序',
      terms: [{ conceptId: 'order', lang: 'fr', text: 'ordre international d’après-guerre', status: 'preferred', isSource: false, attestations: [] }]
    }
  ]
}

describe('@renderings/mine', () => {
  it('should expose the public api', async () => {
    expect(Object.keys(await import('@renderings/mine')).sort()).toEqual(
      ['findQuotes', 'foldLatin', 'mineCorpus', 'parallelUnitsFromParagraphs', 'stemWord', 'tokenizeLatin'].sort()
    )
    expect(typeof mine.mineCorpus).toBe('function')
  })

  it('pairs a quoted rendering with the original quoted right after it, offsets into the original text', () => {
    const text = 'Pékin appelle à « défendre l’ordre mondial » (« 捍卫世界秩序 ») face aux pressions.'
    const result = mineCorpus([documentOf('a', text)])
    const pair = result.candidates.find((candidate) => candidate.method === 'quoted-original')!
    expect(pair.source.text).toBe('捍卫世界秩序')
    expect(pair.rendering.text).toBe('défendre l’ordre mondial')
    expect(text.slice(pair.evidence.rendering.start, pair.evidence.rendering.end)).toBe('défendre l’ordre mondial')
    expect(text.slice(pair.evidence.source!.start, pair.evidence.source!.end)).toBe('捍卫世界秩序')
    expect(pair.known).toBe(false)
  })

  it('pairs the other common layouts: unquoted original in parentheses, an introducer, the original first', () => {
    const text = [
      'Pékin promeut la « communauté de destin pour l’humanité » (人类命运共同体) depuis 2013.',
      'Le parti vante la « prospérité commune » (en chinois : 共同富裕) comme objectif.',
      'Le slogan « 中国梦 » (« rêve chinois ») revient.'
    ].join(' ')
    const quoted = mineCorpus([documentOf('a', text)]).candidates.filter((candidate) => candidate.method === 'quoted-original')
    expect(quoted.map((candidate) => [candidate.source.text, candidate.rendering.text, candidate.evidence.anchors[0]])).toEqual([
      ['人类命运共同体', 'communauté de destin pour l’humanité', 'adjacent'],
      ['共同富裕', 'prospérité commune', 'adjacent'],
      ['中国梦', 'rêve chinois', 'following']
    ])
  })

  it('finds a name of the original written in pinyin inside the rendering', () => {
    const text = 'Le texte dit que « Taïwan reste au cœur des relations » (« 台湾问题是核心 »).'
    const readings = { toPinyin: (han: string) => ({ 台湾: 'tai wan', 问题: 'wen ti' })[han] ?? 'x' }
    const names = mineCorpus([documentOf('a', text)], { readings }).candidates.filter((candidate) => candidate.evidence.anchors.includes('pinyin'))
    expect(names.map((candidate) => [candidate.source.text, candidate.rendering.text])).toEqual([['台湾', 'Taïwan']])
  })

  it('keeps a quoted fragment and finds the glossary concept inside the original', () => {
    const text = 'Le cadre d’un « ordre international d’après-guerre » est cité, dont le « retour à l’unité est un pilier » de cet ordre (« 统一是战后国际秩序的支柱 »).'
    const result = mineCorpus([documentOf('a', text)], { glossary })
    const quoted = result.candidates.find((candidate) => candidate.method === 'quoted-original')!
    expect(quoted.rendering.text).toBe('retour à l’unité est un pilier')
    expect(quoted.evidence.note).toContain('fragment')
    const part = result.candidates.find((candidate) => candidate.conceptId === 'order')!
    expect(part.rendering.text).toBe('ordre international d’après-guerre')
    expect(part.known).toBe(true)
  })

  it('finds the same statement in another outlet without the original, with a span that survives inflection', () => {
    const quoting = documentOf('a', 'Selon le communiqué, les deux pays doivent « renforcer ensemble la coopération maritime régionale » (« 共同加强地区海上合作 ») contre la piraterie. Le reste parle de commerce.')
    const other = documentOf('b', 'Les deux dirigeants ont promis de renforcer la coopération maritime régionale contre la piraterie, selon Pékin. Ils ont aussi parlé de soja.')
    const unrelated = documentOf('c', 'Le football régional attire les foules. La météo reste clémente.')
    const result = mineCorpus([quoting, other, unrelated])
    const found = result.candidates.filter((candidate) => candidate.method === 'same-statement')
    expect(found).toHaveLength(1)
    expect(found[0]!.evidence.rendering.doc).toBe('b')
    expect(found[0]!.rendering.text).toBe('renforcer la coopération maritime régionale')
    expect(found[0]!.source.text).toBe('共同加强地区海上合作')
  })

  it('widens a paraphrase to the verb that opens it, as the quoted rendering opens on one', () => {
    const quoting = documentOf('a', 'Le communiqué dit que les deux pays doivent « préserver ensemble les acquis de la coopération maritime régionale » (« 共同维护地区海上合作成果 ») contre la piraterie.')
    const other = documentOf('b', 'Les deux pays doivent maintenant agir pour protéger les résultats de la coopération maritime régionale contre la piraterie, a déclaré le ministre.')
    const found = mineCorpus([quoting, other]).candidates.filter((candidate) => candidate.method === 'same-statement')
    expect(found.map((candidate) => candidate.rendering.text)).toEqual(['protéger les résultats de la coopération maritime régionale'])
  })

  it('proposes the differing words of two renderings of one original', () => {
    const a = documentOf('a', 'Le texte dit que « la réunification est un objectif important » (« 统一是重要目标 ») pour Pékin.')
    const b = documentOf('b', 'Le texte ajoute que « la réunification est un objectif essentiel » pour Pékin, selon Xinhua.')
    const variants = mineCorpus([a, b]).candidates.filter((candidate) => candidate.method === 'statement-variant').map((candidate) => candidate.rendering.text)
    expect(variants).toContain('objectif important')
    expect(variants).toContain('objectif essentiel')
  })

  it('proposes term pairs from parallel paragraphs, by association and by readings', () => {
    const fr = [
      'Xi Jinping parle des terres rares avec Trump.',
      'Les terres rares restent un levier de Xi Jinping.',
      'Le commerce des terres rares inquiète Washington.',
      'Le soja est un autre sujet.'
    ]
    const vi = [
      'Tập Cận Bình nói về đất hiếm với Trump.',
      'Đất hiếm vẫn là đòn bẩy của Tập Cận Bình.',
      'Thương mại đất hiếm làm Washington lo ngại.',
      'Đậu nành là một chủ đề khác.'
    ]
    const document = documentOf('p', `${fr.join('\n\n')}\n\n${vi.join('\n\n')}`)
    const readings = {
      toPinyin: (han: string) => (han === '习近平' ? 'xi jin ping' : ''),
      toSinoVietnamese: (han: string) => (han === '习近平' ? 'tập cận bình' : '')
    }
    const withName: TermIndex = { concepts: [{ id: 'xi', sourceLang: 'zh', sourceText: '习近平', terms: [] }] }
    const pairs = mineCorpus([document], { readings, glossary: withName }).candidates.filter((candidate) => candidate.method === 'parallel')
    const texts = pairs.map((candidate) => `${candidate.source.text} = ${candidate.rendering.text}`)
    expect(texts).toContain('terres rares = đất hiếm')
    expect(texts).toContain('Xi Jinping = Tập Cận Bình')
    expect(pairs.find((candidate) => candidate.rendering.text === 'Tập Cận Bình')!.conceptId).toBe('xi')
  })

  it('reports a Chinese passage with no rendering nearby instead of inventing one', () => {
    const result = mineCorpus([documentOf('a', 'Le slogan 中国梦 revient souvent dans les discours.')])
    expect(result.candidates.filter((candidate) => candidate.method === 'quoted-original')).toEqual([])
    expect(result.unpaired).toHaveLength(1)
    expect(result.unpaired[0]!.text).toBe('中国梦')
  })

  it('survives unbalanced guillemets', () => {
    const text = 'Il a dit « défendre la paix (« 捍卫和平 ») et « encore » sans fin » ». Puis « rien.'
    const result = mineCorpus([documentOf('a', text)])
    for (const candidate of result.candidates) {
      expect(text.slice(candidate.evidence.rendering.start, candidate.evidence.rendering.end)).toBe(candidate.rendering.text)
    }
    // The outer « is never closed before the original: the words before the parenthesis render it.
    expect(result.candidates.find((candidate) => candidate.method === 'quoted-original')?.rendering.text).toBe('défendre la paix')
    expect(result.unpaired).toEqual([])
  })

  it('handles a document quoting 50 passages, each paired with its own rendering', () => {
    const words = ['paix', 'ordre', 'unité', 'dialogue', 'stabilité']
    const hanzi = '和平秩序统一对话稳定发展合作共赢安全繁荣'
    const sentences = Array.from({ length: 50 }, (_, index) => {
      const han = hanzi[index % 20]! + hanzi[(index * 7 + 3) % 20]! + hanzi[(index * 3 + 1) % 20]!
      return `Le point ${index} vise « la ${words[index % 5]} numéro ${index} » (« ${han}${index} »).`
    })
    const result = mineCorpus([documentOf('a', sentences.join(' '))], { maxOriginalsPerDocument: 40 })
    const quoted = result.candidates.filter((candidate) => candidate.method === 'quoted-original')
    expect(quoted).toHaveLength(40)
    expect(quoted.every((candidate) => /numéro \d+$/.test(candidate.rendering.text))).toBe(true)
    expect(result.unpaired).toHaveLength(10)
  })

  it('returns nothing for an empty corpus', () => {
    expect(mineCorpus([]).candidates).toEqual([])
  })
})
