import { describe, expect, it } from 'vitest'
import * as transliterate from '@renderings/transliterate'

describe('@renderings/transliterate', () => {
  it('should expose the public api', () => {
    expect(Object.keys(transliterate).sort()).toEqual([
      'foldLatin',
      'matchesPinyin',
      'matchesSinoVietnamese',
      'pinyinAlternatives',
      'pinyinKey',
      'toPinyin',
      'toSinoVietnamese',
      'vietnameseToneKey'
    ])
  })
})
