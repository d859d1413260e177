/**
 * A reader for the plain subset of YAML that glossary sources are mostly
 * written in (block mappings and sequences, one-line flow mappings, one-line
 * quoted scalars, plain scalars that are strings), two to three times as
 * fast as js-yaml on a large generated glossary, and making fewer objects. It gives the value a full parser would give, or `undefined` when
 * the text uses anything else (block scalars, multi-line scalars, anchors,
 * tags, flow sequences, a plain scalar that could be a number, a boolean or
 * null, duplicate keys, odd indentation, a tab, a byte-order mark, …):
 * the caller then parses it with the full parser, which also reports every
 * error. It never decides anything the full parser would decide otherwise.
 */
export function readSimpleYaml(text: string): unknown {
  if (unsupportedCharacter.test(text)) return undefined
  try {
    const reader = new SimpleYamlReader(text)
    return reader.document()
  } catch (error) {
    if (error === notSimple) return undefined
    throw error
  }
}

// Characters a YAML parser refuses or treats specially (js-yaml's
// non-printable pattern, lone surrogates), and tab, CR, the byte-order mark
// and the line separators of YAML 1.1 (NEL, U+2028, U+2029), which this
// reader leaves to the full parser.
const unsupportedCharacter = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/

const notSimple = new Error('not in the simple subset of YAML')

function bail(): never {
  throw notSimple
}

// Keys met so far, by length and first unit: a glossary repeats a dozen
// keys tens of thousands of times, and a key string taken from the cache is
// one the engine has already interned.
const knownKeys = new Map<number, string>()

/** The key `text[start, end)`, the same string each time it recurs. */
function keyName(text: string, start: number, end: number): string {
  const slot = ((end - start) << 16) | text.charCodeAt(start)
  const known = knownKeys.get(slot)
  if (known !== undefined && text.startsWith(known, start)) return known
  const name = text.slice(start, end)
  knownKeys.set(slot, name)
  return name
}

/**
 * The end of a plain key at `text[at]` (a letter or `_`, then letters,
 * digits, `_`, `.`, `-`; never a number, `<<`, `?`…) if a colon follows
 * it, else -1.
 */
function keyEnd(text: string, at: number, end: number): number {
  let index = at
  for (; index < end; index++) {
    const unit = text.charCodeAt(index)
    const letter = (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a) || unit === 0x5f
    if (letter || (index > at && ((unit >= 0x30 && unit <= 0x39) || unit === 0x2e || unit === 0x2d))) continue
    break
  }
  return index > at && text.charCodeAt(index) === 0x3a && index < end ? index : -1
}

// The first character of a plain scalar that could be an indicator, a
// number (or a date), `~`, or `.inf`/`.nan`.
const unsafeStart = /^[-?:,[\]{}#&*!|>'"%@`+.~0-9 ]/
// Plain scalars a YAML schema reads as null or a boolean (the 1.1 words
// too: refused rather than guessed).
const nonString = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE|y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/

class SimpleYamlReader {
  /** Content lines (not blank, not comments): indent, start and end of their text. */
  private readonly indents: number[] = []
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  private line = 0

  constructor(private readonly text: string) {
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start)
      if (end === -1) end = text.length
      let first = start
      while (first < end && text.charCodeAt(first) === 0x20) first++
      if (first < end && text.charCodeAt(first) !== 0x23) {
        // Directives and document markers are the full parser's business.
        if (first === start && (text.startsWith('---', start) || text.startsWith('...', start) || text.charCodeAt(start) === 0x25)) bail()
        let last = end
        while (text.charCodeAt(last - 1) === 0x20) last--
        this.indents.push(first - start)
        this.starts.push(first)
        this.ends.push(last)
      }
      start = end + 1
    }
  }

  document(): unknown {
    if (this.indents.length === 0 || this.indents[0] !== 0) bail()
    const root = this.blockMapping(0)
    if (this.line !== this.indents.length) bail()
    return root
  }

  private isItem(line: number): boolean {
    return this.text.startsWith('- ', this.starts[line]!)
  }

  private blockMapping(indent: number): Record<string, unknown> {
    const text = this.text
    const mapping: Record<string, unknown> = {}
    while (this.line < this.indents.length && this.indents[this.line]! >= indent) {
      if (this.indents[this.line] !== indent || this.isItem(this.line)) bail()
      const start = this.starts[this.line]!
      const end = this.ends[this.line]!
      const colon = keyEnd(text, start, end)
      // The colon ends the line or is followed by a space.
      if (colon < 0 || (colon + 1 < end && text.charCodeAt(colon + 1) !== 0x20)) bail()
      const name = keyName(text, start, colon)
      if (name === '__proto__' || Object.hasOwn(mapping, name)) bail()
      let rest = colon + 1
      while (text.charCodeAt(rest) === 0x20 && rest < end) rest++
      if (rest === end || text.charCodeAt(rest) === 0x23) {
        // A nested block: more indented, or a sequence at the key's own indent.
        const next = this.line + 1
        if (next >= this.indents.length) bail()
        this.line = next
        if (this.indents[next]! > indent) mapping[name] = this.isItem(next) ? this.blockSequence(this.indents[next]!) : this.blockMapping(this.indents[next]!)
        else if (this.indents[next] === indent && this.isItem(next)) mapping[name] = this.blockSequence(indent)
        else bail()
      } else {
        mapping[name] = inlineValue(text, rest, end)
        this.line++
        // A more indented line would continue the scalar (or be an error).
        if (this.line < this.indents.length && this.indents[this.line]! > indent) bail()
      }
    }
    return mapping
  }

  private blockSequence(indent: number): unknown[] {
    const sequence: unknown[] = []
    while (this.line < this.indents.length && this.indents[this.line]! >= indent) {
      if (this.indents[this.line] !== indent || !this.isItem(this.line)) {
        if (this.indents[this.line] === indent) break
        bail()
      }
      const start = this.starts[this.line]!
      const end = this.ends[this.line]!
      let rest = start + 2
      while (this.text.charCodeAt(rest) === 0x20 && rest < end) rest++
      const first = this.text.charCodeAt(rest)
      if (rest === end || first === 0x23 || first === 0x2d) bail()
      const colon = keyEnd(this.text, rest, end)
      if (colon >= 0 && (colon + 1 === end || this.text.charCodeAt(colon + 1) === 0x20)) {
        // A mapping that starts on the item's line: its keys line up with the first.
        this.indents[this.line] = indent + rest - start
        this.starts[this.line] = rest
        sequence.push(this.blockMapping(indent + rest - start))
      } else {
        sequence.push(inlineValue(this.text, rest, end))
        this.line++
        if (this.line < this.indents.length && this.indents[this.line]! > indent) bail()
      }
    }
    return sequence
  }
}

