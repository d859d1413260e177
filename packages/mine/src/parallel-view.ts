import type { Segment } from '@renderings/types'
import { tokenizeLatin, type LatinToken } from './latin-tokens.js'
import { tokenizeVietnamese, type Syllable } from './vietnamese-tokens.js'
import type { MiningDocument, ParallelUnit } from './types.js'

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

/** An aligned unit seen as the miner needs it: tokens of both sides, with their segment. */
export interface UnitView {
  document: MiningDocument
  unit: ParallelUnit
  latin: Array<LatinToken & { segment: Segment }>
  viet: Array<Syllable & { segment: Segment }>
}

/** A phrase occurrence: token index range, inclusive. */
export interface Occurrence { unit: number; first: number; last: number }

/** Both sides of a unit tokenised: Latin-script words and Vietnamese syllables. */
export function view(document: MiningDocument, unit: ParallelUnit): UnitView | undefined {
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

/** A proposal from token index ranges of a unit. */
export function proposal(entry: UnitView, latin: [number, number], viet: [number, number], conceptId: string | undefined, score: number, via: ParallelProposal['via'], anchors: string[]): ParallelProposal {
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

/** The folded words of `tokens` inside `span`, space-separated. */
export function foldedText<T extends { start: number; end: number; folded: string }>(tokens: readonly T[], span: { start: number; end: number }): string {
  return tokens.filter((token) => token.start >= span.start && token.end <= span.end).map((token) => token.folded).join(' ')
}

/** Where `needle` starts in `haystack`, or -1. */
export function findSequence(haystack: readonly string[], needle: readonly string[]): number {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let offset = 0; offset < needle.length; offset++) if (haystack[start + offset] !== needle[offset]) continue outer
    return start
  }
  return -1
}

/** Consecutive tokens whose folded texts, joined, spell `target` ("xi" + "jinping" = "xijinping"). */
export function findConcatenation(tokens: readonly string[], target: string): [number, number] | undefined {
  for (let first = 0; first < tokens.length; first++) {
    let joined = ''
    for (let last = first; last < tokens.length && joined.length < target.length; last++) {
      joined += tokens[last]!.replace(/[^a-z]/g, '')
      if (joined === target) return [first, last]
    }
  }
  return undefined
}
