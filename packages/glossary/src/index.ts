export { parseGlossarySource, renderingStatuses } from './source-format.js'
export { parseTermIndexJson } from './term-index-json.js'
export { findAttestations, withAttestations, type AttestationSource, type FoundAttestation } from './find-attestations.js'
export { checkLanguage, isKnownLanguage } from './languages.js'
