import { foldText } from './fold-text.js'

/**
 * The accent- and case-insensitive key of a phrase, as the glossary store
 * indexes it for search: every fold on, white space collapsed and trimmed.
 * `foldKey('Ordre  International d’Après‑guerre')` is
 * `"ordre international d'apres-guerre"`.
 */
export function foldKey(text: string): string {
  return foldText(text, { foldCase: true, foldDiacritics: true, collapseWhitespace: true }).trim()
}
