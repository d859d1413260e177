import type { Paragraph, Sentence } from 'nlcst'
import { ParseLatin } from 'parse-latin'
import type { Point } from 'unist'
import { tokenizeFrom } from './fast-tokenize.js'
import { markFootnoteCalls } from './plugins/mark-footnote-calls.js'
import { mergeInnerWordSymbol } from './plugins/merge-inner-word-symbol.js'
import { mergeRemainingFullStops } from './plugins/merge-remaining-full-stops.js'
import { patchPosition } from './plugins/patch-position.js'
import { mergeClosingQuotes } from './plugins/merge-closing-quotes.js'
import { mergeElisionMarks } from './plugins/merge-elision-marks.js'
import { mergeLowerCaseContinuations } from './plugins/merge-lower-case-continuations.js'
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

  /**
   * The text `tokenizeParagraph` / `tokenizeSentence` is working on, while
   * it runs: rules that can only act on a character the text lacks are
   * skipped. Unknown (a plugin list used on some other tree) runs them all.
   */
  private paragraphText: string | undefined
  private sentenceText: string | undefined

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
      , // mergeInitialLowerCaseLetterSentences: replaced by ours, which lets a full stop before lower case end a sentence
      , // mergeInitialDigitSentences: in French a sentence may start with a number (`2020 a été…`)
      , // mergePrefixExceptions: English abbreviations, replaced by mergeFrenchAbbreviations
      mergeAffixExceptions,
      , // mergeRemainingFullStops: replaced by ours, the same rule without a string per punctuation mark
      makeInitialWhiteSpaceSiblings,
      makeFinalWhiteSpaceSiblings,
      breakImplicitSentences,
      removeEmptyNodes
      // patchPosition: replaced by ours, which looks at the first and last child only
    ] = latinParagraph as Array<Plugin<Paragraph>>
    this.tokenizeParagraphPlugins = [
      mergeNonWordSentences!,
      mergeClosingQuotes,
      mergeElisionMarks,
      mergeAffixSymbol!,
      mergeLowerCaseContinuations,
      mergeFrenchAbbreviations,
      mergeAffixExceptions!,
      mergeRemainingFullStops,
      makeInitialWhiteSpaceSiblings!,
      makeFinalWhiteSpaceSiblings!,
      // A blank line ends a sentence: nothing to do without a line break, and
      // parse-latin splits the text of every white space node to find out.
      (paragraph: Paragraph) => (this.textMay(this.paragraphText, holdsLineBreak) && hasLineBreak(paragraph) ? breakImplicitSentences!(paragraph) : undefined),
      removeEmptyNodes!,
      patchPosition,
      markFootnoteCalls
    ] as ParseLatin['tokenizeParagraphPlugins']
    // parse-latin 7's sentence plugins, in order. Each walks every token of
    // the paragraph (tokenizeParagraph hands the whole paragraph to
    // tokenizeSentence), so those that only act on one character are
    // skipped when the text does not hold it.
    const [mergeInitialWordSymbol, mergeFinalWordSymbol, , mergeInnerWordSlash, mergeInitialisms] = latinSentence as Array<Plugin<Sentence>>
    this.tokenizeSentencePlugins = [
      this.onlyIf(holds('&'), mergeInitialWordSymbol!),
      this.onlyIf(holds('-'), mergeFinalWordSymbol!),
      mergeInnerWordSymbol,
      this.onlyIf(holds('/'), mergeInnerWordSlash!),
      (sentence: Sentence) => (hasInitialismCandidate(sentence) ? mergeInitialisms!(sentence) : undefined),
      this.onlyIf(hasDecimalComma, mergeDecimalNumbers),
      splitElisions,
      patchPosition
    ] as ParseLatin['tokenizeSentencePlugins']
  }

  override tokenizeParagraph(value?: string | null): ReturnType<ParseLatin['tokenizeParagraph']> {
    this.paragraphText = value ?? ''
    try {
      return super.tokenizeParagraph(value)
    } finally {
      this.paragraphText = undefined
    }
  }

  override tokenizeSentence(value?: string | null): ReturnType<ParseLatin['tokenizeSentence']> {
    this.sentenceText = value ?? ''
    try {
      return super.tokenizeSentence(value)
    } finally {
      this.sentenceText = undefined
    }
  }

  /** parse-latin's tokens, from a lookup table instead of regular expressions, positioned from `origin`. */
  override tokenize(value: string | null | undefined): ReturnType<ParseLatin['tokenize']> {
    return tokenizeFrom(value ?? '', this.origin) as ReturnType<ParseLatin['tokenize']>
  }

  /** A sentence rule run only when `applies` to the text being tokenized (always when the text is unknown). */
  private onlyIf(applies: (text: string) => boolean, rule: Plugin<Sentence>): Plugin<Sentence> {
    return (sentence) => (this.textMay(this.sentenceText, applies) ? rule(sentence) : undefined)
  }

  private textMay(text: string | undefined, applies: (text: string) => boolean): boolean {
    return text === undefined || applies(text)
  }
}

function holds(character: string): (text: string) => boolean {
  return (text) => text.includes(character)
}

function holdsLineBreak(text: string): boolean {
  return text.includes('\n') || text.includes('\r')
}

/**
 * Whether `text` holds a comma between two ASCII digits (`3,5`), the only
 * place `mergeDecimalNumbers` acts: finding commas in the string is much
 * cheaper than walking every token.
 */
function hasDecimalComma(text: string): boolean {
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    if (isAsciiDigit(text.charCodeAt(comma - 1)) && isAsciiDigit(text.charCodeAt(comma + 1))) return true
  }
  return false
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Whether parse-latin's `mergeInitialisms` could act on `sentence`: it only
 * looks at a full stop after a word of three, five… parts (`U.S`, `a-t-il`),
 * and merging only makes such words rarer, so a sentence without one is left
 * alone, sparing a walk that turns every token into a string.
 */
function hasInitialismCandidate(sentence: Sentence): boolean {
  const nodes = sentence.children
  for (let index = 1; index < nodes.length; index++) {
    const node = nodes[index]!
    if (node.type !== 'PunctuationNode' || node.value !== '.') continue
    const previous = nodes[index - 1]!
    if (previous.type === 'WordNode' && previous.children.length !== 1 && previous.children.length % 2 !== 0) return true
  }
  return false
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
