import { hanCharacters } from './han-characters.js'
import { foldLatin, foldedSyllables, hasDiacritics, vietnameseToneKey } from './latin-fold.js'
import { memoizeByString } from './memo.js'
import { pinyinAlternatives, toPinyin } from './pinyin.js'
import { toSinoVietnamese } from './sino-vietnamese.js'

/** Folded readings per character, remembered: computing them is most of a match's cost. */
const foldedPinyinAlternatives = memoizeByString((han) => pinyinAlternatives(han).map((readings) => readings.map(foldLatin)))
const foldedPinyinKey = memoizeByString((han) => foldLatin(toPinyin(han).join('')))
const sinoVietnameseKeys = memoizeByString((han) => {
  const readings = toSinoVietnamese(han)
  return { withTones: readings.map((options) => options.map(vietnameseToneKey)), bare: readings.map((options) => options.map(foldLatin)) }
})

/**
 * A key to compare a name across scripts: for Chinese, its toneless pinyin
 * run together; for Latin script, the text folded the same way. So
 * `pinyinKey('习近平') === pinyinKey('Xi Jinping') === 'xijinping'`.
 * Text that mixes both keys its Chinese part only.
 */
export function pinyinKey(text: string): string {
  return hanCharacters(text).length > 0 ? foldedPinyinKey(text) : foldLatin(text)
}

/**
 * Whether the Latin-script `latin` spells the Chinese `han` in pinyin,
 * whatever its spacing, case, tone marks or hyphens (`Xi Jinping`,
 * `XI Jin-ping`, `Xí Jìnpíng`). Every reading of a polyphone is tried, so
 * 重庆 matches `Chongqing` and a rarer reading still matches.
 */
export function matchesPinyin(han: string, latin: string): boolean {
  const target = foldLatin(latin)
  const alternatives = foldedPinyinAlternatives(han)
  if (alternatives.length === 0 || target.length === 0) return false
  return spells(target, 0, alternatives, 0, new Set())
}

/** Whether target[from…] is exactly one reading per character from `index` on. */
function spells(target: string, from: number, alternatives: string[][], index: number, failed: Set<string>): boolean {
  if (index === alternatives.length) return from === target.length
  const state = `${from}:${index}`
  if (failed.has(state)) return false
  for (const reading of alternatives[index]!) {
    if (reading.length > 0 && target.startsWith(reading, from) && spells(target, from + reading.length, alternatives, index + 1, failed)) return true
  }
  failed.add(state)
  return false
}

/**
 * Whether the Vietnamese `vietnamese` is the Sino-Vietnamese reading of the
 * Chinese `han`, syllable by syllable (`习近平` ↔ `Tập Cận Bình`): as many
 * syllables as characters, each one of its character's readings. Case,
 * spacing, hyphens, NFC/NFD and the tone's placement (`hòa`/`hoà`) do not
 * matter; written with diacritics, the tones must agree; written without
 * any (`Tap Can Binh`), the bare letters are compared.
 */
export function matchesSinoVietnamese(han: string, vietnamese: string): boolean {
  const withTones = hasDiacritics(vietnamese)
  const keys = sinoVietnameseKeys(han)
  const readings = withTones ? keys.withTones : keys.bare
  const syllables = withTones ? vietnamese.split(/[^\p{L}\p{M}\p{N}]+/u).filter((part) => part.length > 0).map(vietnameseToneKey) : foldedSyllables(vietnamese)
  if (readings.length === 0 || readings.length !== syllables.length) return false
  return readings.every((options, index) => options.includes(syllables[index]!))
}
