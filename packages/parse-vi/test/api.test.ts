import { describe, expect, it } from 'vitest'
import * as parseVi from '@renderings/parse-vi'

describe('@renderings/parse-vi', () => {
  it('should expose the public api', () => {
    expect(Object.keys(parseVi).sort()).toEqual([
      'findVietnameseWords',
      'parseVietnamese',
      'segmentVietnamese',
      'vietnameseMatchKey',
      'vietnameseSyllableKey'
    ])
  })
})
