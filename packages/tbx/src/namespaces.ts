/** TBX v3 namespace as the TBX-Basic schemas in use validate it (and the ed:3.0 one some files carry). */
export const tbxNamespace = 'urn:iso:std:iso:30042:ed-2'
export const tbxNamespaces: ReadonlySet<string> = new Set([tbxNamespace, 'urn:iso:std:iso:30042:ed:3.0', ''])

/**
 * The private namespace that files exported before the export became valid
 * TBX-Basic used for the source term, forbidden, why contested and each
 * attestation. Nothing is written in it any more; it is still read, so
 * those files import as they did.
 */
export const renderingsNamespace = 'urn:renderings:tbx:1'

/** TBX-Basic's closed list of administrative statuses. */
export const statusToTbx = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  superseded: 'supersededTerm-admn-sts',
  // TBX-Basic cannot say "forbidden": deprecated, in the "forbidden" project subset.
  forbidden: 'deprecatedTerm-admn-sts'
} as const

/** The projectSubset values that carry what TBX-Basic has no status or category for. */
export const contestedSubset = 'contested'
export const forbiddenSubset = 'forbidden'
