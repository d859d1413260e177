import type { Root } from 'nlcst'
import { ParseLatin } from 'parse-latin'
import { repairSentences } from './sentence-repairs.js'

/**
 * Vietnamese text to an nlcst tree: paragraphs, sentences, and words that
 * are syllables (Vietnamese writes one syllable per word node). Lossless
 * (`toString(tree) === text`) with positions (line, column, UTF-16 offset)
 * into `text`. parse-latin does the work; its sentence ends are repaired for
 * numbers, abbreviations and closing quotes (see sentence-repairs.ts). For
 * words of several syllables, see `findVietnameseWords`.
 */
export function parseVietnamese(text: string): Root {
  const tree = new ParseLatin().parse(text)
  for (const paragraph of tree.children) {
    if (paragraph.type === 'ParagraphNode') paragraph.children = repairSentences(paragraph.children)
  }
  return tree
}
