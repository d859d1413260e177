import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findHanRuns } from '@renderings/parse-zh'
import { seedsFolder } from '../../../test/support/paths.js'

const texts = (text: string): string[] => findHanRuns(text).map((run) => text.slice(run.start, run.end))

describe('findHanRuns', () => {
  it('should find the quoted passages and the Sources title of seed 000, without the guillemets', () => {
    const seed = readFileSync(join(seedsFolder, '000_7cfc629149e3abd0.txt'), 'utf8')
    expect(texts(seed)).toEqual(['共同维护好二战胜利成果', '台湾回归中国是战后国际秩序重要组成部分', '习近平同美国总统特朗普通电话'])
  })

  it('should give UTF-16 offsets into the original text', () => {
    const text = 'Le « 战后国际秩序 » (p. 2)'
    expect(findHanRuns(text)).toEqual([{ start: 5, end: 11 }])
  })

  it('should keep Chinese punctuation and digits between Han characters', () => {
    expect(texts('On lit : 2025年11月24日，习近平同特朗普通电话。 Fin.')).toEqual(['年11月24日，习近平同特朗普通电话。'])
  })

  it('should not join two runs across Latin words and spaces', () => {
    expect(texts('Xi 习近平 et Trump 特朗普')).toEqual(['习近平', '特朗普'])
    expect(texts('习近平 特朗普')).toEqual(['习近平 特朗普'])
    expect(texts('峰会\n\n会谈')).toEqual(['峰会', '会谈'])
  })

  it('should keep Western quotes at the edges outside and closing quotes after a sentence end inside', () => {
    expect(texts('le slogan “中国梦” est')).toEqual(['中国梦'])
    expect(texts('他说：“中国梦。” Puis')).toEqual(['他说：“中国梦。”'])
  })

  it('should ignore Chinese punctuation without any ideograph, and handle characters outside the BMP', () => {
    expect(texts('Note：voir ；')).toEqual([])
    expect(texts('x 𠀀𠀁 y')).toEqual(['𠀀𠀁'])
  })

  it('should find nothing in empty or Latin-only text', () => {
    expect(findHanRuns('')).toEqual([])
    expect(findHanRuns('Tập Cận Bình et Xi Jinping')).toEqual([])
  })
})
