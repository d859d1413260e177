import { monthNumber } from './month-names.js'

/**
 * An anchor found in a sentence: a key comparable across languages, the kind
 * of evidence it is (`date`, `number`, `name`, …), the text as written, for
 * reports, and where it is (UTF-16 offsets, half-open; absent for anchors
 * that other code makes without them).
 */
export interface Anchor {
  key: string
  kind: string
  text: string
  start?: number
  end?: number
}

// Day and month written with digits and a slash: 5/6 (day first, the
// convention of most languages; a month-first reading is added when valid).
// A full stop is left out: `1.5` is far more often a decimal than a date.
const numericDate = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d]|\/\d{1,2}\b)/g
// Day before a month name: 5 juin, 5. Juni, 5 de junio, 1er mai.
const dayMonth = /(?<!\d)(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?(\p{L}+)/gu
// Month name before a day: June 5, June 5th.
const monthDay = /(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)/gu
// East Asian dates: 6月5日, 六月五日; Vietnamese: 5 tháng 6, ngày 5 tháng 6.
const hanNumeral = '[0-9零〇一二两兩三四五六七八九十]'
const hanDate = new RegExp(`(${hanNumeral}{1,3})\\s*月\\s*(${hanNumeral}{1,3})\\s*[日号號]`, 'g')
const vietnameseDate = /(?<!\d)(\d{1,2})\s+th[aá]ng\s+(\d{1,2})(?!\d)/giu
// A number: digits grouped by thousands (35 000, 35,000, 1.000.000), or with
// a decimal part (3.5, 3,5), or a plain run of digits.
const digitNumber = /(?<![\d.,])\d{1,3}(?:([ \u00a0\u202f,.])\d{3})(?:\1\d{3})*(?![\d]|[.,]\d)|(?<![\d.,])\d+[.,]\d+(?![\d]|[.,]\d)|\d+/g
// What multiplies a number written before it: 3.5 millions, 350万, 5亿, 3 tỷ.
const scaleAfter = /^\s*(millions?|milliards?|billions?|thousands?|mille|triệu|tỷ|tỉ|nghìn|ngàn|[万萬亿億])/iu
const scales: Record<string, number> = { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e9, billions: 1e9, thousand: 1e3, thousands: 1e3, mille: 1e3, trieu: 1e6, ty: 1e9, ti: 1e9, nghin: 1e3, ngan: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 }
// Chinese numerals: 一千九百, 十四, 二〇二三, 三万五千, with what they count after them.
const hanNumber = /(第|百分之)?([零〇一二两兩三四五六七八九十百千万萬亿億]+)([年月日号號岁歲倍%]?)/gu
const hanDigits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const hanUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const hanScales: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 }

/**
 * Numbers and dates of a sentence as anchors that mean the same in any
 * language: `date:5/6` for `5 juin`, `5/6`, `June 5`, `6月5日` and
 * `六月五日`; `number:1956` for every other number, however it is written:
 * `35 000`, `35,000` and `3.5万` are `number:35000`, `3,5` and `3.5` are
 * `number:3.5`, `3,5 millions` is also `number:3500000`, and Chinese
 * numerals are read (`一千九百` 1900, `十四` 14, `二〇二三年` 2023,
 * `百分之五` 5). Digits consumed by a date are not also counted as numbers,
 * so `5 juin` and `5/6` agree exactly.
 */
