import type { Segment } from '@renderings/types'
import { tokenizeLatin, type LatinToken } from './latin-tokens.js'
import { tokenizeVietnamese, type Syllable } from './vietnamese-tokens.js'
import { findKnownRenderings, sameStem, type KnownConcepts } from './known-concepts.js'
import type { MiningDocument, ParallelUnit, Readings } from './types.js'

/** A proposed term pair from parallel text, with where each side is written. */
export interface ParallelProposal {
  document: MiningDocument
  source: { segment: Segment; start: number; end: number }
  target: { segment: Segment; start: number; end: number }
  conceptId: string | undefined
  score: number
  via: 'association' | 'reading' | 'glossary'
  anchors: string[]
}

interface UnitView {
  document: MiningDocument
  unit: ParallelUnit
  latin: Array<LatinToken & { segment: Segment }>
  viet: Array<Syllable & { segment: Segment }>
}

/** A phrase occurrence: token index range, inclusive. */
interface Occurrence { unit: number; first: number; last: number }

/**
 * Term pairs from aligned units of parallel text (Latin-script language ↔ Vietnamese):
 * - readings: a Chinese form (glossary, or words of the corpus) whose pinyin
 *   is written on one side and its Sino-Vietnamese reading on the other
 *   (Xi Jinping ↔ Tập Cận Bình);
 * - glossary: a Vietnamese rendering of a concept on one side and, on the
 *   other, a word sharing a stem with a rendering of the same concept; both
 *   widen to the compound around them (cessez-le-feu tarifaire ↔ ngừng bắn thuế quan);
 * - association: phrases that occur in the same units and nowhere else
 *   (Dice ≥ 0.8, at least twice), linked greedily best first so each phrase
 *   gets one partner (terres rares ↔ đất hiếm).
 */
export function mineParallel(
  documents: ReadonlyArray<{ document: MiningDocument; units: ParallelUnit[] }>,
  known: KnownConcepts,
  readings: Readings,
  chineseForms: ReadonlyArray<{ text: string; conceptId: string | undefined }>
): ParallelProposal[] {
  const proposals: ParallelProposal[] = []
  const forms = readForms(readings, chineseForms)
  for (const { document, units } of documents) {
    const views = units.map((unit) => view(document, unit)).filter((entry): entry is UnitView => entry !== undefined)
    const linkedLatin = new Set<string>()
    const linkedViet = new Set<string>()
    for (const entry of views) {
      for (const proposal of [...readingPairs(entry, forms), ...glossaryPairs(entry, known)]) {
        // A name written the same in both languages teaches nothing.
        if (foldedText(entry.latin, proposal.source) === foldedText(entry.viet, proposal.target)) continue
        proposals.push(proposal)
        linkedLatin.add(foldedText(entry.latin, proposal.source))
        linkedViet.add(foldedText(entry.viet, proposal.target))
      }
    }
    proposals.push(...associationPairs(document, views, linkedLatin, linkedViet))
  }
  return proposals
}

function view(document: MiningDocument, unit: ParallelUnit): UnitView | undefined {
  const sides = [unit.source, unit.target]
  const vietSide = sides.find((side) => side[0]?.lang === 'vi')
  const latinSide = sides.find((side) => side[0] !== undefined && side[0].lang !== 'vi' && side[0].lang !== 'zh')
  if (vietSide === undefined || latinSide === undefined) return undefined
  return {
    document,
    unit,
    latin: latinSide.flatMap((segment) => tokenizeLatin(segment.text, segment.lang, segment.start).map((token) => ({ ...token, segment }))),
    viet: vietSide.flatMap((segment) => tokenizeVietnamese(segment.text, segment.start).map((token) => ({ ...token, segment })))
  }
}

interface ReadForm { text: string; conceptId: string | undefined; pinyin: string; viet: string[] }