/** A value that fits on its line: `text[start, end)`, the rest of the line, trimmed. */
function inlineValue(text: string, start: number, end: number): unknown {
  const first = text.charCodeAt(start)
  let value: unknown
  if (first === 0x7b) value = flowMapping(text, start, end)
  else if (first === 0x22) value = doubleQuoted(text, start, end)
  else if (first === 0x27) value = singleQuoted(text, start, end)
  else {
    const line = text.slice(start, end)
    const comment = line.indexOf(' #')
    return plainScalar(comment === -1 ? line : line.slice(0, comment).trimEnd(), false)
  }
  // Only spaces and a comment may follow the value on its line.
  const after = valueEnd
  let at = after
  while (at < end && text.charCodeAt(at) === 0x20) at++
  if (at < end && !(at > after && text.charCodeAt(at) === 0x23)) bail()
  return value
}

function plainScalar(value: string, inFlow: boolean): string {
  if (value === '' || unsafeStart.test(value) || nonString.test(value)) bail()
  if (value.includes(': ') || value.endsWith(':') || value.includes(' #')) bail()
  if (inFlow && /[[\]{},:]/.test(value)) bail()
  return value
}

// Where the last flow mapping or quoted scalar read ended (one value at a time: no pair is made per value).
let valueEnd = 0

/** `{ key: value, … }` on one line, from `text[start]` (before `end`); where it ends goes to {@link valueEnd}. */
function flowMapping(text: string, start: number, end: number): Record<string, unknown> {
  const mapping: Record<string, unknown> = {}
  let at = start + 1
  while (at < end && text.charCodeAt(at) === 0x20) at++
  if (text.charCodeAt(at) === 0x7d && at < end) {
    valueEnd = at + 1
    return mapping
  }
  for (;;) {
    const colon = keyEnd(text, at, end)
    if (colon < 0 || text.charCodeAt(colon + 1) !== 0x20 || colon + 1 >= end) bail()
    const name = keyName(text, at, colon)
    if (name === '__proto__' || Object.hasOwn(mapping, name)) bail()
    at = colon + 1
    while (at < end && text.charCodeAt(at) === 0x20) at++
    const first = text.charCodeAt(at)
    if (first === 0x22) {
      mapping[name] = doubleQuoted(text, at, end)
      at = valueEnd
    } else if (first === 0x27) {
      mapping[name] = singleQuoted(text, at, end)
      at = valueEnd
    } else {
      let stop = at
      while (stop < end && text.charCodeAt(stop) !== 0x2c && text.charCodeAt(stop) !== 0x7d) stop++
      mapping[name] = plainScalar(text.slice(at, stop).trimEnd(), true)
      at = stop
    }
    while (at < end && text.charCodeAt(at) === 0x20) at++
    if (at >= end) bail()
    const separator = text.charCodeAt(at)
    if (separator === 0x7d) {
      valueEnd = at + 1
      return mapping
    }
    if (separator !== 0x2c) bail()
    at++
    while (at < end && text.charCodeAt(at) === 0x20) at++
  }
}

const escapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' }

/** A double-quoted scalar from `text[start]` to its closing quote before `end` (on the same line). */
function doubleQuoted(text: string, start: number, end: number): string {
  let value = ''
  let from = start + 1
  for (let at = from; at < end; at++) {
    const unit = text.charCodeAt(at)
    if (unit === 0x22) {
      valueEnd = at + 1
      return value + text.slice(from, at)
    }
    if (unit !== 0x5c) continue
    value += text.slice(from, at)
    const escape = text[at + 1]
    if (escape === 'u') {
      const hex = text.slice(at + 2, at + 6)
      if (at + 6 > end || !/^[0-9A-Fa-f]{4}$/.test(hex)) bail()
      value += String.fromCharCode(parseInt(hex, 16))
      at += 5
    } else {
      const replacement = escape === undefined || at + 1 >= end ? undefined : escapes[escape]
      if (replacement === undefined) bail()
      value += replacement
      at += 1
    }
    from = at + 1
  }
  bail()
}

/** A single-quoted scalar (`''` is a quote) from `text[start]` to its closing quote before `end` (on the same line). */
function singleQuoted(text: string, start: number, end: number): string {
  let value = ''
  let from = start + 1
  for (let at = from; at < end; at++) {
    if (text.charCodeAt(at) !== 0x27) continue
    if (at + 1 < end && text.charCodeAt(at + 1) === 0x27) {
      value += text.slice(from, at + 1)
      at++
      from = at + 1
      continue
    }
    valueEnd = at + 1
    return value + text.slice(from, at)
  }
  bail()
}
