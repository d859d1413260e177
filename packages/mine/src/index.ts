export { mineCorpus } from './mine-corpus.js'
export { parallelUnitsFromParagraphs } from './parallel-units.js'
export { findQuotes, type QuoteSpan } from './quotes.js'
export { tokenizeLatin, stemWord, foldLatin, type LatinToken } from './latin-tokens.js'
export type {
  CandidatePart,
  EvidenceSpan,
  MinedCandidate,
  MiningDocument,
  MiningMethod,
  MiningOptions,
  MiningResult,
  MiningLexicon,
  PreparedText,
  LexicalLink,
  LexiconToken,
  ConceptProposal,
  ParallelUnit,
  Readings,
  UnpairedOriginal
} from './types.js'
