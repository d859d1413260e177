import { describe, expect, it } from 'vitest'
import * as segment from '@renderings/segment'

describe('@renderings/segment', () => {
  it('should expose the public api', () => {
    expect(Object.keys(segment).sort()).toEqual(['chineseDictionaryWords', 'defaultLanguages', 'detectLanguage', 'segmentDocument'])
  })
})
