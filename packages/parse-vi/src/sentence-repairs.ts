import type { Paragraph, Punctuation, Sentence, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { personalTitles } from './name-starters.js'

type ParagraphChild = Paragraph['children'][number]
type Token = Sentence['children'][number]

/**
 * Abbreviations written with a full stop before what they abbreviate in
 * Vietnamese text (`TP. Hồ Chí Minh`, `tp . HCM`, `PGS. TS. Nguyễn…`), in
 * lower case: the full stop after them ends no sentence.
 */
const abbreviations = new Set(['tp', 'tt', 'ts', 'pgs', 'gs', 'ths', 'bs', 'ks', 'cn', 'nxb', 'tx', 'st', 'dr', 'mr', 'mrs', 'ms'])
/** Closing marks that belong to the sentence before them (straight quotes are decided by context). */
const closers = new Set(['»', '”', '’', '›', ')', ']', '}'])
/** Opening marks: after a sentence end, one of them starts the next sentence. */
const openers = new Set(['«', '“', '‘', '‹'])
/** Marks that end a sentence. */
const terminal = /^(?:[.!?…‼⁇⁈⁉]+)$/u
/** Dashes, which open a line of dialogue or bring the speaker of a quotation. */
const dashes = new Set(['-', '–', '—'])
const openingBrackets = new Set(['(', '[', '{'])
const closingBrackets = new Set([')', ']', '}'])
/** Marks after which a straight quote is opening. */
const beforeOpening = new Set([':', ...openingBrackets])
/** Marks before which a straight quote is closing (the quotation ends, the sentence goes on or ends), besides end marks. */
const afterClosing = new Set([',', ';', ':', ')', ']', '}', ...dashes])

/**
 * Sentence boundaries of one Vietnamese paragraph, decided again from
 * parse-latin's tokens (its English rules misread Vietnamese: `năm 2025.
 * Trump` is no ordinal, `TP. HCM` no sentence end, and a straight quote after
 * a sentence end opens the next sentence as often as it closes the last).
 *
 * A sentence ends at `. ! ? …` (runs such as `?!` or `...` included) with
 * the closing marks after it, when what follows starts a sentence: a capital,
 * a digit or an opening quote. It does not end before lower case or
 * punctuation (`« Tại sao ? » anh hỏi`, `? " , anh hỏi`), after an
 * abbreviation or an initial (`TP. HCM`, `ông H. nói`), between the groups of
 * a number (`10 . 000`), inside parentheses, or when no space follows.
 *
 * Straight quotes are opening or closing by context: by which side they are
 * attached to (`."` closes, `"Tôi` opens); when spaced on both sides, by what
 * is next to them (`" ,` closes, `: "` opens), by the quote after them (a quote
 * closing the quotation that this one would open), and otherwise by whether a
 * quotation is open.
 */
export function repairSentences(children: readonly ParagraphChild[]): ParagraphChild[] {
  const tokens = flatten(children)
  if (tokens.length === 0) return [...children]
  const closing = closingQuotes(tokens)
  const bracketed = insideBrackets(tokens)
  const starts = [firstNonSpace(tokens, 0)]
  for (let index = 0; index < tokens.length; index++) {
    if (!isTerminal(tokens[index]!)) continue
    const end = sentenceEnd(tokens, index, closing)
    const next = firstNonSpace(tokens, end)
    if (next < tokens.length && next > end && !bracketed[index] && startsSentence(tokens, index, end, next, closing)) starts.push(next)
    index = end - 1
  }
  return rebuild(tokens, starts)
}

/**
 * The paragraph's tokens in order: the sentences' children and the white
 * space between sentences. A word that parse-latin ended with a full stop
 * (`2025.`, `V.`) is split into the word and the full stop, which the rules
 * then judge.
 */
function flatten(children: readonly ParagraphChild[]): Token[] {
  const tokens: Token[] = []
  for (const child of children) {
    if (child.type !== 'SentenceNode') {
      tokens.push(child as Token)
      continue
    }
    for (const token of child.children) {
      const last = token.type === 'WordNode' ? token.children[token.children.length - 1] : undefined
      if (token.type === 'WordNode' && token.children.length > 1 && last?.type === 'PunctuationNode' && last.value === '.') {
        const word: Word = { type: 'WordNode', children: token.children.slice(0, -1) }
        const position = spanOf(word.children)
        if (position) word.position = position
        tokens.push(word, last as Punctuation)
      } else tokens.push(token)
    }
  }
  return tokens
}

function isTerminal(token: Token): boolean {
  return token.type === 'PunctuationNode' && terminal.test(token.value)
}

function isMark(token: Token | undefined, marks: ReadonlySet<string>): boolean {
  return (token?.type === 'PunctuationNode' || token?.type === 'SymbolNode') && marks.has(token.value)
}

function isStraightQuote(token: Token | undefined): boolean {
  return (token?.type === 'PunctuationNode' || token?.type === 'SymbolNode') && token.value === '"'
}

function firstNonSpace(tokens: readonly Token[], from: number): number {
  let index = from
  while (index < tokens.length && tokens[index]!.type === 'WhiteSpaceNode') index++
  return index
}

function lastNonSpace(tokens: readonly Token[], before: number): number {
  let index = before - 1
  while (index >= 0 && tokens[index]!.type === 'WhiteSpaceNode') index--
  return index
}

/** For each token, whether it is a straight quote that closes a quotation. */
function closingQuotes(tokens: readonly Token[]): boolean[] {
  const closing = new Array<boolean>(tokens.length).fill(false)
  const quotes: number[] = []
  for (let index = 0; index < tokens.length; index++) if (isStraightQuote(tokens[index])) quotes.push(index)
  let open = false
  for (let rank = 0; rank < quotes.length; rank++) {
    const index = quotes[rank]!
    const side = attachedSide(tokens, index)
    let closes: boolean
    if (side !== undefined) closes = side === 'left'
    else if (clearlyCloses(tokens, index)) closes = true
    else if (clearlyOpens(tokens, index)) closes = false
    // The next quote plainly closes a quotation: this one opens it.
    else if (rank + 1 < quotes.length && clearlyCloses(tokens, quotes[rank + 1]!)) closes = false
    else closes = open
    closing[index] = closes
    open = !closes
  }
  return closing
}

/**
 * The side a straight quote is written against (`chào."` left, `"Tôi`
 * right), if only one. Punctuation glued after it (`".`, `",`) is no sign of
 * an opening quote.
 */
function attachedSide(tokens: readonly Token[], index: number): 'left' | 'right' | undefined {
  const left = index > 0 && tokens[index - 1]!.type !== 'WhiteSpaceNode'
  const next = tokens[index + 1]
  const right = next !== undefined && next.type !== 'WhiteSpaceNode' && !precedesClosingQuote(next)
  return left === right ? undefined : left ? 'left' : 'right'
}

function precedesClosingQuote(token: Token): boolean {
  return isTerminal(token) || isMark(token, afterClosing)
}

/** A quote before punctuation (`" ,`, `" .`, `" -`) or at the paragraph's end. */
function clearlyCloses(tokens: readonly Token[], index: number): boolean {
  if (attachedSide(tokens, index) === 'left') return true
  const next = firstNonSpace(tokens, index + 1)
  return next >= tokens.length || precedesClosingQuote(tokens[next]!)
}

/** A quote at the paragraph's start or after a colon or an opening bracket. */
function clearlyOpens(tokens: readonly Token[], index: number): boolean {
  const previous = lastNonSpace(tokens, index)
  return previous < 0 || isMark(tokens[previous], beforeOpening)
}

/** For each token, whether it lies inside a pair of brackets closed later in the paragraph. */
function insideBrackets(tokens: readonly Token[]): boolean[] {
  // Each matched pair adds one over its inside (a difference array, so
  // nested pairs cost no more than flat ones).
  const depth = new Array<number>(tokens.length + 1).fill(0)
  const open: number[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (isMark(token, openingBrackets)) open.push(index)
    else if (isMark(token, closingBrackets) && open.length > 0) {
      depth[open.pop()! + 1]!++
      depth[index]!--
    }
  }
  const inside = new Array<boolean>(tokens.length).fill(false)
  let level = 0
  for (let index = 0; index < tokens.length; index++) {
    level += depth[index]!
    inside[index] = level > 0
  }
  return inside
}

/**
 * Where the sentence whose end mark is at `index` ends: after the closing
 * marks and further end marks that follow it (`? " .`, `! »`, `... )`).
 */
function sentenceEnd(tokens: readonly Token[], index: number, closing: readonly boolean[]): number {
  let end = index + 1
  for (;;) {
    const next = firstNonSpace(tokens, end)
    if (next >= tokens.length) return end
    const token = tokens[next]!
    if (isTerminal(token) || isMark(token, closers) || (isStraightQuote(token) && closing[next])) end = next + 1
    else return end
  }
}

/** Whether a new sentence starts at `next`, after the sentence end mark at `mark` and its closers up to `end`. */
function startsSentence(tokens: readonly Token[], mark: number, end: number, next: number, closing: readonly boolean[]): boolean {
  const token = tokens[next]!
  if (isMark(token, openers) || (isStraightQuote(token) && !closing[next])) return !endsWithAbbreviation(tokens, mark, end)
  if (isThousandsSeparator(tokens, mark, end, next)) return false
  // A dash after a closing quote brings the speaker (`! " - Thư nói`); after
  // an end mark it opens a line of dialogue (`. - " Anh nộp đủ rồi ! "`).
  if (isMark(token, dashes)) return isTerminal(tokens[end - 1]!)
  const first = firstLetterOrDigit(tokens, next)
  if (first === undefined) return false
  if (/\p{N}/u.test(first)) return true
  if (!/\p{Lu}/u.test(first)) return false
  return !endsWithAbbreviation(tokens, mark, end)
}

/**
 * The first letter or digit of the next sentence, looking past opening
 * brackets (`( Gia Lai )`); undefined when anything else comes first (a
 * comma, a closing mark: the sentence goes on).
 */
function firstLetterOrDigit(tokens: readonly Token[], from: number): string | undefined {
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.type === 'WhiteSpaceNode') continue
    if (token.type === 'WordNode') return /[\p{L}\p{N}]/u.exec(toString(token))?.[0]
    if (isMark(token, openingBrackets)) continue
    return undefined
  }
  return undefined
}