/** Each Chinese form read once (pinyin-pro is not cheap), kept only if both readings are usable. */
function readForms(readings: Readings, forms: ReadonlyArray<{ text: string; conceptId: string | undefined }>): ReadForm[] {
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

function readingPairs(entry: UnitView, forms: readonly ReadForm[]): ParallelProposal[] {
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

function glossaryPairs(entry: UnitView, known: KnownConcepts): ParallelProposal[] {
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

function associationPairs(document: MiningDocument, views: readonly UnitView[], linkedLatin: Set<string>, linkedViet: Set<string>): ParallelProposal[] {
  const latin = phrases(views, (entry) => entry.latin, 3)
  const viet = phrases(views, (entry) => entry.viet, 4)
  const pairs: Array<{ l: string; v: string; dice: number; joint: number; balance: number; lWords: number }> = []
  for (const [l, lOcc] of latin) {
    const lUnits = new Set(lOcc.map((occurrence) => occurrence.unit))
    for (const [v, vOcc] of viet) {
      const vUnits = new Set(vOcc.map((occurrence) => occurrence.unit))
      const joint = [...lUnits].filter((unit) => vUnits.has(unit)).length
      // Two units in common happen by chance all the time (dates, verbs): three at least.
      if (joint < 3) continue
      const dice = (2 * joint) / (lUnits.size + vUnits.size)
      if (dice < 0.8 || l === v) continue
      const lWords = l.split(' ').length
      const vWords = v.split(' ').length
      // A French word is one or two Vietnamese syllables.
      const balance = vWords < lWords ? vWords - lWords : vWords > 2 * lWords ? 2 * lWords - vWords : 0
      pairs.push({ l, v, dice, joint, balance, lWords })
    }
  }
  pairs.sort((a, b) => b.dice - a.dice || b.joint - a.joint || b.balance - a.balance || b.lWords - a.lWords || b.l.length - a.l.length)
  const found: ParallelProposal[] = []
  for (const pair of pairs) {
    if (clashes(pair.l, linkedLatin) || clashes(pair.v, linkedViet)) continue
    linkedLatin.add(pair.l)
    linkedViet.add(pair.v)
    const lFirst = latin.get(pair.l)![0]!
    const vFirst = viet.get(pair.v)!.find((occurrence) => occurrence.unit === lFirst.unit) ?? viet.get(pair.v)![0]!
    const entry = views[lFirst.unit]!
    const vEntry = views[vFirst.unit]!
    found.push({
      document,
      source: { segment: entry.latin[lFirst.first]!.segment, start: entry.latin[lFirst.first]!.start, end: entry.latin[lFirst.last]!.end },
      target: { segment: vEntry.viet[vFirst.first]!.segment, start: vEntry.viet[vFirst.first]!.start, end: vEntry.viet[vFirst.last]!.end },
      conceptId: undefined,
      score: Math.round(pair.dice * Math.min(1, 0.5 + pair.joint / 6) * 1000) / 1000,
      via: 'association',
      anchors: [`${pair.joint} aligned units`]
    })
  }
  return found
}

/** Phrases of up to `size` content words (function words inside only), not numbers, that are maximal. */
function phrases<T extends { folded: string; stop: boolean; number: boolean; start: number; end: number; segment: Segment }>(
  views: readonly UnitView[], side: (entry: UnitView) => T[], size: number
): Map<string, Occurrence[]> {
  const all = new Map<string, Occurrence[]>()
  views.forEach((entry, unit) => {
    const tokens = side(entry)
    for (let first = 0; first < tokens.length; first++) {
      if (tokens[first]!.stop || tokens[first]!.number) continue
      let content = 0
      for (let last = first; last < tokens.length && last < first + size + 2; last++) {
        const token = tokens[last]!
        if (token.number || (last > first && !adjacent(entry.document.segmented.text, tokens[last - 1]!, token))) break
        if (token.stop) continue
        if (++content > size) break
        const key = tokens.slice(first, last + 1).map((item) => item.folded).join(' ')
        const list = all.get(key) ?? []
        list.push({ unit, first, last })
        all.set(key, list)
      }
    }
  })
  // Keep a phrase only if no longer phrase around one of its occurrences
  // holds it in as many units ("exportations de terres rares" hides nothing
  // if it is rarer than "terres rares"). Only units seen twice can pair.
  const at = new Map<string, string>()
  const units = new Map<string, number>()
  for (const [key, occurrences] of all) {
    units.set(key, new Set(occurrences.map((occurrence) => occurrence.unit)).size)
    for (const occurrence of occurrences) at.set(`${occurrence.unit}:${occurrence.first}:${occurrence.last}`, key)
  }
  const maximal = new Map<string, Occurrence[]>()
  for (const [key, occurrences] of all) {
    const count = units.get(key)!
    if (count < 2) continue
    const hidden = occurrences.some((occurrence) => {
      for (let first = occurrence.first; first >= occurrence.first - size - 2 && first >= 0; first--) {
        for (let last = occurrence.last; last <= occurrence.last + size + 2; last++) {
          if (first === occurrence.first && last === occurrence.last) continue
          const parent = at.get(`${occurrence.unit}:${first}:${last}`)
          if (parent !== undefined && units.get(parent)! >= count) return true
        }
      }
      return false
    })
    if (!hidden) maximal.set(key, occurrences)
  }
  return maximal
}

function adjacent(text: string, left: { end: number; segment: Segment }, right: { start: number; segment: Segment }): boolean {
  return left.segment === right.segment && !/[,;:.!?()«»"“”—–]/u.test(text.slice(left.end, right.start))
}

function clashes(phrase: string, linked: ReadonlySet<string>): boolean {
  for (const other of linked) if (` ${other} `.includes(` ${phrase} `) || ` ${phrase} `.includes(` ${other} `)) return true
  return false
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

function proposal(entry: UnitView, latin: [number, number], viet: [number, number], conceptId: string | undefined, score: number, via: ParallelProposal['via'], anchors: string[]): ParallelProposal {
  const l0 = entry.latin[latin[0]]!
  const l1 = entry.latin[latin[1]]!
  const v0 = entry.viet[viet[0]]!
  const v1 = entry.viet[viet[1]]!
  return {
    document: entry.document,
    source: { segment: l0.segment, start: l0.start, end: l1.end },
    target: { segment: v0.segment, start: v0.start, end: v1.end },
    conceptId, score, via, anchors
  }
}

function foldedText<T extends { start: number; end: number; folded: string }>(tokens: readonly T[], span: { start: number; end: number }): string {
  return tokens.filter((token) => token.start >= span.start && token.end <= span.end).map((token) => token.folded).join(' ')
}

function findSequence(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) if (haystack[start + offset] !== needle[offset]) continue outer
    return start
  }
  return -1
}

/** Consecutive tokens whose folded texts, joined, spell `target` ("xi" + "jinping" = "xijinping"). */
function findConcatenation(tokens: readonly string[], target: string): [number, number] | undefined {
  for (let first = 0; first < tokens.length; first++) {
    let joined = ''
    for (let last = first; last < tokens.length && joined.length < target.length; last++) {
      joined += tokens[last]!.replace(/[^a-z]/g, '')
      if (joined === target) return [first, last]
    }
  }
  return undefined
}
