import type { AttestationOrigin, RenderingStatus } from '@renderings/types'

/** Where a candidate rendering was seen: the target occurrence, plus anything the miner keeps. */
export interface CandidateEvidence {
  /** Document of the occurrence. */
  doc: string
  /** Sentence index of the occurrence in `doc`. */
  sentence: number
  /** Offsets of the exact occurrence in `doc` (half-open, UTF-16). */
  start: number
  end: number
  /** The exact text at [start, end). */
  text: string
  /** The sentence around it, and where that sentence starts in `doc`. */
  sentenceText?: string
  sentenceStart?: number
  /** The other side (e.g. the Chinese original or the aligned sentence). */
  source?: { doc: string; sentence: number; start?: number; end?: number; text: string }
  [extra: string]: unknown
}

/** A rendering proposed by mining or alignment, waiting for review. */
export interface NewCandidate {
  /** The concept it renders; or give sourceText + sourceLang for a concept not in the glossary yet. */
  conceptId?: string
  sourceText?: string
  sourceLang?: string
  lang: string
  text: string
  /** How it was found (e.g. `quoted-original`, `alignment`). */
  method: string
  /** Higher is more confident. */
  score: number
  /** Origin of the attestation an accepted candidate creates (default `mined`). */
  origin?: Exclude<AttestationOrigin, 'curated'>
  evidence: CandidateEvidence
  doc?: string
  outlet?: string
}

export type CandidateStatus = 'pending' | 'accepted' | 'rejected'

/** A stored candidate. */
export interface Candidate extends NewCandidate {
  id: number
  status: CandidateStatus
  reason?: string
  /** The rendering created by accepting it. */
  renderingId?: number
  createdAt: string
  decidedAt?: string
}

/** What a reviewer may change while accepting. */
export interface CandidateEdits {
  text?: string
  lang?: string
  status?: RenderingStatus
  note?: string
  /** Attach to this concept (or name the concept to create). */
  conceptId?: string
}
