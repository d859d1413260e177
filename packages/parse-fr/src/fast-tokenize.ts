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

/**
 * The same tokens as `ParseLatin#tokenize` (same types, values and
 * positions), starting at `origin` instead of line 1, column 1, offset 0, so a
 * paragraph parsed on its own needs no position shifting afterwards.
 */
export function tokenizeFrom(value: string, origin: Point): SentenceContent[] {
  const children: SentenceContent[] = []
  if (!value) return children
  // Plain locals in the loop; point objects are made at token boundaries only.
  let line = origin.line
  let column = origin.column
  let offset = origin.offset ?? 0
  let from = 0
  let start: Point = { line, column, offset }
  let previousType = 0
  let previousCode = -1
  const length = value.length
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index)
    let type = codeUnitTypes[code]!
    if (type === 0) type = typeOf(code)
    if (
      from < index &&
      previousType !== 0 &&
      !(previousType === type && (type === wordType || type === whiteSpaceType || code === previousCode || (code >= 0xd800 && code <= 0xdfff)))
    ) {
      // The end of one token is the start of the next: one point serves both.
      const end = { line, column, offset }
      children.push(createNode(previousType, value.slice(from, index), start, end))
      from = index
      start = end
    }
    if (code === 13 || (code === 10 && previousCode !== 13)) {
      line++
      column = 1
    } else if (code !== 10) {
      column++
    }
    offset++
    previousType = type
    previousCode = code
  }
  if (previousType !== 0 && from < length) children.push(createNode(previousType, value.slice(from), start, { line, column, offset }))
  return children
}

function createNode(typeIndex: number, value: string, start: Point, end: Point): SentenceContent {
  const type = typeNames[typeIndex - 1]!
  // Tokens share their points (a word with its text, a token's end with the
  // next one's start): no plugin edits a point in place, they assign new
  // ones, and fewer objects is less garbage on megabytes of text.
  if (type === 'WordNode') return { type, children: [{ type: 'TextNode', value, position: { start, end } }], position: { start, end } }
  return { type, value, position: { start, end } }
}
