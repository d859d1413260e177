import type { LanguageCode, Segment, SegmentedDocument, TermIndex } from '@renderings/types'

/** How a candidate was found. */
export type MiningMethod =
  /** A quoted rendering next to its Chinese original: « … » (« 中文 »). */
  | 'quoted-original'
  /** Inside a quoted pair: the part that renders a known concept or a name. */
  | 'quoted-subphrase'
  /** A sentence of another (or the same) document renders the same original without quoting it. */
  | 'same-statement'
  /** Two renderings of one original differ in one place: each differing span renders that part. */
  | 'statement-variant'
  /** A term pair from aligned sentences of parallel documents. */
  | 'parallel'

/** One document to mine, with what the manifest says about it. */
export interface MiningDocument {
  segmented: SegmentedDocument
  outlet: string
  /** ISO date or `unknown`. */
  date: string
  /**
   * The event the document reports (a call, a speech, a paper): documents
   * are compared only with others of the same event. Documents without one
   * form one event together.
   */
  event?: string
  /**
   * Aligned units of parallel blocks (e.g. from `@renderings/align` beads).
   * When absent, blocks in two languages with the same number of paragraphs
   * are paired paragraph by paragraph.
   */
  parallel?: ParallelUnit[]
}

/** A pair of aligned stretches of one document in two languages. */
export interface ParallelUnit {
  source: Segment[]
  target: Segment[]
}

/** Where a side of a candidate is written: offsets into the original document. */
export interface EvidenceSpan {
  doc: string
  outlet: string
  date: string
  lang: LanguageCode
  /** Sentence index in the document. */
  sentence: number
  sentenceText: string
  sentenceStart: number
  start: number
  end: number
  /** The exact original text of `[start, end)`. */
  text: string
}

/** A proposed rendering, waiting for review. Nothing mined is ever preferred by itself. */
export interface MinedCandidate {
  /** Stable across runs on the same input. */
  id: string
  method: MiningMethod
  /** The glossary concept, when the original is (or contains) a known concept. */
  conceptId?: string
  /** The original phrase (Chinese for quoted originals, French for parallel pairs). */
  source: { lang: LanguageCode; text: string }
  rendering: { lang: LanguageCode; text: string }
  /** In [0, 1]: how sure the miner is. */
  score: number
  /** Whether the glossary already lists this rendering for the concept (an attestation, not news). */
  known: boolean
  evidence: {
    rendering: EvidenceSpan
    /** Where the original is written, when it is written in the corpus. */
    source?: EvidenceSpan
    /** What tied the two together: shared stems, names, numbers, glossary anchors, readings. */
    anchors: string[]
    note?: string
  }
}

/** A Chinese passage no rendering could be paired with. */
export interface UnpairedOriginal {
  doc: string
  sentence: number
  start: number
  end: number
  text: string
  reason: string
}

/** Cross-script readings, injected so this package stays free of reading tables. */
export interface Readings {
  /** Toneless pinyin, syllables separated by spaces: 习近平 → "xi jin ping". */
  toPinyin?: (han: string) => string
  /** Sino-Vietnamese reading: 习近平 → "tập cận bình". */
  toSinoVietnamese?: (han: string) => string
}

export interface MiningOptions {
  glossary?: TermIndex
  readings?: Readings
  /** Lowest score of a same-statement match (default 0.45). */
  minStatementScore?: number
  /** Most quoted originals considered per document (default 200): a guard against pathological input. */
  maxOriginalsPerDocument?: number
}

export interface MiningResult {
  candidates: MinedCandidate[]
  unpaired: UnpairedOriginal[]
  /** Figures for the log: documents, sentences, originals, comparisons made. */
  stats: Record<string, number>
}
