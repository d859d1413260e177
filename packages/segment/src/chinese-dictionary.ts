/** Longer than this, a term that contains other terms is a statement, not a word. */
const longestCompoundWord = 6

/**
 * The glossary's Chinese terms to add to the word segmenter's dictionary.
 * A quoted statement (`台湾回归中国是战后国际秩序重要组成部分`) is left out when
 * it contains other terms: as a dictionary word it would come out as one
 * word and hide the terms inside it (`战后国际秩序`). Short compounds that
 * contain a term (`台湾问题`) are words and stay.
 */
export function chineseDictionaryWords(terms: Iterable<string>): string[] {
  const unique = [...new Set([...terms].map((term) => term.trim()).filter((term) => term.length > 0))]
  return unique.filter((term) => term.length <= longestCompoundWord || !unique.some((other) => other !== term && term.includes(other)))
}
