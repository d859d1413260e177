import { describe, expect, it } from 'vitest'
import { vietnameseMatchKey, vietnameseSyllableKey } from '@renderings/parse-vi'

describe('vietnameseSyllableKey', () => {
  it('should ignore where the tone mark sits, and NFC or NFD', () => {
    const keys = ['hòa', 'hoà', 'hòa'.normalize('NFD'), 'hoà'.normalize('NFD'), 'HÒA']
    expect(new Set(keys.map(vietnameseSyllableKey))).toEqual(new Set(['hoa2']))
    expect(vietnameseSyllableKey('thủy')).toBe(vietnameseSyllableKey('thuỷ'))
  })

  it('should keep tones and vowel shapes apart', () => {
    expect(vietnameseSyllableKey('hoa')).not.toBe(vietnameseSyllableKey('hòa'))
    expect(vietnameseSyllableKey('than')).not.toBe(vietnameseSyllableKey('thân'))
    expect(vietnameseSyllableKey('đất')).toBe('đât1')
  })

  it('should read a final y after consonants as i', () => {
    expect(vietnameseSyllableKey('Mỹ')).toBe(vietnameseSyllableKey('mĩ'))
    expect(vietnameseSyllableKey('kỹ')).toBe(vietnameseSyllableKey('kĩ'))
    expect(vietnameseSyllableKey('yêu')).not.toBe(vietnameseSyllableKey('iêu'))
  })
})

describe('vietnameseMatchKey', () => {
  it('should join syllable keys with single spaces whatever the spacing or hyphens', () => {
    expect(vietnameseMatchKey('Tập  Cận-Bình')).toBe(vietnameseMatchKey('tập cận bình'))
  })
})
