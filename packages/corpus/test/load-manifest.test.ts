import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadManifest, validateManifest } from '@renderings/corpus'
import { seedsFolder } from '../../../test/support/paths.js'

const seedManifest = JSON.parse(readFileSync(join(seedsFolder, 'manifest.json'), 'utf8')) as { documents: Array<Record<string, unknown>> }

/** A copy of the seed manifest with one document's field changed. */
function withField(index: number, field: string, value: unknown): unknown {
  const copy = structuredClone(seedManifest)
  if (value === undefined) delete copy.documents[index]![field]
  else copy.documents[index]![field] = value
  return copy
}

describe('loadManifest', () => {
  it('should describe the five seeds, each with evidence for its outlet', async () => {
    const documents = await loadManifest(seedsFolder)
    expect(documents.map((document) => document.file)).toEqual([
      '000_7cfc629149e3abd0.txt',
      '001_dab5832292d449bf.txt',
      '002_12f1d0057f4ed9ec.txt',
      '003_b9c731b561ac0d7c.txt',
      '004_58fdc74e09cc8d70.txt'
    ])
    for (const document of documents) {
      expect(document.id).toBe(document.file.replace(/\.txt$/, ''))
      const text = readFileSync(join(seedsFolder, document.file), 'utf8')
      // Evidence is either quoted from the document itself or marked as an inference.
      if (!document.outletEvidence!.startsWith('inference: ')) expect(text).toContain(document.outletEvidence)
      if (document.title !== '(untitled)') expect(text).toContain(document.title)
    }
    expect(documents[3]!.languages).toEqual(['fr', 'en', 'vi'])
  })

  it('should name the file and the field of a bad date', () => {
    expect(() => validateManifest(withField(2, 'date', '2025-13-01'), 'seeds/manifest.json')).toThrow(
      'seeds/manifest.json: documents[2].date: expected an ISO date YYYY-MM-DD (or YYYY-MM, YYYY, "unknown"), got "2025-13-01"'
    )
  })

  it('should need only the file, and name a missing file, bad languages and duplicates', () => {
    expect(validateManifest({ documents: [{ file: 'a.txt' }] }, 'm.json')).toEqual([{ file: 'a.txt' }])
    expect(validateManifest([{ file: 'a.txt', lang: 'zh-en', event: 'call', url: 'https://example.org/' }], 'm.json')).toEqual([{ file: 'a.txt', languages: ['zh', 'en'], event: 'call' }])
    expect(() => validateManifest(withField(1, 'file', undefined), 'm.json')).toThrow("m.json: documents[1].file: expected the document's file name, got nothing")
    expect(() => validateManifest(withField(1, 'outlet', 3), 'm.json')).toThrow('m.json: documents[1].outlet: expected a string, got 3')
    expect(() => validateManifest(withField(0, 'languages', ['french']), 'm.json')).toThrow('m.json: documents[0].languages[0]: expected an ISO 639-1 code')
    expect(() => validateManifest(withField(4, 'id', seedManifest.documents[0]!['id']), 'm.json')).toThrow('m.json: documents[4].id: duplicate id')
    expect(() => validateManifest({}, 'm.json')).toThrow('m.json: documents: expected an object with a "documents" list')
    expect(() => validateManifest([{ file: 'a.txt', lang: 'French' }], 'm.json')).toThrow('m.json: documents[0].lang: expected a language tag')
  })

  it('should refuse invalid JSON, a missing manifest and a listed file that is not there', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'renderings-manifest-'))
    await expect(loadManifest(folder)).rejects.toThrow(/manifest\.json: no such file/)
    writeFileSync(join(folder, 'manifest.json'), '{"documents": [')
    await expect(loadManifest(folder)).rejects.toThrow(/manifest\.json: is not valid JSON/)
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(seedManifest))
    await expect(loadManifest(folder)).rejects.toThrow(/manifest\.json: documents\[0\]\.file: no such file "000_7cfc629149e3abd0\.txt"/)
    writeFileSync(join(folder, 'manifest.jsonl'), '{"file": "a.txt"}\n')
    await expect(loadManifest(folder)).rejects.toThrow(/two manifests \(manifest\.json and manifest\.jsonl\): keep one/)
  })

  it('should read manifest.jsonl, one object per line, naming the line of a problem', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'renderings-manifest-'))
    writeFileSync(join(folder, 'a.txt'), 'texte')
    writeFileSync(join(folder, 'manifest.jsonl'), '{"file": "a.txt", "outlet": "AFP", "lang": "fr", "date": "2023-04"}\n\n')
    expect(await loadManifest(folder)).toEqual([{ file: 'a.txt', outlet: 'AFP', languages: ['fr'], date: '2023-04' }])
    writeFileSync(join(folder, 'manifest.jsonl'), '{"file": "a.txt"}\n{"file": "b.txt"}\n')
    await expect(loadManifest(folder)).rejects.toThrow(/manifest\.jsonl: line 2: file: no such file "b\.txt" in the folder/)
    writeFileSync(join(folder, 'manifest.jsonl'), '{"file": "a.txt"}\n{"file": \n')
    await expect(loadManifest(folder)).rejects.toThrow(/manifest\.jsonl: line 2: is not valid JSON/)
  })
})
