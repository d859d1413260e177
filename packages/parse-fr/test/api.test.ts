import { describe, expect, it } from 'vitest'
import * as parseFr from '@renderings/parse-fr'

describe('@renderings/parse-fr', () => {
  it('should expose the public api', () => {
    expect(Object.keys(parseFr).sort()).toEqual([
      'FrenchParser',
      'continuesBeforeNumber',
      'frenchElidedWords',
      'frenchInnerAbbreviations',
      'frenchNumberAbbreviations',
      'frenchTitleAbbreviations',
      'isApostrophe',
      'isElidedWord',
      'isNeverFinalAbbreviation',
      'parseFrench',
      'retextFrench'
    ])
  })
})
