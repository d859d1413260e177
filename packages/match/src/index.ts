export {
  createTermMatcher,
  type MatchTerm,
  type TermMatcherOptions,
  type MatchOptions,
  type TermMatch,
  type TermMatcher
} from './term-matcher.js'
export { AhoCorasick } from './aho-corasick.js'
export { frenchVariants } from './french-inflection.js'
export { isWordUnit } from './word-characters.js'
