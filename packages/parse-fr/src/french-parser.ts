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

const expectedParagraphPlugins = 12
const expectedSentencePlugins = 6

/**
 * parse-latin with French rules in its plugin lists: closing guillemets stay
 * in their sentence, French abbreviations instead of English ones, numbers
 * before a full stop end sentences and a sentence may start with a number,
 * footnote calls are marked, elisions and decimal commas are handled.
 */
export class FrenchParser extends ParseLatin {
  /** Where the next text given to `tokenize` starts in its document (default: line 1, column 1, offset 0). */
  origin: Point = { line: 1, column: 1, offset: 0 }

  constructor(doc?: string) {
    super(doc)
    const latinParagraph = ParseLatin.prototype.tokenizeParagraphPlugins as Array<Plugin<Paragraph>>
    const latinSentence = ParseLatin.prototype.tokenizeSentencePlugins as Array<Plugin<Sentence>>
    if (latinParagraph.length !== expectedParagraphPlugins || latinSentence.length !== expectedSentencePlugins) {
      // A different parse-latin: the names below would be given the wrong plugins.
      throw new Error('parse-fr: unexpected parse-latin plugin lists (is parse-latin still 7.x?)')
    }
    // parse-latin 7's paragraph plugins, in order.
    const [
      mergeNonWordSentences,
      mergeAffixSymbol,
      mergeInitialLowerCaseLetterSentences,
      , // mergeInitialDigitSentences: in French a sentence may start with a number (`2020 a été…`)
      , // mergePrefixExceptions: English abbreviations, replaced by mergeFrenchAbbreviations
      mergeAffixExceptions,
      mergeRemainingFullStops,
      makeInitialWhiteSpaceSiblings,
      makeFinalWhiteSpaceSiblings,
      breakImplicitSentences,
      removeEmptyNodes,
      patchPosition
    ] = latinParagraph as Array<Plugin<Paragraph>>
    this.tokenizeParagraphPlugins = [
      mergeNonWordSentences!,
      mergeClosingQuotes,
      mergeAffixSymbol!,
      mergeInitialLowerCaseLetterSentences!,
      mergeFrenchAbbreviations,
      mergeAffixExceptions!,
      mergeRemainingFullStops!,
      makeInitialWhiteSpaceSiblings!,
      makeFinalWhiteSpaceSiblings!,
      (paragraph: Paragraph) => (hasLineBreak(paragraph) ? breakImplicitSentences!(paragraph) : undefined),
      removeEmptyNodes!,
      patchPosition!,
      markFootnoteCalls
    ] as ParseLatin['tokenizeParagraphPlugins']
    const sentencePlugins = [...latinSentence]
    sentencePlugins.splice(sentencePlugins.length - 1, 0, mergeDecimalNumbers, splitElisions)
    this.tokenizeSentencePlugins = sentencePlugins as ParseLatin['tokenizeSentencePlugins']
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