const titles = new Set(personalTitles)

/**
 * A lone full stop after an abbreviation (`TP.`, `tp .`) or an initial: a
 * capital alone after a capitalised word, a personal title or another
 * initial, or before another initial (`Donald J. Trump`, `ông H.`,
 * `V . H .`). A capital alone after anything else ends sentences as often
 * (`từ A đến Z.`, `phường K.`).
 */
function endsWithAbbreviation(tokens: readonly Token[], mark: number, end: number): boolean {
  if (end !== mark + 1) return false
  const word = wordBeforeFullStop(tokens, mark)
  if (word === undefined) return false
  const text = toString(tokens[word]!)
  if (abbreviations.has(text.toLowerCase())) return true
  if (!isInitial(text)) return false
  const previous = lastNonSpace(tokens, word)
  const before = tokens[previous]
  if (before?.type === 'WordNode' && (/^\p{Lu}/u.test(toString(before)) || titles.has(toString(before).toLowerCase()))) return true
  const initialBefore = wordBeforeFullStop(tokens, previous)
  if (initialBefore !== undefined && isInitial(toString(tokens[initialBefore]!))) return true
  const next = firstNonSpace(tokens, end)
  return tokens[next]?.type === 'WordNode' && isInitial(toString(tokens[next]!)) && wordBeforeFullStop(tokens, firstNonSpace(tokens, next + 1)) === next
}

