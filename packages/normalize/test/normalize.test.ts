import { describe, expect, it } from 'vitest'
import * as api from '@renderings/normalize'
import { foldKey, foldText, normalizeForMatching, visitMatchingView } from '@renderings/normalize'

describe('@renderings/normalize', () => {
  it('should expose the public api', () => {
    expect(Object.keys(api).sort()).toEqual(['MatchingFold', 'foldKey', 'foldText', 'isApostrophe', 'isCombiningMark', 'isHyphen', 'normalizeForMatching', 'visitMatchingView'])
  })

  it('should unify apostrophes, spaces and hyphens without changing lengths', () => {
    const original = 'l’ordre « d\u2019après\u2011guerre\u00a0» ʼ\u202Fx'
    const view = normalizeForMatching(original)
    expect(view.text).toBe("l'ordre « d'après-guerre » ' x")
    for (let index = 0; index <= view.text.length; index++) expect(view.toOriginal(index)).toBe(index)
  })

  it('should compose Vietnamese typed in NFD and map back to the decomposed characters', () => {
    const nfd = 'Chủ tịch Tập Cận Bình'.normalize('NFD')
    const view = normalizeForMatching(nfd, { foldCase: true })
    expect(view.text).toBe('chủ tịch tập cận bình')
    const at = view.text.indexOf('tập')
    const span = view.toOriginalSpan(at, at + 3)
    expect(nfd.slice(span.start, span.end)).toBe('Tập'.normalize('NFD'))
    expect(span.end - span.start).toBeGreaterThan(3)
  })

  it('should map every position of a decomposed text exactly', () => {
    const nfd = 'Đất hiếm, thuế quan'.normalize('NFD')
    const view = normalizeForMatching(nfd)
    for (let start = 0; start < view.text.length; start++) {
      const span = view.toOriginalSpan(start, start + 1)
      expect(span.start).toBeLessThan(span.end)
      expect(nfd.slice(span.start, span.end).normalize('NFC')).toBe(view.text[start])
    }
    expect(view.toOriginal(view.text.length)).toBe(nfd.length)
  })

  it('should fold case and diacritics when asked, đ included', () => {
    expect(normalizeForMatching('Đất Hiếm Œuvre', { foldCase: true, foldDiacritics: true }).text).toBe('dat hiem oeuvre')
    expect(normalizeForMatching('Đất Hiếm', { foldCase: true }).text).toBe('đất hiếm')
    expect(normalizeForMatching('ÉLÉMENT', {}).text).toBe('ÉLÉMENT')
  })

  it('should keep spans exact when a fold lengthens a character', () => {
    const original = 'Cœur du problème'
    const view = normalizeForMatching(original, { foldDiacritics: true, foldCase: true })
    expect(view.text).toBe('coeur du probleme')
    expect(view.toOriginalSpan(0, 5)).toEqual({ start: 0, end: 4 })
    expect(view.toOriginalSpan(6, 8)).toEqual({ start: 5, end: 7 })
  })

  it('should collapse white space but keep paragraph breaks apart', () => {
    const original = 'ordre \u00a0 international\nde\n\n  paix'
    const view = normalizeForMatching(original, { collapseWhitespace: true })
    expect(view.text).toBe('ordre international de\npaix')
    expect(view.toOriginalSpan(0, 19)).toEqual({ start: 0, end: 21 })
    expect(original.slice(view.toOriginal(23))).toBe('paix')
  })

  it('should drop soft hyphens and zero-width characters', () => {
    const original = 'inter\u00adnational\u200b'
    const view = normalizeForMatching(original)
    expect(view.text).toBe('international')
    expect(view.toOriginalSpan(0, view.text.length)).toEqual({ start: 0, end: 14 })
  })

  it('should handle Chinese, astral characters and empty text', () => {
    const view = normalizeForMatching('战后国际秩序𠀀X', { foldCase: true })
    expect(view.text).toBe('战后国际秩序𠀀x')
    expect(view.toOriginalSpan(6, 8)).toEqual({ start: 6, end: 8 })
    expect(normalizeForMatching('').text).toBe('')
    expect(normalizeForMatching('').toOriginal(0)).toBe(0)
  })

  it('should give the accent- and case-insensitive search key', () => {
    expect(foldKey('  Ordre  International d’Après\u2011guerre ')).toBe("ordre international d'apres-guerre")
    expect(foldKey('Tập Cận Bình'.normalize('NFD'))).toBe('tap can binh')
    expect(foldKey('İstanbul')).toBe('istanbul')
  })

  it('should fold text and stream the view exactly as the offset-mapping view does', () => {
    const samples = ['L’Ordre\u00a0International  d’Après\u2011guerre', 'Tập Cận Bình'.normalize('NFD'), 'a\r\n\r\nb\tc', 'Œuvre İstanbul 战后国际秩序 𠀀', 'inter\u00adnational\u200b', ' \n ']
    for (const text of samples) {
      for (const options of [{}, { foldCase: true }, { foldCase: true, foldDiacritics: true }, { foldCase: true, collapseWhitespace: true }, { foldDiacritics: true, collapseWhitespace: true }]) {
        const view = normalizeForMatching(text, options)
        expect(foldText(text, options)).toBe(view.text)
        const visited: string[] = []
        visitMatchingView(text, options, (unit, start, end) => visited.push(`${String.fromCharCode(unit)}@${start}-${end}`))
        const expected = Array.from({ length: view.text.length }, (_, index) => {
          const span = view.toOriginalSpan(index, index + 1)
          return `${view.text[index]}@${span.start}-${span.end}`
        })
        expect(visited).toEqual(expected)
      }
    }
  })

  it('should stream long texts with the same units and spans', () => {
    const text = 'L’Ordre  international d’après-guerre.\n\n'.repeat(300)
    const view = normalizeForMatching(text, { foldCase: true, collapseWhitespace: true })
    let seen = ''
    let position = 0
    visitMatchingView(text, { foldCase: true, collapseWhitespace: true }, (unit, start, end) => {
      seen += String.fromCharCode(unit)
      expect([start, end]).toEqual(Object.values(view.toOriginalSpan(position, position + 1)))
      position++
    })
    expect(seen).toBe(view.text)
  })
})
