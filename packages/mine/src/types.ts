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
  /** A clause of a Chinese document of the event, and the span of another document's sentence that renders it. */
  | 'rendered-clause'
  /** A phrase inside such a clause (a glossary concept, a set phrase, a chunk of linked words), and its span. */
  | 'rendered-phrase'

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
    /** The figures the score is computed from (see the package README), for a reader who wants to know why. */
    figures?: Record<string, number>
  }
  /**
   * What was found inside this pair, in the original's order: the phrases
   * of the original and the part of the rendering that renders each
   * (`rendered-phrase`), and the spans where this rendering differs from
   * another outlet's (`statement-variant`). They belong to the pair, so they
   * are listed with it rather than as candidates of their own.
   */
  parts?: CandidatePart[]
}

/** A finding inside a candidate (see `MinedCandidate.parts`): the same fields, without an id of its own. */
export type CandidatePart = Omit<MinedCandidate, 'id' | 'parts'>

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

/** A token of a text prepared by the lexicon: offsets into that text, and how much a link through it counts. */
export interface LexiconToken {
  start: number
  end: number
  text: string
  weight: number
}

/**
 * A text prepared once by the lexicon for many comparisons: the part of
 * `@renderings/lexicon`'s `PreparedSegment` the miner reads (declared here,
 * by shape, so that this package does not depend on the lexicon).
 */
export interface PreparedText {
  readonly tokens: readonly LexiconToken[]
  /** Ascending ids of everything the tokens can link to: two texts share an id where a link is possible. */
  readonly ids: Int32Array
  readonly weightSum: number
}

/** A lexical link between a token of one prepared text (`a`) and one of another (`b`), offsets into each text. */
export interface LexicalLink {
  a: { start: number; end: number }
  b: { start: number; end: number }
  weight: number
  /** What the link rests on (`cc-cedict`, `number`, `spelling`, …). */
  source: string
}

/**
 * The bilingual lexicon (`@renderings/lexicon`'s `loadLexicon()`), injected
 * so that this package holds no dictionary and loads no file.
 */
export interface MiningLexicon {
  prepare(text: string, lang: string): PreparedText
  translationLinks(a: PreparedText, b: PreparedText): LexicalLink[]
  /** Chinese words of a text by longest dictionary match, offsets into the text. */
  chineseWords(text: string): ReadonlyArray<{ start: number; end: number; text: string; known: boolean }>
  /** Candidate renderings of a Chinese word or phrase in a language, best first. */
  renderingsOf(zh: string, lang: 'en' | 'fr' | 'vi'): ReadonlyArray<{ text: string; weight: number }>
  /** Chinese text with its Traditional characters written in Simplified, character for character (offsets stay valid). */
  toSimplified(text: string): string
  /** The key the lexicon compares a Latin-script word by (French: its lemma's stem), so that the miner's words meet on the same terms. */
  stemOf(word: string, lang: string): string
}

export interface MiningOptions {
  glossary?: TermIndex
  readings?: Readings
  /**
   * The bilingual lexicon: with it, each clause of each Chinese document of
   * an event is paired with the spans of the event's other documents that
   * render it (`rendered-clause`, `rendered-phrase`). Without it, only
   * quoted originals, same statements and parallel text are mined.
   */
  lexicon?: MiningLexicon
  /**
   * Fewest documents that must render a clause or phrase of a Chinese
   * original for its renderings to be proposed (default 2: the toolkit is
   * about how outlets differ; 1 proposes every rendering found).
   */
  minRenderingDocuments?: number
  /**
   * Return every passage rendering the coverage finds, with the figures of
   * its evidence, whatever its score and overlapping others: for fitting
   * the calibrated score (`pnpm eval:mine --fit`), not for review.
   */
  calibrating?: boolean
  /** Lowest score of a same-statement match (default 0.45). */
  minStatementScore?: number
  /** Most quoted originals considered per document (default 200): a guard against pathological input. */
  maxOriginalsPerDocument?: number
}

/** A Chinese phrase or clause, not in the glossary, rendered in different ways by different outlets. */
export interface ConceptProposal {
  /** The phrase as written in the Chinese document. */
  text: string
  /** Where it is written. */
  source: EvidenceSpan
  /** Its renderings, one per document, with the candidate that proposes each. */
  renderings: Array<{ candidateId: string; doc: string; outlet: string; lang: LanguageCode; text: string }>
  /** How many outlets render it. */
  outlets: number
  /** How many different renderings (after folding case, accents and inflection) it has. */
  distinct: number
  /** In [0, 1]: how much its renderings differ (1 − their mean pairwise word overlap). */
  difference: number
  /** The rank order: difference and outlet count together. */
  score: number
}

export interface MiningResult {
  candidates: MinedCandidate[]
  unpaired: UnpairedOriginal[]
  /** New contested phrases: rendered two or more ways across outlets and not yet in the glossary, best first. */
  proposals: ConceptProposal[]
  /** Figures for the log: documents, sentences, originals, comparisons made. */
  stats: Record<string, number>
}
