import type { Paragraph, Sentence } from 'nlcst'
import { ParseLatin } from 'parse-latin'
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

/**
 * parse-latin with French rules in its plugin lists: closing guillemets stay
 * in their sentence, French abbreviations instead of English ones, numbers
 * before a full stop end sentences, footnote calls are marked, elisions and
 * decimal commas are handled.
 */
export class FrenchParser extends ParseLatin {
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
    sentencePlugins.splice(sentencePlugins.length - 1, 0, mergeDecimalNumbers, splitElisions)
  }
}
