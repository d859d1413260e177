import type { Paragraph, Sentence } from 'nlcst'
import { ParseLatin } from 'parse-latin'
import type { Point } from 'unist'
import { tokenizeFrom } from './fast-tokenize.js'
import { markFootnoteCalls } from './plugins/mark-footnote-calls.js'
import { mergeClosingQuotes } from './plugins/merge-closing-quotes.js'
import { mergeDecimalNumbers } from './plugins/merge-decimal-numbers.js'
import { mergeFrenchAbbreviations } from './plugins/merge-french-abbreviations.js'
import { splitElisions } from './plugins/split-elisions.js'

declare module 'nlcst' {
  interface WordData {
    /** A footnote call number after a sentence (`… américain 1.`). */
    footnoteCall?: boolean
    /** An elided article or pronoun split from its word (`l’`, `qu’`). */
    elision?: boolean
  }
}

type Plugin<Node> = (node: Node) => undefined | void

// parse-latin 7's paragraph plugins, by position: 0 mergeNonWordSentences,
// 1 mergeAffixSymbol, 2 mergeInitialLowerCaseLetterSentences,
// 3 mergeInitialDigitSentences, 4 mergePrefixExceptions (English), …
// 11 patchPosition. Sentence plugins end with 5 patchPosition.
const expectedParagraphPlugins = 12
const expectedSentencePlugins = 6
const englishPrefixExceptions = 4
// 9 breakImplicitSentences (one later once mergeClosingQuotes is inserted).
const breakImplicitSentencesAt = 9

/**
 * parse-latin with French rules in its plugin lists: closing guillemets stay
 * in their sentence, French abbreviations instead of English ones, numbers
 * before a full stop end sentences, footnote calls are marked, elisions and
 * decimal commas are handled.
 */
export class FrenchParser extends ParseLatin {
  /** Where the next text given to `tokenize` starts in its document (default: line 1, column 1, offset 0). */
  origin: Point = { line: 1, column: 1, offset: 0 }

  constructor(doc?: string) {
    super(doc)
    const paragraphPlugins = this.tokenizeParagraphPlugins as Array<Plugin<Paragraph>>
    const sentencePlugins = this.tokenizeSentencePlugins as Array<Plugin<Sentence>>
    if (paragraphPlugins.length !== expectedParagraphPlugins || sentencePlugins.length !== expectedSentencePlugins) {
      // A different parse-latin: the positions below would be wrong.
      throw new Error('parse-fr: unexpected parse-latin plugin lists (is parse-latin still 7.x?)')
    }
    paragraphPlugins.splice(englishPrefixExceptions, 1, mergeFrenchAbbreviations)
    paragraphPlugins.splice(1, 0, mergeClosingQuotes)
    paragraphPlugins.push(markFootnoteCalls)
    const breakImplicitSentences = paragraphPlugins[breakImplicitSentencesAt + 1]!
    if (breakImplicitSentences !== ParseLatin.prototype.tokenizeParagraphPlugins[breakImplicitSentencesAt]) {
      throw new Error('parse-fr: unexpected parse-latin plugin order (is parse-latin still 7.x?)')
    }
    paragraphPlugins[breakImplicitSentencesAt + 1] = (paragraph) => (hasLineBreak(paragraph) ? breakImplicitSentences(paragraph) : undefined)
    sentencePlugins.splice(sentencePlugins.length - 1, 0, mergeDecimalNumbers, splitElisions)
  }

  /** parse-latin's tokens, from a lookup table instead of regular expressions, positioned from `origin`. */
  override tokenize(value: string | null | undefined): ReturnType<ParseLatin['tokenize']> {
    return tokenizeFrom(value ?? '', this.origin) as ReturnType<ParseLatin['tokenize']>
  }
}

/**
 * Whether white space inside the paragraph holds a line break: only then can
 * parse-latin's `breakImplicitSentences` (a blank line ends a sentence) do
 * anything, and it splits the text of every white space node to find out.
 */
function hasLineBreak(paragraph: Paragraph): boolean {
  for (const sentence of paragraph.children) {
    if (sentence.type === 'WhiteSpaceNode' && /[\n\r]/.test(sentence.value)) return true
    if (sentence.type !== 'SentenceNode') continue
    for (const node of sentence.children) if (node.type === 'WhiteSpaceNode' && /[\n\r]/.test(node.value)) return true
  }
  return false
}
