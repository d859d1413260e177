import { createRequire } from 'node:module'
import type * as PinyinPro from 'pinyin-pro'
import { hanCharacters } from './han-characters.js'

const require = createRequire(import.meta.url)
let pinyinPro: typeof PinyinPro | undefined

/**
 * pinyin-pro, required on first use: its dictionaries take about 0.2 s to
 * load, which a command that never meets Chinese must not pay. Synchronous,
 * so that toPinyin stays a plain function.
 */
function loadPinyinPro(): typeof PinyinPro {
  pinyinPro ??= require('pinyin-pro') as typeof PinyinPro
  return pinyinPro
}

/**
 * Toneless lower-case pinyin of each Han character of `text` (other
 * characters are skipped), read in context so that polyphones come out as
 * the word wants them (重庆 → chong qing). A character pinyin-pro does not
 * know gives an empty string.
 */
export function toPinyin(text: string): string[] {
  const { pinyin } = loadPinyinPro()
  const readings: string[] = []
  for (const item of pinyin(text, { toneType: 'none', type: 'all' })) {
    if (!/^\p{Unified_Ideograph}$/u.test(item.origin)) continue
    readings.push(item.pinyin.toLowerCase())
  }
  return readings
}

/**
 * Every toneless reading of each Han character of `text`: the reading in
 * context first, then the other readings of a polyphone.
 */
export function pinyinAlternatives(text: string): string[][] {
  const { pinyin } = loadPinyinPro()
  const inContext = toPinyin(text)
  return hanCharacters(text).map((character, index) => {
    const all = pinyin(character, { toneType: 'none', multiple: true, type: 'array' }).map((reading) => reading.toLowerCase())
    return [...new Set([inContext[index] ?? '', ...all].filter((reading) => reading.length > 0))]
  })
}
