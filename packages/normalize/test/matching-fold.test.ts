import { describe, expect, it } from 'vitest'
import { foldText, MatchingFold, normalizeForMatching, visitMatchingView, type NormalizeOptions } from '@renderings/normalize'

/**
 * The matching view as the documentation states it, written the slow and
 * obvious way (regular expressions over clusters and white-space runs): the
 * oracle the fast step-by-step fold must agree with, unit and span.
 */
function referenceView(text: string, options: NormalizeOptions): Array<[string, number, number]> {
  const out: Array<[string, number, number]> = []
  // White space as the view defines it (not JavaScript's \s, which also takes U+FEFF).
  const pieces = options.collapseWhitespace ? /[\t\n\v\f\r\u0085\u2028\u2029\p{Zs}]+|\P{M}\p{M}*|\p{M}+/gsu : /\P{M}\p{M}*|\p{M}+/gsu
  for (const piece of text.matchAll(pieces)) {
    const start = piece.index
    const end = start + piece[0].length
    let folded: string
    if (options.collapseWhitespace && /^[\t\n\v\f\r\u0085\u2028\u2029\p{Zs}]+$/u.test(piece[0])) {
      const breaks = piece[0].replace(/\r\n/g, '\n').match(/[\n\r\u0085\u2028\u2029]/g)?.length ?? 0
      folded = breaks >= 2 ? '\n' : ' '
    } else if (/^[’'ʼ＇]$/u.test(piece[0])) folded = "'"
    else if (/^[-\u2010\u2011\u2012\ufe63\uff0d]$/u.test(piece[0])) folded = '-'
    else if (/^[\p{Zs}\t]$/u.test(piece[0])) folded = ' '
    else if (/^[\u00ad\u200b-\u200d\u2060\ufeff]$/u.test(piece[0])) folded = ''
    else {
      folded = piece[0].normalize('NFC')
      if (options.foldCase) folded = folded.toLowerCase()
      if (options.foldDiacritics) {
        const strokes: Record<string, string> = { đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ħ: 'h', Ħ: 'H', œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ı: 'i' }
        folded = folded.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[đĐðÐłŁøØħĦœŒæÆßı]/gu, (letter) => strokes[letter]!).normalize('NFC')
      }
    }
    for (const unit of folded.split('')) out.push([unit, start, end])
  }
  return out
}

/** A fixed-seed generator: the same strings at every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 0x100000000
  }
}

// Pieces chosen for the fold's edge cases: combining marks after ASCII and
// after spaces, NFD Vietnamese, every kind of space and line break in runs,
// CR LF, apostrophes and hyphens, dropped invisibles, lengthening folds,
// İ (lengthens when lower-cased), surrogate pairs, a lone surrogate, Han.
const pieces = ['a', 'E', 'é', 'e\u0301', 'Ậ', 'A\u0323\u0302', 'ơ\u0300', ' ', '\u00a0', '\u202f', '\u2009', '\t', '\n', '\r\n', '\r', '\u0085', '\u2028', '\u000b', '’', "'", 'ʼ', '＇', '-', '\u2011', '\u00ad', '\u200b', '\ufeff', 'œ', 'Æ', 'ß', 'İ', 'ı', 'đ', '𠀀', '\ud83d', '\u0301', '战', 'x\u20dd', '.', 'Z']

describe('MatchingFold', () => {
  it('should give the documented matching view, unit by unit with spans, on random tricky text', () => {
    const random = generator(42)
    const optionSets: NormalizeOptions[] = [{}, { foldCase: true }, { foldCase: true, foldDiacritics: true }, { foldCase: true, collapseWhitespace: true }, { foldDiacritics: true, collapseWhitespace: true }, { collapseWhitespace: true }]
    for (let sample = 0; sample < 400; sample++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 24) }, () => pieces[Math.floor(random() * pieces.length)]).join('')
      for (const options of optionSets) {
        const expected = referenceView(text, options)
        const visited: Array<[string, number, number]> = []
        visitMatchingView(text, options, (unit, start, end) => visited.push([String.fromCharCode(unit), start, end]))
        expect(visited, JSON.stringify({ text, options })).toEqual(expected)
        const view = normalizeForMatching(text, options)
        expect(view.text).toBe(expected.map(([unit]) => unit).join(''))
        expect(foldText(text, options)).toBe(view.text)
      }
    }
  })

  it('should send every step that is not one unit for one unit to the general path', () => {
    const fold = new MatchingFold({ foldCase: true, collapseWhitespace: true })
    expect(fold.quick(0x41, 0x62)).toBe(0x61)
    // A combining mark after it, a second space, a surrogate after it: not alone.
    expect(fold.quick(0x65, 0x301)).toBe(-1)
    expect(fold.quick(0x20, 0xa0)).toBe(-1)
    expect(fold.quick(0x61, 0xd83d)).toBe(-1)
    // Dropped and lengthened characters.
    expect(fold.quick(0xad, 0x61)).toBe(-1)
    expect(fold.quick(0x130, 0x61)).toBe(-1)
    const end = fold.step('İx', 0)
    expect([end, fold.count, String.fromCharCode(...fold.units.subarray(0, fold.count))]).toEqual([1, 2, 'i\u0307'])
    expect(fold.step(' \u00a0\n\nx', 0)).toBe(4)
    expect([fold.count, fold.units[0]]).toEqual([1, 0x0a])
  })
})
