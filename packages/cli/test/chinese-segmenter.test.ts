import { describe, expect, it } from 'vitest'
import { loadChineseSegmenter } from '../src/actions/chinese-segmenter.js'

describe('loadChineseSegmenter', () => {
  it('builds segmentit once per glossary in a process, whatever the number of batch records asking for it', async () => {
    const glossary = { concepts: [] }
    const first = loadChineseSegmenter(glossary)
    expect(loadChineseSegmenter(glossary)).toBe(first)
    expect(loadChineseSegmenter({ concepts: [] })).not.toBe(first)
    expect((await first).segment('战后国际秩序').length).toBeGreaterThan(0)
  })
})
