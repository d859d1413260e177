import { describe, expect, it } from 'vitest'
import { matchesPinyin, pinyinAlternatives, pinyinKey, toPinyin } from '@renderings/transliterate'

describe('toPinyin', () => {
  it('should give toneless lower-case pinyin per Han character, skipping everything else', () => {
    expect(toPinyin('习近平 and 特朗普, 2025年')).toEqual(['xi', 'jin', 'ping', 'te', 'lang', 'pu', 'nian'])
    expect(toPinyin('')).toEqual([])
    expect(toPinyin('Xi Jinping')).toEqual([])
  })

  it('should read polyphones in context', () => {
    expect(toPinyin('重庆')).toEqual(['chong', 'qing'])
    expect(toPinyin('重要')).toEqual(['zhong', 'yao'])
    expect(pinyinAlternatives('重')[0]).toEqual(expect.arrayContaining(['zhong', 'chong']))
  })
})

describe('pinyinKey and matchesPinyin', () => {
  it('should key Chinese and its romanisation alike', () => {
    expect(pinyinKey('习近平')).toBe('xijinping')
    expect(pinyinKey('Xi Jinping')).toBe(pinyinKey('习近平'))
    expect(pinyinKey('吕')).toBe(pinyinKey('Lü'))
  })

  it('should match whatever the spacing, case, tone marks or hyphens', () => {
    for (const latin of ['Xi Jinping', 'XI JIN-PING', 'Xí Jìnpíng', 'xijinping']) expect(matchesPinyin('习近平', latin)).toBe(true)
    expect(matchesPinyin('重庆', 'Chongqing')).toBe(true)
    expect(matchesPinyin('重庆', 'Zhongqing')).toBe(true)
  })

  it('should not match other names, partial names, or empty text', () => {
    expect(matchesPinyin('习近平', 'Li Qiang')).toBe(false)
    expect(matchesPinyin('习近平', 'Xi')).toBe(false)
    expect(matchesPinyin('习近平', 'Xi Jinping Trump')).toBe(false)
    expect(matchesPinyin('', 'Xi')).toBe(false)
    expect(matchesPinyin('习近平', '')).toBe(false)
  })
})
