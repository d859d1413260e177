import { describe, expect, it } from 'vitest'
import { splitChineseSentences } from '@renderings/parse-zh'

const texts = (text: string): string[] => splitChineseSentences(text).map((span) => text.slice(span.start, span.end))

describe('splitChineseSentences', () => {
  it('should end sentences at 。！？ with the closing quotes after them', () => {
    expect(texts('他说：“中国梦。”然后呢？！ 好的。尾巴')).toEqual(['他说：“中国梦。”', '然后呢？！', '好的。', '尾巴'])
  })

  it('should add the offset to every span', () => {
    expect(splitChineseSentences('一。二。', 100)).toEqual([
      { start: 100, end: 102 },
      { start: 102, end: 104 }
    ])
  })

  it('should not cut at commas or semicolons, and return nothing for white space', () => {
    expect(texts('台湾回归中国，是战后国际秩序重要组成部分；')).toEqual(['台湾回归中国，是战后国际秩序重要组成部分；'])
    expect(splitChineseSentences('  \n ')).toEqual([])
  })
})
