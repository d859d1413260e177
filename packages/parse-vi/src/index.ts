export { findVietnameseWords, segmentVietnamese } from './vietnamese-words.js'
export type { VietnameseWord } from './vietnamese-words.js'
export { vietnameseMatchKey, vietnameseSyllableKey } from './vietnamese-key.js'
export { parseVietnamese } from './parse-vietnamese.js'
