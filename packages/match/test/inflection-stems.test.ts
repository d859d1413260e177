import { describe, expect, it } from 'vitest'
import { createTermMatcher, frenchVariants, type MatchTerm } from '@renderings/match'
import { stemRuns } from '../src/inflection-stems.js'

// The matcher cuts keys and text to stems, then checks each match against
// the term's forms. Two things make that exact, and both are tested here:
// every form of a word has the word's own stem, and what it finds is what
// one key per form finds.

function stem(text: string): string {
  const units = Uint16Array.from(text, (character) => character.charCodeAt(0))
  return String.fromCharCode(...units.subarray(0, stemRuns(units, units.length)))
}

/** A deterministic pseudo-random generator (tests must not vary). */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 0x100000000
  }
}

describe('stems', () => {
  it('should cut the endings French inflection changes', () => {
    expect(stem('internationaux internationales international')).toBe('international international international')
    expect(stem('heureuses heureux premières premier actives actif cruelles cruel')).toBe('heureu heureu premier premier actif actif cruel cruel')
    // Never a whole run; Han characters and digits are left alone.
    expect(stem('s e es 国际秩序 g20s')).toBe('s e e 国际秩序 g20s')
  })

  it('should give every form of a word the stem of the word (every word of up to four letters of the letters the rules read)', () => {
    const alphabet = [...'aeèiflnorsuxzv']
    const missed: string[] = []
    let forms = 0
    const visit = (word: string): void => {
      if (word.length > 0) {
        // As the head of a two-word term, so that it has feminine forms too.
        const own = stem(`${word} ${word}`)
        for (const form of frenchVariants(`${word} ${word}`)) {
          forms++
          if (stem(form) !== own && missed.length < 10) missed.push(`${word}: ${form}`)
        }
      }
      if (word.length < 4) for (const letter of alphabet) visit(word + letter)
    }
    visit('')
    expect(missed).toEqual([])
    expect(forms).toBeGreaterThan(100_000)
  })

  it('should fold the diacritic a feminine form adds when the matcher folds diacritics', () => {
    const matcher = createTermMatcher([{ id: 'pm', text: 'premier ministre', lang: 'fr' }], { foldDiacritics: true })
    expect(matcher.match('la première ministre, la premiere ministre, les premières ministres').map((match) => match.text)).toEqual([
      'première ministre',
      'premiere ministre',
      'premières ministres'
    ])
    // Keeping diacritics, the feminine is written with its è only.
    expect(createTermMatcher([{ id: 'pm', text: 'premier ministre', lang: 'fr' }]).match('la premiere ministre')).toEqual([])
  })

  it('should find exactly what one key per form finds', () => {
    // Terms and texts made of words whose endings the rules change, so that
    // stems are shared by forms and by words that are not forms.
    const random = generator(11)
    const stems = ['internation', 'premi', 'heur', 'act', 'cru', 'europé', 'gr', 'droit', 'pai', 'b', 'nouv', 'ordr']
    const endings = ['', 'e', 'es', 's', 'x', 'al', 'aux', 'ale', 'ales', 'er', 'ère', 'ères', 'eux', 'euse', 'if', 'ive', 'el', 'elle', 'en', 'enne', 'eau', 'eaux', 'au']
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
    const word = (): string => pick(stems) + pick(endings)
    const terms: MatchTerm[] = []
    for (let index = 0; index < 60; index++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 3) }, word)
      if (random() < 0.2) words.splice(1, 0, 'de')
      if (random() < 0.1) words[0] = `${words[0]}-${word()}`
      terms.push({ id: `t${index}`, text: words.join(' '), lang: random() < 0.8 ? 'fr' : 'en' })
    }
    // The reference: every form of every term as a term of its own, matched without stems or forms.
    const formTerms: MatchTerm[] = []
    const owner: number[] = []
    const formsMatcher = createTermMatcher(terms)
    terms.forEach((term, index) => {
      const forms = term.lang === 'fr' ? frenchVariants(term.text.toLowerCase()) : [term.text]
      for (const form of forms) {
        formTerms.push({ id: term.id, text: form, lang: term.lang })
        owner.push(index)
      }
    })
    const reference = createTermMatcher(formTerms, { inflect: false })
    const separators = [' ', ' ', ' ', ', ', '. ', '-', '’', '2', ' 国 ']
    for (let round = 0; round < 200; round++) {
      const parts: string[] = []
      for (let index = 0; index < 30; index++) parts.push(random() < 0.3 ? pick(terms).text : word(), pick(separators))
      const text = random() < 0.5 ? parts.join('') : parts.join('').toUpperCase()
      const expected = (found: ReturnType<typeof reference.match>): string[] =>
        [...new Set(found.map((match) => `${match.start}-${match.end}:${owner[match.term]}`))]
      const actual = (found: ReturnType<typeof formsMatcher.match>): string[] => found.map((match) => `${match.start}-${match.end}:${match.term}`)
      expect(actual(formsMatcher.match(text))).toEqual(expected(reference.match(text)))
      const nested = formsMatcher.matchNested(text)
      const referenceNested = reference.matchNested(text)
      expect(actual(nested.inner)).toEqual(expected(referenceNested.inner))
      expect(actual(formsMatcher.match(text, { lang: 'fr' }))).toEqual(expected(reference.match(text, { lang: 'fr' })))
    }
  })
})
