import { describe, expect, it } from 'vitest'
import { findVietnameseWords, segmentVietnamese } from '@renderings/parse-vi'

const compounds = (text: string): string[] => findVietnameseWords(text).map((word) => word.text)

describe('findVietnameseWords', () => {
  it('should find lexicon words and names of several syllables', () => {
    const text = 'Tổng thống Mỹ Donald Trump đã có cuộc điện đàm với Chủ tịch Trung Quốc Tập Cận Bình về đất hiếm và thuế quan.'
    expect(compounds(text)).toEqual(['Tổng thống', 'Donald Trump', 'điện đàm', 'Chủ tịch', 'Trung Quốc', 'Tập Cận Bình', 'đất hiếm', 'thuế quan'])
  })

  it('should give offsets into the original text, with the offset added, and the syllables', () => {
    const text = 'thỏa thuận ngừng bắn thuế quan'
    expect(findVietnameseWords(text, 100)).toEqual([
      { start: 100, end: 110, text: 'thỏa thuận', syllables: ['thỏa', 'thuận'] },
      { start: 111, end: 120, text: 'ngừng bắn', syllables: ['ngừng', 'bắn'] },
      { start: 121, end: 130, text: 'thuế quan', syllables: ['thuế', 'quan'] }
    ])
  })

  it('should match decomposed text and the old tone placement, keeping original offsets', () => {
    const decomposed = 'lệnh ngừng bắn và hoà bình'.normalize('NFD')
    const words = findVietnameseWords(decomposed)
    expect(words.map((word) => word.text.normalize('NFC'))).toEqual(['ngừng bắn', 'hoà bình'])
    for (const word of words) expect(decomposed.slice(word.start, word.end)).toBe(word.text)
  })

  it('should leave starters and one-syllable countries out of names', () => {
    expect(compounds('Theo Reuters, ông Trump và Ngoại trưởng Nga Sergei Lavrov')).toEqual(['Ngoại trưởng', 'Sergei Lavrov'])
    expect(compounds('Ông Tập Cận Bình')).toEqual(['Tập Cận Bình'])
  })

  it('should not join across punctuation, hyphens, digits or line breaks', () => {
    expect(compounds('Mỹ-Trung, điện. đàm 5 ngày\nhiếm')).toEqual([])
  })

  it('should find ordinary words of the general word list', () => {
    expect(compounds('Viên thám tử đã bắt được thủ phạm.')).toEqual(['thám tử', 'bắt được', 'thủ phạm'])
  })

  it('should take the capitalised words after a family name as the rest of the name, up to four syllables', () => {
    expect(compounds('Ông Lê Thanh Hải và bà Trần Thị Mai Hoa đến Hà Nội.')).toEqual(['Lê Thanh Hải', 'Trần Thị Mai Hoa', 'Hà Nội'])
  })

  it('should match a word listed with a capital only where the text has it', () => {
    expect(compounds('Cô ấy học Anh ngữ; anh ngữ điệu lạ.')).toEqual(['Anh ngữ', 'ngữ điệu'])
  })

  it('should keep a common word inside a capitalised name unjoined with the name split', () => {
    expect(compounds('Ông Nguyễn Thành Công nói về thành công')).toEqual(['Nguyễn Thành Công', 'thành công'])
  })
})

describe('segmentVietnamese', () => {
  it('should return single syllables too, and nothing for text without letters', () => {
    expect(segmentVietnamese('Tôi là sinh viên.').map((word) => word.text)).toEqual(['Tôi', 'là', 'sinh viên'])
    expect(segmentVietnamese('')).toEqual([])
    expect(segmentVietnamese('12/5, 90 — !')).toEqual([])
  })
})
