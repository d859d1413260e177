import type { Bead, LanguageCode } from '@renderings/types'

/** One side of an aligned pair: its language and sentences. */
export interface AlignmentSide {
  lang: LanguageCode
  /** Document id or file name, for provenance. */
  doc: string
  sentences: string[]
  /** Each sentence's index in its whole document (defaults to its position here). */
  sentenceNumbers?: number[]
}

/** Two sides and the beads that join them. */
export interface AlignmentPair {
  source: AlignmentSide
  target: AlignmentSide
  beads: Bead[]
}

/** What every alignment format renders: one or more aligned pairs. */
export interface AlignmentReport {
  title: string
  pairs: AlignmentPair[]
}

/** Counts a linguist wants first: beads by shape, doubtful ones, sentences per side. */
export interface AlignmentSummary {
  beads: number
  shapes: Array<{ shape: string; count: number }>
  /** Beads with both sides scored below {@link doubtfulScore} (gaps are counted in `unmatched`). */
  doubtful: number
  /** 1-0 and 0-1 beads: sentences left without counterpart. */
  unmatched: number
  sourceSentences: number
  targetSentences: number
  /** Mean score of the pairings (beads with both sides). */
  meanScore: number
}

/** Beads below this score are shown as doubtful. */
export const doubtfulScore = 0.5

/** The shape of a bead, `1-1`, `2-1`, `0-1`. */
export function beadShape(bead: Bead): string {
  return `${bead.source.length}-${bead.target.length}`
}

/** The summary counts of one pair. */
export function summarizeAlignment(pair: AlignmentPair): AlignmentSummary {
  const shapes = new Map<string, number>()
  let doubtful = 0
  let unmatched = 0
  let scores = 0
  let pairings = 0
  for (const bead of pair.beads) {
    const shape = beadShape(bead)
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1)
    if (bead.source.length === 0 || bead.target.length === 0) unmatched++
    else {
      pairings++
      scores += bead.score
      if (bead.score < doubtfulScore) doubtful++
    }
  }
  return {
    beads: pair.beads.length,
    shapes: [...shapes].map(([shape, count]) => ({ shape, count })).sort((a, b) => b.count - a.count || a.shape.localeCompare(b.shape)),
    doubtful,
    unmatched,
    sourceSentences: pair.source.sentences.length,
    targetSentences: pair.target.sentences.length,
    meanScore: pairings === 0 ? 0 : scores / pairings
  }
}

/** The text of a bead's side: its sentences joined by a space. */
export function sideText(side: AlignmentSide, indices: readonly number[]): string {
  return indices.map((index) => side.sentences[index] ?? '').join(' ')
}

/** The document sentence numbers of a bead's side. */
export function sideNumbers(side: AlignmentSide, indices: readonly number[]): number[] {
  return indices.map((index) => side.sentenceNumbers?.[index] ?? index)
}
