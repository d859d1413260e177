export { findHanRuns } from './han-runs.js'
export { splitChineseSentences } from './chinese-sentences.js'
export { createChineseSegmenter } from './chinese-segmenter.js'
export type { ChineseSegmenter, ChineseSegmenterOptions } from './chinese-segmenter.js'
