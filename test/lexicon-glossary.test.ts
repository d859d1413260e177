import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseGlossarySource } from '@renderings/glossary'
import { loadLexicon, type LexiconEntry } from '@renderings/lexicon'
import { repositoryRoot } from './support/paths.js'

describe('the lexicon with the curated glossary as its term base', () => {
  const file = join(repositoryRoot, 'glossary', 'concepts.yaml')
  const index = parseGlossarySource(readFileSync(file, 'utf8'), 'glossary/concepts.yaml')
  // Every Chinese term of a concept paired with every rendering of it in another language.
  const entries: LexiconEntry[] = index.concepts.flatMap((concept) => {
    const chinese = concept.terms.filter((term) => term.lang === 'zh' || term.lang.startsWith('zh-'))
    const others = concept.terms.filter((term) => !term.lang.startsWith('zh'))
    return chinese.flatMap((zh) => others.map((term) => ({ zh: zh.text, lang: term.lang, text: term.text, weight: term.status === 'preferred' ? 1 : 0.8 })))
  })
  const lexicon = loadLexicon({ entries, source: 'glossary' })

  it('should render 稀土 as terres rares and đất hiếm, from the glossary', () => {
    expect(lexicon.renderingsOf('稀土', 'fr')[0]).toMatchObject({ text: 'terres rares', source: 'glossary' })
    expect(lexicon.renderingsOf('稀土', 'vi')[0]).toMatchObject({ text: 'đất hiếm', source: 'glossary' })
  })

  it('should link a glossary phrase to its Vietnamese rendering in running text', () => {
    const zh = lexicon.prepare('维护战后国际秩序', 'zh')
    const vi = lexicon.prepare('bảo vệ trật tự quốc tế thời hậu chiến', 'vi')
    const links = lexicon.translationLinks(zh, vi).filter((link) => link.source === 'glossary')
    expect(links.map((link) => vi.text.slice(link.b.start, link.b.end))).toEqual(expect.arrayContaining(['trật', 'tự', 'quốc', 'tế', 'thời', 'hậu', 'chiến']))
  })
})
