// Chinese segmentation must stay linear however long a run without
// punctuation is: segmentit alone is exponential in the length of what it is
// given (38 characters ≈ 1 s), so parse-zh hands it bounded windows. This
// times runs of 1,000, 10,000 and 100,000 characters against the 1,000 one.
import { createChineseSegmenter } from '@renderings/parse-zh'
import { row, timeMedian } from './measure.js'

export default async function chineseBenchmark(): Promise<void> {
  const segmenter = await createChineseSegmenter({ words: ['习近平', '战后国际秩序'] })
  const sentence = '中华人民共和国主席习近平同美国总统特朗普通电话台湾回归中国是战后国际秩序重要组成部分双方同意共同维护好二战胜利成果'
  const run = (length: number): string => sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length)
  const reference = run(1_000)
  const referenceTime = await timeMedian(() => segmenter.segment(reference), 7)
  row('run length (characters, no punctuation)', 'median ms', 'ratio to 1,000', 'ratio per character')
  row('---', '---', '---', '---')
  row('1,000 (reference)', referenceTime, 1, 1)
  for (const length of [10_000, 100_000]) {
    const text = run(length)
    const time = await timeMedian(() => segmenter.segment(text), 5)
    const ratio = time / referenceTime
    row(length.toLocaleString('en'), time, ratio, ratio / (length / 1_000))
  }
}
