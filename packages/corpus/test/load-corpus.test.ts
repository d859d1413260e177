import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { blankFrontMatter, describeFileName, loadCorpus, readFrontMatter } from '@renderings/corpus'
import { seedsFolder } from '../../../test/support/paths.js'

describe('describeFileName', () => {
  it('should read the outlet, the language tag and a date from the name', () => {
    expect(describeFileName('20minutes.fr.txt')).toEqual({ outlet: '20minutes', languages: ['fr'], languageTag: 'fr' })
    expect(describeFileName('news-24-a.fr.txt')).toEqual({ outlet: 'news-24-a', languages: ['fr'], languageTag: 'fr' })
    expect(describeFileName('cnyes.zh-Hant.txt')).toEqual({ outlet: 'cnyes', languages: ['zh'], languageTag: 'zh-Hant' })
    expect(describeFileName('xinhua.zh-en.txt').languages).toEqual(['zh', 'en'])
    expect(describeFileName('afp.2023-04-26.pt-BR.txt')).toEqual({ outlet: 'afp', languages: ['pt'], languageTag: 'pt-BR', date: '2023-04-26' })
    expect(describeFileName('le-monde.txt')).toEqual({ outlet: 'le-monde', languages: [] })
    expect(describeFileName('rapport.final.txt')).toEqual({ outlet: 'rapport', languages: [] })
    expect(describeFileName('afp.2023-13-40.fr.txt').date).toBeUndefined()
  })
})

describe('readFrontMatter', () => {
  it('should read a block at the top and blank it without moving any offset', () => {
    const text = '---\noutlet: "Le Monde"\ndate: 2023-04-26\n---\nLe président a parlé.\n'
    const found = readFrontMatter(text)!
    expect(Object.fromEntries(found.fields)).toEqual({ outlet: 'Le Monde', date: '2023-04-26' })
    const blanked = blankFrontMatter(text, found)
    expect(blanked).toHaveLength(text.length)
    expect(blanked.slice(found.end)).toBe('Le président a parlé.\n')
    expect(blanked.slice(0, found.end).trim()).toBe('')
    expect(readFrontMatter('Le président a parlé.\n---\n')).toBeUndefined()
    expect(readFrontMatter('---\noutlet: never closed\n')).toBeUndefined()
  })
})

describe('loadCorpus', () => {
  it('should describe plain files by their names, one event per folder, and tell equal ids of two events apart', async () => {
    const root = mkdtempSync(join(tmpdir(), 'renderings-corpus-'))
    for (const event of ['call-2023', 'speech-2024']) {
      mkdirSync(join(root, event))
      writeFileSync(join(root, event, 'yahoo.fr.txt'), 'Le président a parlé.')
      writeFileSync(join(root, event, 'xinhua.zh-Hant.txt'), '主席指出。')
    }
    writeFileSync(join(root, 'speech-2024', 'blog.txt'), '---\noutlet: Un blog\ndate: 2024-01-01\nlang: fr\nevent: other\n---\nTexte.')
    const documents = await loadCorpus([root])
    expect(documents.map((document) => [document.id, document.outlet, document.event, document.languages.join('+')])).toEqual([
      ['call-2023/xinhua.zh-Hant', 'xinhua', 'call-2023', 'zh'],
      ['call-2023/yahoo.fr', 'yahoo', 'call-2023', 'fr'],
      ['blog', 'Un blog', 'other', 'fr'],
      ['speech-2024/xinhua.zh-Hant', 'xinhua', 'speech-2024', 'zh'],
      ['speech-2024/yahoo.fr', 'yahoo', 'speech-2024', 'fr']
    ])
    const blog = documents.find((document) => document.id === 'blog')!
    expect(blog.date).toBe('2024-01-01')
    expect(blog.text.trimStart()).toBe('Texte.')
    expect(blog.outletEvidence).toBe('inference: the front matter')
  })

  it('should take what a manifest says over the file name, and the file name for what it leaves out', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'renderings-corpus-'))
    writeFileSync(join(folder, 'afp.fr.txt'), 'Le président a parlé.')
    writeFileSync(join(folder, 'unlisted.en.txt'), 'The president spoke.')
    writeFileSync(join(folder, 'manifest.jsonl'), '{"file": "afp.fr.txt", "outlet": "Agence France-Presse", "event": "call"}\n')
    const documents = await loadCorpus([folder])
    expect(documents.map((document) => [document.id, document.outlet, document.event, document.languages.join('+')])).toEqual([
      ['afp.fr', 'Agence France-Presse', 'call', 'fr'],
      ['unlisted.en', 'unlisted', folder.split('/').pop(), 'en']
    ])
  })

  it('should read the seeds with their manifest as before', async () => {
    const documents = await loadCorpus([seedsFolder])
    expect(documents).toHaveLength(5)
    expect(documents[0]!.id).toBe('000_7cfc629149e3abd0')
    expect(documents[0]!.outlet).toBe('Le Grand Continent')
    expect(new Set(documents.map((document) => document.event))).toEqual(new Set(['seeds']))
  })

  it('should refuse a missing path, an empty folder and one id twice in one event', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'renderings-corpus-'))
    await expect(loadCorpus([join(folder, 'none')])).rejects.toThrow(/none: no such file or folder/)
    await expect(loadCorpus([folder])).rejects.toThrow(/no \.txt documents in this folder/)
    writeFileSync(join(folder, 'a.txt'), 'x')
    writeFileSync(join(folder, 'b.txt'), 'y')
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ documents: [{ file: 'a.txt', id: 'same' }, { file: 'b.txt', id: 'same' }] }))
    await expect(loadCorpus([folder])).rejects.toThrow(/documents\[1\]\.id: duplicate id "same"/)
    writeFileSync(join(folder, 'c.txt'), '---\ndate: 2023-02-30\n---\n')
    writeFileSync(join(folder, 'manifest.json'), '[]')
    await expect(loadCorpus([folder])).rejects.toThrow(/c\.txt: front matter: date: expected an ISO date/)
  })
})
