export {
  createTermMatcher,
  restoreTermMatcher,
  type TermMatcherSnapshot,
  type RestoreTermMatcherOptions,
  type MatchTerm,
  type MatchTermSource,
  type TermMatcherOptions,
  type MatchOptions,
  type TermMatch,
  type TermMatcher
} from './term-matcher.js'
export { AhoCorasick, type AhoCorasickColumns } from './aho-corasick.js'
export { packSnapshot, unpackSnapshot } from './snapshot-file.js'
export { frenchVariants } from './french-inflection.js'
export { isWordUnit } from './word-characters.js'
