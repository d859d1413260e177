import { toPinyin, toSinoVietnamese } from '@renderings/transliterate'
import { fold } from './fold.js'
import type { Anchor } from './numbers-dates.js'

/**
 * Readings of Chinese characters: pinyin (one toneless syllable per
 * character) and Sino-Vietnamese (every reading of each character).
 */
export interface HanReader {
  pinyin(text: string): string[]
  sinoVietnamese(text: string): string[][]
}

/**
 * The toolkit's readings (@renderings/transliterate: pinyin-pro in context,
 * and a compact table derived from Unihan's kVietnamese). Both load their
 * data on first use, so texts without Chinese never pay for them.
 */
export const transliterateReader: HanReader = { pinyin: toPinyin, sinoVietnamese: toSinoVietnamese }

const hanRun = /\p{Script=Han}+/gu
const word = /[\p{L}\p{M}]+/gu
const hasHan = /\p{Script=Han}/u
/** Names are two to four characters long (习近平, 北京, 特朗普). */
const longestName = 4
/** Enough combinations for characters with two or three readings each. */
const mostCombinations = 16

/**
 * Transliteration bridges between Chinese and an alphabetic side: every
 * two-to-four-character piece of a Chinese run stands for its pinyin
 * (`习近平` → `xijinping`) and its Sino-Vietnamese readings (`tapcanbinh`),
 * and every one-to-three-word run on the other side for its letters run
 * together (`Xi Jinping` → `xijinping`, `Tập Cận Bình` → `tapcanbinh`).
 * Only pieces found on both sides survive, so the many pieces that are not
 * names cost nothing later.
 */
export function bridgeAnchors(source: readonly string[], target: readonly string[], reader: HanReader = transliterateReader): { source: Anchor[][]; target: Anchor[][] } {
  const none = { source: source.map(() => []), target: target.map(() => []) }
  const sourceHasHan = source.some((text) => hasHan.test(text))
  const targetHasHan = target.some((text) => hasHan.test(text))
  if (sourceHasHan === targetHasHan) return none
  const hanSide = (texts: readonly string[]): Anchor[][] => texts.map((text) => hanReadingAnchors(text, reader))
  const latinSide = (texts: readonly string[]): Anchor[][] => texts.map(wordRunAnchors)
  return sourceHasHan ? { source: hanSide(source), target: latinSide(target) } : { source: latinSide(source), target: hanSide(target) }
}

function hanReadingAnchors(text: string, reader: HanReader): Anchor[] {
  const anchors: Anchor[] = []
  for (const match of text.matchAll(hanRun)) {
    const run = match[0]
    const characters = [...run]
    const pinyin = reader.pinyin(run)
    const readings = reader.sinoVietnamese(run)
    for (let start = 0; start < characters.length; start++) {
      for (let size = 2; size <= longestName && start + size <= characters.length; size++) {
        const piece = characters.slice(start, start + size).join('')
        const syllables = pinyin.length === characters.length ? pinyin.slice(start, start + size) : []
        if (syllables.length === size && syllables.every((syllable) => syllable.length > 0)) {
          anchors.push({ key: `bridge:${fold(syllables.join(''))}`, kind: 'pinyin', text: piece })
        }
        if (readings.length === characters.length) {
          for (const combination of combinations(readings.slice(start, start + size))) {
            anchors.push({ key: `bridge:${fold(combination)}`, kind: 'Sino-Vietnamese', text: piece })
          }
        }
      }
    }
  }
  return anchors
}

function combinations(readings: readonly string[][]): string[] {
  let joined = ['']
  for (const options of readings) {
    if (options.length === 0) return []
    const next: string[] = []
    for (const prefix of joined) for (const option of options) if (next.length < mostCombinations) next.push(prefix + option)
    joined = next
  }
  return joined
}

function wordRunAnchors(text: string): Anchor[] {
  const words = [...text.matchAll(word)].map((match) => match[0])
  const anchors: Anchor[] = []
  for (let start = 0; start < words.length; start++) {
    for (let size = 1; size <= 3 && start + size <= words.length; size++) {
      const run = words.slice(start, start + size)
      anchors.push({ key: `bridge:${fold(run.join(''))}`, kind: 'transliteration', text: run.join(' ') })
    }
  }
  return anchors
}
