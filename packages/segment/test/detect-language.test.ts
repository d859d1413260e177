import { describe, expect, it } from 'vitest'
import { detectLanguage } from '@renderings/segment'

describe('detectLanguage', () => {
  it('should tell the languages in play apart on short lines', () => {
    expect(detectLanguage('Stabilité et coopération')).toBe('fr')
    expect(detectLanguage('Trump–Xi call boosts Chinese president’s tough man image')).toBe('en')
    expect(detectLanguage('Transparenz: Redaktionell erstellt und geprüft.')).toBe('de')
    expect(detectLanguage('Cuộc điện đàm Trump-Xi củng cố hình ảnh lãnh đạo')).toBe('vi')
  })

  it('should find Chinese by script, even with some Latin letters', () => {
    expect(detectLanguage('习近平同美国总统特朗普通电话。')).toBe('zh')
    expect(detectLanguage('2025年11月24日 习近平同 Trump 通电话')).toBe('zh')
    expect(detectLanguage('« 战后国际秩序 », dit le communiqué chinois publié lundi soir.')).toBe('fr')
  })

  it('should not guess for names, labels and one-word lines', () => {
    expect(detectLanguage('Xi Jinping')).toBeUndefined()
    expect(detectLanguage('Photo: Andrew Harnik/Getty Images')).toBeUndefined()
    expect(detectLanguage('Exclusif')).toBeUndefined()
  })

  it('should choose only among the languages it is given', () => {
    expect(detectLanguage('The president spoke to reporters on Monday.', ['fr', 'vi'])).toBe('fr')
    expect(detectLanguage('The president spoke to reporters on Monday.', ['en'])).toBe('en')
  })
})
