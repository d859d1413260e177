export { toPinyin, pinyinAlternatives } from './pinyin.js'
export { toSinoVietnamese } from './sino-vietnamese.js'
export { pinyinKey, matchesPinyin, matchesSinoVietnamese } from './name-matching.js'
export { foldLatin, vietnameseToneKey } from './latin-fold.js'
