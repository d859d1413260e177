import { describe, expect, it } from 'vitest'
import * as parseZh from '@renderings/parse-zh'

describe('@renderings/parse-zh', () => {
  it('should expose the public api', () => {
    expect(Object.keys(parseZh).sort()).toEqual(['createChineseSegmenter', 'findHanRuns', 'parseChinese', 'splitChineseSentences'])
  })
})
