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
 * a digit (not after an ellipsis), an opening quote or an ellipsis set apart
 * before a capital. It does not end before lower case or punctuation (`« Tại
 * sao ? » anh hỏi`, `? " , anh hỏi`), after an abbreviation or an initial
 * (`TP. HCM`, `ông H. nói`, `vụ h. 15 tuổi`), between the groups of a number
 * (`10 . 000`), inside brackets (`LBKT`/`RBKT` included), or when no space
 * follows. A dateline in brackets after a headline (`… nhập viện ( TP HCM )
 * Đang chạy`) starts a sentence without any end mark before it.
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
    if (isMark(tokens[index], openingBrackets) && !bracketed[index] && isDateline(tokens, index)) {
      starts.push(index)
      continue
    }
    // An ellipsis that opens a sentence (see opensSentence) ends nothing, nor
    // does a mark inside brackets: the closing bracket and what follows it are
    // judged on their own (`( sao ? ) . Rồi`).
    if (!isTerminal(tokens[index]!) || bracketed[index] || starts[starts.length - 1] === index) continue
    const end = sentenceEnd(tokens, index, closing)
    const next = firstNonSpace(tokens, end)
    if (next < tokens.length && next > end && startsSentence(tokens, index, end, next, closing)) starts.push(next)
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

/** Whether `token` is one of `marks` (a treebank bracket word counting as its bracket). */
function isMark(token: Token | undefined, marks: ReadonlySet<string>): boolean {
  if (token?.type === 'PunctuationNode' || token?.type === 'SymbolNode') return marks.has(token.value)
  const text = token?.type === 'WordNode' && token.children.length === 1 ? token.children[0] : undefined
  const bracket = text?.type === 'TextNode' ? treebankBrackets.get(text.value) : undefined
  return bracket !== undefined && marks.has(bracket)
}

/**
 * The Vietnamese treebanks (VietTreebank, the VLSP corpora and UD VTB made
 * from them) write brackets as the words `LBKT` and `RBKT`, as the Penn
 * Treebank writes `-LRB-`; text taken from them keeps these words, which are
 * read as the brackets they stand for (no Vietnamese word is spelt so).
 */
const treebankBrackets = new Map([
  ['LBKT', '('],
  ['RBKT', ')']
])

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
 * A dateline in brackets, which opens the first sentence of a news story and
 * so starts a sentence even after a headline without an end mark
 * (`… nhập viện ( TP HCM ) Đang chạy …`, `… vô danh ( TRUNG QUỐC ) 35 năm
 * qua`): a place name in capitals after a word, before a capital or a
 * number. An acronym in brackets (`doanh nghiệp ( DN ) cổ phần hóa`) is one
 * word without tone or vowel marks, so one word counts only with such marks
 * (`( HUẾ )`).
 */
function isDateline(tokens: readonly Token[], open: number): boolean {
  if (tokens[lastNonSpace(tokens, open)]?.type !== 'WordNode') return false
  const words: string[] = []
  let close = open + 1
  for (; close < tokens.length && !isMark(tokens[close], closingBrackets); close++) {
    const token = tokens[close]!
    if (token.type === 'WhiteSpaceNode') continue
    if (token.type !== 'WordNode') return false
    const word = toString(token)
    if (!/^[\p{Lu}\p{M}\p{N}]*\p{Lu}[\p{Lu}\p{M}\p{N}]*$/u.test(word)) return false
    words.push(word)
  }
  if (close >= tokens.length || words.length === 0) return false
  if (words.length === 1 && !/\p{M}/u.test(words[0]!.normalize('NFD'))) return false
  const after = tokens[firstNonSpace(tokens, close + 1)]
  return after?.type === 'WordNode' && /^[\p{Lu}\p{N}]/u.test(toString(after))
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
    if (opensSentence(tokens, end, next)) return end
    if (isTerminal(token) || isMark(token, closers) || (isStraightQuote(token) && closing[next])) end = next + 1
    else return end
  }
}

function isEllipsis(token: Token | undefined): boolean {
  return token?.type === 'PunctuationNode' && /^(?:\.{3,}|…+)$/u.test(token.value)
}

/**
 * An ellipsis set apart after a sentence end and before a capital opens the
 * next sentence (`… huynh đệ . ... Rồi cũng chính con sông này`): written
 * against the end mark it would continue it (`đệ....`), and an ellipsis that
 * ends a sentence comes straight after its last word.
 */
function opensSentence(tokens: readonly Token[], end: number, next: number): boolean {
  if (next === end || !isEllipsis(tokens[next]) || !isTerminal(tokens[end - 1]!)) return false
  const after = firstNonSpace(tokens, next + 1)
  return after > next + 1 && tokens[after]?.type === 'WordNode' && /^\p{Lu}/u.test(toString(tokens[after]!))
}

/** Whether a new sentence starts at `next`, after the sentence end mark at `mark` and its closers up to `end`. */
function startsSentence(tokens: readonly Token[], mark: number, end: number, next: number, closing: readonly boolean[]): boolean {
  const token = tokens[next]!
  if (isMark(token, openers) || (isStraightQuote(token) && !closing[next])) return !endsWithAbbreviation(tokens, mark, end)
  if (isThousandsSeparator(tokens, mark, end, next)) return false
  // A dash after a closing quote brings the speaker (`! " - Thư nói`); after
  // an end mark it opens a line of dialogue (`. - " Anh nộp đủ rồi ! "`).
  if (isMark(token, dashes)) return isTerminal(tokens[end - 1]!)
  const first = firstLetterOrDigit(tokens, isEllipsis(token) ? next + 1 : next)
  if (first === undefined) return false
  // A number after an ellipsis goes on an enumeration or a range (`xã làm
  // cầu nối ... 500 liệt sĩ`, `sau ba năm là ... 98 - 100%`).
  if (/\p{N}/u.test(first) ? isEllipsis(tokens[mark]) : !/\p{Lu}/u.test(first)) return false
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
    if (isMark(token, openingBrackets)) continue
    if (token.type === 'WordNode') return /[\p{L}\p{N}]/u.exec(toString(token))?.[0]
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
  const previous = lastNonSpace(tokens, word)
  const before = tokens[previous]
  if (isSmallInitial(text)) return !(before?.type === 'WordNode' && /\p{N}/u.test(toString(before)))
  if (!isInitial(text)) return false
  if (before?.type === 'WordNode' && (/^\p{Lu}/u.test(toString(before)) || titles.has(toString(before).toLowerCase()))) return true
  const initialBefore = wordBeforeFullStop(tokens, previous)
  if (initialBefore !== undefined && isInitial(toString(tokens[initialBefore]!))) return true
  const next = firstNonSpace(tokens, end)
  return tokens[next]?.type === 'WordNode' && isInitial(toString(tokens[next]!)) && wordBeforeFullStop(tokens, firstNonSpace(tokens, next + 1)) === next
}

/** A capital alone. */
function isInitial(text: string): boolean {
  return /^\p{Lu}$/u.test(text)
}

/**
 * A small consonant alone: no Vietnamese word (those of one letter are
 * vowels: `ý`, `ớ`, `ô`), so an initial (`vụ h. 15 tuổi`, `biệt danh m .
 * " khùng "`) unless a number comes before it, when it is a unit (`40 m.`,
 * `10 g .`, `26.000 đ .`).
 */
function isSmallInitial(text: string): boolean {
  return /^[bcdđfghjklmnpqrstvwxz]$/u.test(text)
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
