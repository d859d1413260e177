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
 * Only pieces found on both sides are emitted: the word runs of the
 * alphabetic side are collected first, a Chinese piece is kept only when its
 * reading is among them, and a word run only when some piece read as it. A
 * Chinese sentence has a hundred-odd pieces; keeping them all would fill
 * memory with keys that can never match. Sino-Vietnamese readings are only
 * tried against text written with Vietnamese letters. `pinyin` false leaves
 * pinyin out (the aligner does when @renderings/lexicon links the words:
 * CC-CEDICT renders the names it knows, the induced lexicon learns the
 * others, and reading every character in context is a fifth of the time).
 */
export function bridgeAnchors(source: readonly string[], target: readonly string[], reader: HanReader = transliterateReader, pinyin = true): { source: Anchor[][]; target: Anchor[][] } {
  const none = { source: source.map(() => []), target: target.map(() => []) }
  const sourceHasHan = source.some((text) => hasHan.test(text))
  const targetHasHan = target.some((text) => hasHan.test(text))
  if (sourceHasHan === targetHasHan) return none
  const [hanTexts, latinTexts] = sourceHasHan ? [source, target] : [target, source]
  const vietnamese = latinTexts.some((text) => vietnameseLetters.test(text))
  if (!pinyin && !vietnamese) return none
  const runs = new Set<string>()
  for (const text of latinTexts) for (const anchor of wordRunAnchors(text)) runs.add(anchor.key)
  const matched = new Set<string>()
  const hanAnchors = hanTexts.map((text) => hanReadingAnchors(text, reader, runs, pinyin, vietnamese, matched))
  const latinAnchors = latinTexts.map((text) => wordRunAnchors(text).filter((anchor) => matched.has(anchor.key)))
  return sourceHasHan ? { source: hanAnchors, target: latinAnchors } : { source: latinAnchors, target: hanAnchors }
}

/** Letters only Vietnamese writes among Latin-script languages. */
const vietnameseLetters = /[ăắằẳẵặơớờởỡợưứừửữựđẠ-ỹ]/iu

function hanReadingAnchors(text: string, reader: HanReader, runs: ReadonlySet<string>, withPinyin: boolean, vietnamese: boolean, matched: Set<string>): Anchor[] {
  const anchors: Anchor[] = []
  for (const match of text.matchAll(hanRun)) {
    const run = match[0]
    const characters = [...run]
    const pinyin = withPinyin ? reader.pinyin(run) : []
    const readings = vietnamese ? reader.sinoVietnamese(run) : []
    const keep = (key: string, kind: string, piece: string): void => {
      if (!runs.has(key)) return
      matched.add(key)
      anchors.push({ key, kind, text: piece })
    }
    for (let start = 0; start < characters.length; start++) {
      for (let size = 2; size <= longestName && start + size <= characters.length; size++) {
        const piece = characters.slice(start, start + size).join('')
        const syllables = pinyin.length === characters.length ? pinyin.slice(start, start + size) : []
        if (syllables.length === size && syllables.every((syllable) => syllable.length > 0)) {
          keep(`bridge:${fold(syllables.join(''))}`, 'pinyin', piece)
        }
        if (readings.length === characters.length) {
          for (const combination of combinations(readings.slice(start, start + size))) {
            keep(`bridge:${fold(combination)}`, 'Sino-Vietnamese', piece)
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
