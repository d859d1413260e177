import type { Segment } from '@renderings/types'
import type { LatinToken } from './latin-tokens.js'
import type { Syllable } from './vietnamese-tokens.js'
import { findKnownRenderings, sameStem, type KnownConcepts } from './known-concepts.js'
import { findConcatenation, findSequence, proposal, type ParallelProposal, type UnitView } from './parallel-view.js'
import type { Readings } from './types.js'

/** A Chinese form with its two readings. */
export interface ReadForm { text: string; conceptId: string | undefined; pinyin: string; viet: string[] }

/** Each Chinese form read once (pinyin-pro is not cheap), kept only if both readings are usable. */
export function readForms(readings: Readings, forms: ReadonlyArray<{ text: string; conceptId: string | undefined }>): ReadForm[] {
  if (readings.toPinyin === undefined || readings.toSinoVietnamese === undefined) return []
  const read: ReadForm[] = []
  for (const form of forms) {
    const pinyin = readings.toPinyin(form.text).toLowerCase().replace(/[^a-z]/g, '')
    const viet = readings.toSinoVietnamese(form.text).normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean)
    if (pinyin.length >= 4 && viet.length >= 2) read.push({ ...form, pinyin, viet })
  }
  // Longest first: 习近平 claims "Xi Jinping" before 近平 could claim "Jinping".
  return read.sort((a, b) => b.viet.length - a.viet.length)
}

/** Names bridged by readings: the pinyin on the Latin side, the Sino-Vietnamese reading on the other. */
export function readingPairs(entry: UnitView, forms: readonly ReadForm[]): ParallelProposal[] {
  if (forms.length === 0) return []
  const found: ParallelProposal[] = []
  const syllables = entry.viet.map((syllable) => syllable.folded)
  const present = new Set(syllables)
  const latinJoined = entry.latin.map((token) => token.folded)
  for (const form of forms) {
    if (!form.viet.every((syllable) => present.has(syllable))) continue
    const vietAt = findSequence(syllables, form.viet)
    if (vietAt < 0) continue
    const latinAt = findConcatenation(latinJoined, form.pinyin)
    if (latinAt === undefined) continue
    const claimed = found.some((other) => other.target.start <= entry.viet[vietAt]!.start && entry.viet[vietAt]!.start < other.target.end)
    if (claimed) continue
    found.push(proposal(entry, latinAt, [vietAt, vietAt + form.viet.length - 1], form.conceptId, 0.9, 'reading', [form.text]))
  }
  return found
}

/** Glossary renderings of one concept on both sides, or a Vietnamese one and a derived French word. */
export function glossaryPairs(entry: UnitView, known: KnownConcepts): ParallelProposal[] {
  const found: ParallelProposal[] = []
  const vietFolded = entry.viet.map((syllable) => syllable.folded)
  const latinLang = entry.latin[0]?.segment.lang
  for (const [conceptId, renderings] of known.byConcept) {
    for (const rendering of renderings.filter((candidate) => candidate.lang === 'vi')) {
      const syllables = rendering.text.normalize('NFC').toLowerCase().split(/\s+/)
      const at = findSequence(vietFolded, syllables)
      if (at < 0) continue
      const viet: [number, number] = [at, at + syllables.length - 1]
      const exact = findKnownRenderings(known, entry.latin, { concepts: new Set([conceptId]) }).find((hit) => hit.rendering.lang === latinLang)
      if (exact !== undefined) {
        found.push(proposal(entry, [exact.first, exact.last], viet, conceptId, 0.85, 'glossary', [exact.rendering.text, rendering.text]))
        continue
      }
      // No French rendering written: one word derived from one of them
      // ("tarifaire" from "tarifs") anchors the compound around it.
      const stems = renderings.filter((other) => other.lang === latinLang).flatMap((other) => other.stems)
      const anchors = entry.latin.flatMap((token, index) => (!token.stop && stems.some((stem) => stem !== token.stem && sameStem(stem, token.stem)) ? [index] : []))
      if (anchors.length !== 1) continue
      const anchor = anchors[0]!
      const latin = widenLatin(entry.latin, anchor)
      const widened = widenViet(entry.viet, viet[0], viet[1], anchor - latin[0], latin[1] - anchor)
      found.push(proposal(entry, latin, widened, undefined, 0.6, 'glossary', [entry.latin[anchor]!.text, rendering.text]))
    }
  }
  return found
}

function widenLatin(tokens: ReadonlyArray<LatinToken & { segment: Segment }>, anchor: number): [number, number] {
  let first = anchor
  let last = anchor
  const text = (index: number): boolean => tokens[index] !== undefined && !tokens[index]!.stop && !tokens[index]!.number && tokens[index]!.segment === tokens[anchor]!.segment
  while (first - 1 >= 0 && anchor - first < 2 && text(first - 1)) first--
  while (last - anchor < 2 && text(last + 1)) last++
  return [first, last]
}

function widenViet(syllables: ReadonlyArray<Syllable & { segment: Segment }>, first: number, last: number, left: number, right: number): [number, number] {
  const usable = (index: number): boolean => syllables[index] !== undefined && !syllables[index]!.stop && !syllables[index]!.number && syllables[index]!.segment === syllables[first]!.segment
  // A Vietnamese word is mostly two syllables: one Latin word, two syllables.
  for (let step = 0; step < left * 2 && usable(first - 1); step++) first--
  for (let step = 0; step < right * 2 && usable(last + 1); step++) last++
  return [first, last]
}

