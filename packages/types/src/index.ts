/**
 * Shared shapes of the renderings toolkit. Type declarations only: this
 * package has no runtime code, so importing it costs nothing.
 *
 * Every offset is a UTF-16 code-unit index into the ORIGINAL document text
 * (as JavaScript strings and vfile count), half-open: `[start, end)`.
 */

/** ISO 639-1 code of a language in play (`fr`, `vi`, `zh`, `en`, `de`, …). */
export type LanguageCode = string

/** A half-open range of UTF-16 offsets into the original text. */
export interface Span {
  start: number
  end: number
}

/** A word of a Chinese run, as segmentit split it. */
export interface HanWord extends Span {
  text: string
}

/** A Vietnamese word of several syllables in a segment (offsets into the document). */
export interface VietnameseWordSpan extends Span {
  text: string
}

/**
 * Where a run of Chinese sits in the other-language text around it.
 * - `quoted-original`: inside quotation marks right after (or before) a
 *   quoted rendering, e.g. `« … » (« 共同维护好二战胜利成果 »)`;
 * - `parenthesised`: inside parentheses without a neighbouring quotation;
 * - `source-item`: in an item of a numbered Sources list;
 * - `inline`: anywhere else inside other-language text;
 * - `standalone`: the block itself is Chinese.
 */
export type HanContext = 'quoted-original' | 'parenthesised' | 'source-item' | 'inline' | 'standalone'

/** A run of Han characters (with the Chinese punctuation inside it). */
export interface HanRun extends Span {
  text: string
  context: HanContext
  /** Chinese sentences inside the run, split at 。！？ */
  sentences: Span[]
  words: HanWord[]
}

/** A footnote call number written after a sentence (`… américain 1.`). */
export interface FootnoteReference extends Span {
  /** The number as written, e.g. `"1"`. */
  label: string
}

/** What kind of segment a sentence-level unit is. */
export type SegmentKind = 'sentence' | 'title' | 'heading' | 'bullet' | 'source-item'

/** One sentence (or bullet item, title, heading, sources item) of a document. */
export interface Segment extends Span {
  /** Document id (the manifest id, or the file name without extension). */
  doc: string
  /** Index of the language block in the document, from 0. */
  block: number
  lang: LanguageCode
  /** Index of the paragraph inside its block, from 0. */
  paragraph: number
  /** Index of the sentence inside the whole document, from 0. */
  sentence: number
  kind: SegmentKind
  /** The original text of `[start, end)`. */
  text: string
  footnotes: FootnoteReference[]
  han: HanRun[]
  /**
   * Vietnamese segments only: the words of several syllables (`đất hiếm`,
   * `Tập Cận Bình`), by maximum matching over @renderings/parse-vi's
   * lexicon and grouping of capitalised names. Single syllables are not
   * listed: every syllable outside these is a word of its own.
   */
  words?: VietnameseWordSpan[]
  /** The list item's number as written (`"1"`), for numbered bullets and sources items. */
  label?: string
}

/** What role a block plays in its document. */
export type BlockKind = 'title' | 'heading' | 'body' | 'byline' | 'sources' | 'boilerplate'

/** A run of consecutive paragraphs in one language. */
export interface LanguageBlock extends Span {
  index: number
  lang: LanguageCode
  kind: BlockKind
  /** Set when this block repeats an earlier block's text (a repeated title). */
  repeatOf?: number
  paragraphs: Span[]
}

/** A document cut into blocks and segments. */
export interface SegmentedDocument {
  doc: string
  text: string
  blocks: LanguageBlock[]
  segments: Segment[]
}

/** Where a document came from, as the manifest says. */
export interface DocumentInfo {
  id: string
  file: string
  outlet: string
  /** Quoted text from the document, or `inference: …`. */
  outletEvidence: string
  /** ISO date `YYYY-MM-DD`, or `unknown`. */
  date: string
  /** What the date rests on: quoted text, or `inference: …`. */
  dateEvidence?: string
  title: string
  kind: string
  languages: LanguageCode[]
}

/**
 * An alignment bead: 0-based indices of the source and target sentences it
 * joins (either side may be empty for 1-0 and 0-1 beads).
 */
export interface Bead {
  source: number[]
  target: number[]
  /** Higher is more confident; in [0, 1]. */
  score: number
  /** What decided the bead, for reports (`length`, `number 5/6`, `name Xi`, …). */
  evidence: string[]
  /**
   * The anchors the two sides share, as written on each side (e.g.
   * `{ kind: 'date', source: '5 juin', target: '5/6' }`), so reports can
   * highlight them.
   */
  anchors?: BeadAnchor[]
}

/** An anchor shared by the two sides of a bead. */
export interface BeadAnchor {
  kind: string
  source: string
  target: string
}

/** Administrative status of a rendering (TBX-Basic's four, plus `forbidden`). */
export type RenderingStatus = 'preferred' | 'admitted' | 'deprecated' | 'superseded' | 'forbidden'

/** Where an attestation came from. */
export type AttestationOrigin = 'curated' | 'mined' | 'aligned'

/** One use of a rendering in a document. */
export interface Attestation extends Span {
  doc: string
  outlet: string
  date: string
  /** Sentence index in the document. */
  sentence: number
  /** The exact original text of `[start, end)`. */
  text: string
  origin: AttestationOrigin
  /** The sentence around the attestation, for keyword-in-context display. */
  context?: string
  /** Document offset where `context` starts (so `start - contextStart` indexes into it). */
  contextStart?: number
}

/** A term of a concept in one language. */
export interface TermEntry {
  conceptId: string
  lang: LanguageCode
  text: string
  status: RenderingStatus
  /** Whether this is the concept's source phrase (e.g. the Chinese original). */
  isSource: boolean
  note?: string
  attestations: Attestation[]
}

/** A concept with its terms: what the matcher and the checker need. */
export interface ConceptEntry {
  id: string
  sourceLang: LanguageCode
  sourceText: string
  gloss?: string
  domain?: string
  note?: string
  contested?: string
  terms: TermEntry[]
}

/** The glossary as data, independent of where it is stored. */
export interface TermIndex {
  concepts: ConceptEntry[]
  /**
   * The documents the attestations come from, as the store describes them
   * (set by the glossary store and the exporters, so a glossary travels with
   * its sources; absent in the curated source).
   */
  documents?: DocumentInfo[]
}
