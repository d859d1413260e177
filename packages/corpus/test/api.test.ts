import { describe, expect, it } from 'vitest'
import * as corpus from '@renderings/corpus'

describe('@renderings/corpus', () => {
  it('should expose the public api', () => {
    expect(Object.keys(corpus).sort()).toEqual(['decodeText', 'loadManifest', 'manifestFileName', 'readTextChunks', 'readTextFile', 'validateManifest', 'writeFileAtomic'])
  })
})
