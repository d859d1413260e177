export { openStore, closeStore, withStore, defaultDatabasePath, type GlossaryStore, type OpenStoreOptions } from './store.js'
export { schemaVersion } from './schema.js'
export { importTermIndex, type ImportOptions, type ImportSummary } from './import-index.js'
export { writeDocuments, writeOutlets, listOutlets, type OutletSummary } from './documents.js'
export { addConcept, addRendering, addAttestation, type NewConcept, type NewRendering, type NewAttestation } from './add.js'
export { searchConcepts, type SearchHit, type SearchOptions, type MatchKind } from './search.js'
export { getConcepts, compareTerms, type ConceptDetails, type TermDetails } from './concepts.js'
export { loadTermIndex } from './term-index.js'
export { glossaryStats, type GlossaryStats } from './stats.js'
export {
  addCandidates,
  listCandidates,
  acceptCandidate,
  rejectCandidate,
  type NewCandidate,
  type Candidate,
  type CandidateEvidence,
  type CandidateEdits,
  type CandidateStatus
} from './candidates.js'