export function numberAndDateAnchors(text: string): Anchor[] {
  // Each pattern's matches read by a loop over exec (its lastIndex reset
  // first), not matchAll, which copies the pattern and makes an iterator:
  // every sentence of an alignment comes here, some twice.
  if (!/[\d零〇一二两兩三四五六七八九十百千万萬亿億]/u.test(text)) return []
  const anchors: Anchor[] = []
  const consumed: Array<[number, number]> = []
  hanDate.lastIndex = 0
  for (let match = hanDate.exec(text); match !== null; match = hanDate.exec(text)) addDate(anchors, consumed, readNumeral(match[2]!), readNumeral(match[1]!), match.index, match.index + match[0].length, match[0])
  vietnameseDate.lastIndex = 0
  for (let match = vietnameseDate.exec(text); match !== null; match = vietnameseDate.exec(text)) addDate(anchors, consumed, Number(match[1]), Number(match[2]), match.index, match.index + match[0].length, match[0])
  if (/\d/.test(text)) {
    dayMonth.lastIndex = 0
    for (let match = dayMonth.exec(text); match !== null; match = dayMonth.exec(text)) {
      const month = monthNumber.get(fold(match[2]!))
      if (month !== undefined) addDate(anchors, consumed, Number(match[1]), month, match.index, match.index + match[0].length, match[0])
    }
    monthDay.lastIndex = 0
    for (let match = monthDay.exec(text); match !== null; match = monthDay.exec(text)) {
      const month = monthNumber.get(fold(match[1]!))
      if (month !== undefined) addDate(anchors, consumed, Number(match[2]), month, match.index, match.index + match[0].length, match[0])
    }
    numericDate.lastIndex = 0
    for (let match = numericDate.exec(text); match !== null; match = numericDate.exec(text)) {
      const start = match.index
      if (isConsumed(consumed, start)) continue
      const first = Number(match[1])
      const second = Number(match[2])
      const end = start + match[0].length
      addDate(anchors, consumed, first, second, start, end, match[0])
      if (first !== second) addDate(anchors, consumed, second, first, start, end, match[0])
    }
    digitNumber.lastIndex = 0
    for (let match = digitNumber.exec(text); match !== null; match = digitNumber.exec(text)) {
      const start = match.index
      if (isConsumed(consumed, start)) continue
      const end = start + match[0].length
      const value = digitValue(match[0], match[1])
      addNumber(anchors, text, value, start, end)
      const scale = scaleAfter.exec(text.slice(end, end + 12))
      if (scale !== null) addNumber(anchors, text, value * scales[fold(scale[1]!)]!, start, end + scale[0].length)
    }
  }
  hanNumber.lastIndex = 0
  for (let match = hanNumber.exec(text); match !== null; match = hanNumber.exec(text)) {
    const [, before = '', numeral = '', after = ''] = match
    const start = match.index + before.length
    if (isConsumed(consumed, start)) continue
    const value = hanNumeralValue(numeral, before, after)
    if (value !== undefined) addNumber(anchors, text, value, start, start + numeral.length + (after === '年' ? 1 : 0))
  }
  return anchors
}

function isConsumed(consumed: ReadonlyArray<readonly [number, number]>, start: number): boolean {
  return consumed.some(([from, to]) => start >= from && start < to)
}

function addDate(anchors: Anchor[], consumed: Array<[number, number]>, day: number, month: number, start: number, end: number, written: string): void {
  if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12)) return
  anchors.push({ key: `date:${day}/${month}`, kind: 'date', text: written, start, end })
  consumed.push([start, end])
}

function addNumber(anchors: Anchor[], text: string, value: number, start: number, end: number): void {
  anchors.push({ key: `number:${formatNumber(value)}`, kind: 'number', text: text.slice(start, end), start, end })
}

/** A month or scale word folded as the tables write it: lower case, no diacritics (`août` → `aout`, `tỷ` → `ty`). */
function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '')
}

/** The value of digits as written: thousands grouped by `group` (a space, a comma or a full stop), or a decimal part after a comma or a full stop. */
function digitValue(written: string, group: string | undefined): number {
  if (group !== undefined) return Number(written.split(group).join(''))
  return Number(written.replace(',', '.'))
}

/** A number as a key: an integer without separators or leading zeros, a decimal with a full stop. */
function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6)
}

/**
 * The value of a run of Chinese numerals when it is a number and not a word
 * that contains one (一些 "some", 统一 "unify", 千万 "by all means"): a run
 * with a digit and a unit (一千九百, 十四, 三万五千), one of digits only that
 * reads as a year or a code (二〇二三, 一九四五年), or a single digit that
 * something counts (五年, 第三, 百分之五).
 */
function hanNumeralValue(numeral: string, before: string, after: string): number | undefined {
  const characters = [...numeral]
  const hasDigit = characters.some((character) => character in hanDigits)
  const hasUnit = characters.some((character) => character in hanUnits || character in hanScales)
  if (!hasDigit && !(numeral === '十' && (before !== '' || after !== ''))) return undefined
  if (hasUnit) return readNumeral(numeral)
  if (characters.length === 1) return before !== '' || after !== '' ? hanDigits[numeral] : undefined
  // Digits only: read one by one (二〇二三 → 2023), as years and codes are; two digits only before 年 (九五年).
  if (characters.length >= 3 || after === '年' || characters.some((character) => character === '〇' || character === '零')) {
    return Number(characters.map((character) => hanDigits[character]).join(''))
  }
  return undefined
}

/** Chinese numerals (or ASCII digits) to their value: 一千九百 → 1900, 三万五千 → 35000, 二十六 → 26, 26 → 26. */
function readNumeral(numeral: string): number {
  if (/^\d+$/.test(numeral)) return Number(numeral)
  let total = 0
  let section = 0
  let digit = 0
  for (const character of numeral) {
    if (character in hanDigits) digit = hanDigits[character]!
    else if (character in hanUnits) {
      section += (digit === 0 ? 1 : digit) * hanUnits[character]!
      digit = 0
    } else if (character in hanScales) {
      const scale = hanScales[character]!
      if (scale >= 1e8) total = (total + section + digit) * scale
      else total += (section + digit) * scale
      section = 0
      digit = 0
    }
  }
  return total + section + digit
}
