import type { SentenceContent } from 'nlcst'
import type { Point } from 'unist'
import { ParseLatin } from 'parse-latin'

type TokenType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode'

const typeNames: readonly TokenType[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode']
/** Type of each UTF-16 code unit as parse-latin classifies it, 1-based index into typeNames; 0 = not seen yet. */
const codeUnitTypes = new Uint8Array(65536)
const reference = new ParseLatin()

/**
 * parse-latin's classification of one code unit, asked of parse-latin itself
 * the first time the unit is met and remembered: its tokenizer tests three
 * large Unicode regular expressions on every character, which is most of its
 * time; a table lookup gives the same answer.
 */
function typeOf(code: number): number {
  let type = codeUnitTypes[code]!
  if (type === 0) {
    const node = reference.tokenize(String.fromCharCode(code))[0]
    type = typeNames.indexOf((node?.type ?? 'SymbolNode') as TokenType) + 1
    codeUnitTypes[code] = type
  }
  return type
}

const whiteSpaceType = 1
const wordType = 3

/** parse-latin's type of a code unit, from the table once it has been met. */
function typeAt(code: number): number {
  const type = codeUnitTypes[code]!
  return type === 0 ? typeOf(code) : type
}

/**
 * The same tokens as `ParseLatin#tokenize` (same types, values and
 * positions), starting at `origin` instead of line 1, column 1, offset 0, so a
 * paragraph parsed on its own needs no position shifting afterwards.
 *
 * Each token is scanned by a loop of its own (a word runs while word
 * characters follow, a punctuation mark while the same mark repeats), so
 * the per-character work is one table lookup; only white space, where line
 * breaks are, is counted character by character.
 */
export function tokenizeFrom(value: string, origin: Point): SentenceContent[] {
  const children: SentenceContent[] = []
  const length = value.length
  let line = origin.line
  let column = origin.column
  const baseOffset = origin.offset ?? 0
  // The end of one token is the start of the next: one point serves both.
  let start: Point = { line, column, offset: baseOffset }
  let index = 0
  while (index < length) {
    const from = index
    let code = value.charCodeAt(index)
    const type = typeAt(code)
    if (type === whiteSpaceType) {
      let previousCode = -1
      do {
        if (code === 13 || (code === 10 && previousCode !== 13)) {
          line++
          column = 1
        } else if (code !== 10) {
          column++
        }
        previousCode = code
        index++
        code = value.charCodeAt(index)
      } while (index < length && typeAt(code) === whiteSpaceType)
    } else if (type === wordType) {
      index++
      while (index < length && typeAt(value.charCodeAt(index)) === wordType) index++
      column += index - from
    } else {
      // Punctuation and symbols: a run of the same mark (`...`, `!!`) or
      // the halves of a surrogate pair make one token.
      let previousCode = code
      index++
      for (; index < length; index++) {
        code = value.charCodeAt(index)
        if (typeAt(code) !== type || !(code === previousCode || (code >= 0xd800 && code <= 0xdfff))) break
        previousCode = code
      }
      column += index - from
    }
    const end: Point = { line, column, offset: baseOffset + index }
    children.push(createNode(type, value.slice(from, index), start, end))
    start = end
  }
  return children
}

function createNode(typeIndex: number, value: string, start: Point, end: Point): SentenceContent {
  // Tokens share their points (a word with its text, a token's end with the
  // next one's start): no plugin edits a point in place, they assign new
  // ones, and fewer objects is less garbage on megabytes of text.
  if (typeIndex === wordType) return { type: 'WordNode', children: [{ type: 'TextNode', value, position: { start, end } }], position: { start, end } }
  return { type: typeNames[typeIndex - 1] as Exclude<TokenType, 'WordNode'>, value, position: { start, end } }
}
