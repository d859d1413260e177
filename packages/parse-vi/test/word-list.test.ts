import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { compiledWordListFile } from '../src/lexicon.js'
import { anySpelling, compileWordList, keptSpellings, listedWords, readCompiledWordList, spellingMatches } from '../src/word-list.js'
import { compileGeneralWordList } from '../scripts/general-word-list.js'

describe('the general word list', () => {
  it('should be compiled from the installed package as it is now (pnpm --filter @renderings/parse-vi run prepare)', () => {
    const compiled = readFileSync(compiledWordListFile, 'utf8')
    expect(compiled.split('\n')[0]).toMatch(/^# Compiled at install .* from @vntk\/dictionary 1\.0\.0 data\/Viet74K\.txt/u)
    expect(compiled === compileGeneralWordList()).toBe(true)
  })

  it('should keep words of two syllables or more made of letters, with their capitals', () => {
    const words = listedWords(['nhà', 'hòa bình', 'Hà Nội', 'Anh ngữ', 'châu Á', 'a-la-hán', 'C.I.F', 'B52 Mỹ'])
    expect(words).toEqual([
      { key: 'hoa2 binh2', spelling: 0 },
      { key: 'ha2 nôi5', spelling: anySpelling },
      { key: 'anh ngư4', spelling: 0b01 },
      { key: 'châu a1', spelling: 0b10 }
    ])
  })

  it('should match capitals: any case for a name in capitals throughout, otherwise the same capitals after the first syllable', () => {
    expect(spellingMatches(anySpelling, 0)).toBe(true)
    expect(spellingMatches(0, 0b01)).toBe(true) // `Hòa bình` at a sentence start
    expect(spellingMatches(0, 0b11)).toBe(false) // `Thành Công` inside a name
    expect(spellingMatches(0b01, 0)).toBe(false) // `anh ngữ` is not `Anh ngữ`
    expect(spellingMatches(0b10, 0b10)).toBe(true)
    expect(spellingMatches(0b10, 0b11)).toBe(true) // `Châu Á`
  })

  it('should merge the spellings of one key, and read back what it compiled', () => {
    expect(keptSpellings([0b01, 0])).toEqual([0])
    expect(keptSpellings([0, anySpelling])).toEqual([anySpelling])
    expect(keptSpellings([0b10, 0b100])).toEqual([0b10, 0b100])
    const compiled = compileWordList(['thành công', 'an ninh', 'An ninh', 'An Ninh', 'x Y', 'x y Z', 'x y Z'], 'test')
    expect(compiled).toBe('# test\nany\tan ninh\n0\tthanh2 công\n2\tx y\n4\tx y z\n')
    const read: Array<[string, unknown]> = []
    readCompiledWordList(compiled, (key, spellings) => read.push([key, spellings]))
    expect(read).toEqual([['an ninh', anySpelling], ['thanh2 công', 0], ['x y', 2], ['x y z', 4]])
  })
})
