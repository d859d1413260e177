export { normalizeForMatching, type NormalizeOptions, type NormalizedText } from './normalize-for-matching.js'
export { foldKey } from './fold-key.js'
export type { FoldOptions } from './fold-cluster.js'
export { isApostrophe, isHyphen, isCombiningMark } from './character-classes.js'