/** A capital alone. A small letter alone is more often a word (`ý`, `ớ`) or a unit (`40 m.`) than an initial. */
function isInitial(text: string): boolean {
  return /^\p{Lu}$/u.test(text)
}

/** The index of the word just before a full stop at `mark` (one space allowed between), if there is one. */
function wordBeforeFullStop(tokens: readonly Token[], mark: number): number | undefined {
  const token = tokens[mark]
  if (token?.type !== 'PunctuationNode' || token.value !== '.') return undefined
  const before = lastNonSpace(tokens, mark)
  return tokens[before]?.type === 'WordNode' && before >= mark - 2 ? before : undefined
}

/** A full stop between the digit groups of a number (`10 . 000`, `10. 000`): 1–3 digits, then exactly 3. */
function isThousandsSeparator(tokens: readonly Token[], mark: number, end: number, next: number): boolean {
  const token = tokens[mark]!
  if (token.type !== 'PunctuationNode' || token.value !== '.' || end !== mark + 1) return false
  const before = tokens[lastNonSpace(tokens, mark)]
  const after = tokens[next]!
  return before?.type === 'WordNode' && after.type === 'WordNode' && /(?:^|\.)\d{1,3}$/u.test(toString(before)) && /^\d{3}(?!\d)/u.test(toString(after))
}

/** Sentences again from the tokens and the indices where sentences start; white space between sentences stays outside them. */
function rebuild(tokens: readonly Token[], starts: readonly number[]): ParagraphChild[] {
  const result: ParagraphChild[] = []
  for (let index = 0; index < starts[0]!; index++) result.push(tokens[index] as ParagraphChild)
  for (let rank = 0; rank < starts.length; rank++) {
    const from = starts[rank]!
    if (from >= tokens.length) break
    const to = rank + 1 < starts.length ? starts[rank + 1]! : tokens.length
    const last = lastNonSpace(tokens, to)
    result.push(makeSentence(tokens.slice(from, last + 1)))
    for (let index = last + 1; index < to; index++) result.push(tokens[index] as ParagraphChild)
  }
  return result
}

function makeSentence(children: Token[]): Sentence {
  const sentence: Sentence = { type: 'SentenceNode', children }
  const position = spanOf(children)
  if (position) sentence.position = position
  return sentence
}

function spanOf(nodes: ReadonlyArray<{ position?: Sentence['position'] }>): Sentence['position'] {
  const start = nodes[0]?.position?.start
  const end = nodes[nodes.length - 1]?.position?.end
  return start && end ? { start, end } : undefined
}
