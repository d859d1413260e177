import { beforeAll, describe, expect, it } from 'vitest'
import { createChineseSegmenter, type ChineseSegmenter } from '@renderings/parse-zh'

let plain: ChineseSegmenter
let withGlossary: ChineseSegmenter

beforeAll(async () => {
  plain = await createChineseSegmenter()
  withGlossary = await createChineseSegmenter({ words: ['习近平', '战后国际秩序'] })
})

/** Every word is the original text at its offsets, and every letter, digit and ideograph is in one word. */
function expectExactCover(text: string, offset: number, segmenter: ChineseSegmenter): void {
  const words = segmenter.segment(text, offset)
  let previousEnd = offset
  for (const word of words) {
    expect(word.start).toBeGreaterThanOrEqual(previousEnd)
    expect(word.text).toBe(text.slice(word.start - offset, word.end - offset))
    expect(text.slice(previousEnd - offset, word.start - offset)).toMatch(/^[^\p{L}\p{N}]*$/u)
    previousEnd = word.end
  }
  expect(text.slice(previousEnd - offset)).toMatch(/^[^\p{L}\p{N}]*$/u)
}

describe('createChineseSegmenter', () => {
  it('should keep glossary words whole once they are loaded', () => {
    const text = '台湾回归中国是战后国际秩序重要组成部分'
    expect(plain.segment(text).map((word) => word.text)).not.toContain('战后国际秩序')
    expect(withGlossary.segment(text).map((word) => word.text)).toContain('战后国际秩序')
    expect(withGlossary.segment('习近平同美国总统特朗普通电话').map((word) => word.text)).toContain('习近平')
  })

  it('should give offsets into the original text, with the offset added', () => {
    expect(withGlossary.segment('习近平强调', 40)).toEqual([
      { start: 40, end: 43, text: '习近平' },
      { start: 43, end: 45, text: '强调' }
    ])
  })

  it('should keep spaces and punctuation out of words without losing them from offsets', () => {
    const text = '习近平 同 特朗普，通电话。'
    const words = withGlossary.segment(text)
    expect(words.map((word) => word.text).join('')).toBe('习近平同特朗普通电话')
    expect(words.find((word) => word.text === '同')).toMatchObject({ start: 4, end: 5 })
    expectExactCover(text, 0, withGlossary)
  })

  it('should keep dates, numbers and Latin words', () => {
    const words = withGlossary.segment('2025年11月24日 G20峰会 3.5%').map((word) => word.text)
    expect(words.join(' ')).toContain('3.5')
    expect(words).toContain('峰会')
    expectExactCover('2025年11月24日 G20峰会 3.5%', 7, withGlossary)
  })

  it('should never split a character outside the BMP', () => {
    const text = '𠀀𠀁中国𠀂'
    for (const word of plain.segment(text)) {
      expect(word.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/)
    }
    expectExactCover(text, 0, plain)
  })

  it('should segment a 10,000-character run without punctuation in bounded time, covering every character', () => {
    const sentence = '中华人民共和国主席习近平同美国总统特朗普通电话台湾回归中国是战后国际秩序重要组成部分双方同意共同维护好二战胜利成果'
    const text = sentence.repeat(Math.ceil(10_000 / sentence.length)).slice(0, 10_000)
    const words = withGlossary.segment(text, 3)
    expectExactCover(text, 3, withGlossary)
    expect(words.filter((word) => word.text === '战后国际秩序').length).toBeGreaterThan(100)
  }, 20_000)

  it('should return nothing for empty or punctuation-only text', () => {
    expect(plain.segment('')).toEqual([])
    expect(plain.segment('，。！ ')).toEqual([])
  })
})
