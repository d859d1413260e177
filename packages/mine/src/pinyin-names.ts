import type { LatinToken } from './latin-tokens.js'
import type { Readings } from './types.js'

/** A name of the original written in a rendering: the Han characters and the tokens (inclusive). */
export interface PinyinName {
  han: string
  first: number
  last: number
}

/**
 * Names of a Chinese original that a rendering writes in pinyin: every two-
 * to four-character stretch of the original whose toneless pinyin, run
 * together, spells one capitalised word or two in a row (台湾 → Taïwan,
 * 习近平 → Xi Jinping). Longest first, one name per word.
 */
export function findPinyinNames(original: string, tokens: readonly LatinToken[], readings: Readings): PinyinName[] {
  if (readings.toPinyin === undefined) return []
  const characters = [...original].filter((character) => /\p{Script=Han}/u.test(character))
  const spelled = new Map<string, [number, number]>()
  tokens.forEach((token, index) => {
    if (!token.capitalised) return
    spelled.set(token.folded.replace(/[^a-z]/g, ''), [index, index])
    const next = tokens[index + 1]
    if (next?.capitalised) spelled.set((token.folded + next.folded).replace(/[^a-z]/g, ''), [index, index + 1])
  })
  const names: PinyinName[] = []
  const used = new Set<number>()
  for (let length = 4; length >= 2; length--) {
    for (let start = 0; start + length <= characters.length; start++) {
      const han = characters.slice(start, start + length).join('')
      const at = spelled.get(readings.toPinyin(han).toLowerCase().replace(/[^a-z]/g, ''))
      if (at === undefined || used.has(at[0]) || used.has(at[1])) continue
      used.add(at[0]).add(at[1])
      names.push({ han, first: at[0], last: at[1] })
    }
  }
  return names
}
