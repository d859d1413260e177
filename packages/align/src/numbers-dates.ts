import { fold } from './fold.js'
import { monthNumber } from './month-names.js'

/**
 * An anchor found in a sentence: a key comparable across languages, the kind
 * of evidence it is (`date`, `number`, `name`, …) and the text as written,
 * for reports.
 */
export interface Anchor {
  key: string
  kind: string
  text: string
}

// Day and month written with digits and a slash: 5/6 (day first, the
// convention of most languages; a month-first reading is added when valid).
// A full stop is left out: `1.5` is far more often a decimal than a date.
const numericDate = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d]|\/\d{1,2}\b)/g
// Day before a month name: 5 juin, 5. Juni, 5 de junio, 1er mai.
const dayMonth = /(?<!\d)(\d{1,2})(?:er|st|nd|rd|th|\.)?\s+(?:de\s+)?(\p{L}+)/gu
// Month name before a day: June 5, June 5th.
const monthDay = /(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)/gu
// East Asian dates: 6月5日; Vietnamese: 5 tháng 6, ngày 5 tháng 6.
const hanDate = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g
const vietnameseDate = /(?<!\d)(\d{1,2})\s+th[aá]ng\s+(\d{1,2})(?!\d)/giu
const digitRun = /\d+/g

/**
 * Numbers and dates of a sentence as anchors that mean the same in any
 * language: `date:5/6` for `5 juin`, `5/6`, `June 5` and `6月5日`, and
 * `number:1956` for every other run of digits. Digits consumed by a date
 * are not also counted as numbers, so `5 juin` and `5/6` agree exactly.
 */
export function numberAndDateAnchors(text: string): Anchor[] {
  if (!/\d/.test(text)) return []
  const anchors: Anchor[] = []
  const consumed: Array<[number, number]> = []
  const addDate = (day: number, month: number, start: number, end: number, written: string): void => {
    if (day < 1 || day > 31 || month < 1 || month > 12) return
    anchors.push({ key: `date:${day}/${month}`, kind: 'date', text: written })
    consumed.push([start, end])
  }
  for (const match of text.matchAll(hanDate)) addDate(Number(match[2]), Number(match[1]), match.index, match.index + match[0].length, match[0])
  for (const match of text.matchAll(vietnameseDate)) addDate(Number(match[1]), Number(match[2]), match.index, match.index + match[0].length, match[0])
  for (const match of text.matchAll(dayMonth)) {
    const month = monthNumber.get(fold(match[2]!))
    if (month !== undefined) addDate(Number(match[1]), month, match.index, match.index + match[0].length, match[0])
  }
  for (const match of text.matchAll(monthDay)) {
    const month = monthNumber.get(fold(match[1]!))
    if (month !== undefined) addDate(Number(match[2]), month, match.index, match.index + match[0].length, match[0])
  }
  for (const match of text.matchAll(numericDate)) {
    const start = match.index
    if (consumed.some(([from, to]) => start >= from && start < to)) continue
    const first = Number(match[1])
    const second = Number(match[2])
    const end = start + match[0].length
    addDate(first, second, start, end, match[0])
    if (first !== second) addDate(second, first, start, end, match[0])
  }
  for (const match of text.matchAll(digitRun)) {
    const start = match.index
    if (consumed.some(([from, to]) => start >= from && start < to)) continue
    const value = match[0].replace(/^0+(?=\d)/, '')
    anchors.push({ key: `number:${value}`, kind: 'number', text: match[0] })
  }
  return anchors
}
