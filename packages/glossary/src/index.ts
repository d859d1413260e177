export { parseGlossarySource, renderingStatuses } from './source-format.js'
export { findAttestations, withAttestations, type AttestationSource, type FoundAttestation } from './find-attestations.js'
export { checkLanguage, isKnownLanguage } from './languages.js'
