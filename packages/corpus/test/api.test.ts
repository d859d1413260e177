import { describe, expect, it } from 'vitest'
import * as corpus from '@renderings/corpus'

describe('@renderings/corpus', () => {
  it('should expose the public api', () => {
    expect(Object.keys(corpus).sort()).toEqual([
      'blankFrontMatter', 'decodeText', 'describeFileName', 'languagesOfTag', 'loadCorpus', 'loadManifest', 'manifestFileName',
      'manifestLinesFileName', 'manifestPath', 'parseManifestLines', 'readFrontMatter', 'readTextChunks', 'readTextFile', 'validateManifest', 'writeFileAtomic'
    ])
  })
})
