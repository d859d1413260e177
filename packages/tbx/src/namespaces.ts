/** TBX v3 namespace as the TBX-Basic schemas in use validate it (and the ed:3.0 one some files carry). */
export const tbxNamespace = 'urn:iso:std:iso:30042:ed-2'
export const tbxNamespaces: ReadonlySet<string> = new Set([tbxNamespace, 'urn:iso:std:iso:30042:ed:3.0', ''])

/**
 * Our private data categories (outlet, attestations, forbidden, source term,
 * why contested), documented in the package README. Foreign-namespace
 * elements are what the TBX core schema allows for extensions.
 */
export const renderingsNamespace = 'urn:renderings:tbx:1'
export const renderingsPrefix = 'rdg'

/** TBX-Basic's closed list of administrative statuses. */
export const statusToTbx = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  superseded: 'supersededTerm-admn-sts',
  // TBX-Basic cannot say "forbidden": deprecated for other tools, plus our private marker.
  forbidden: 'deprecatedTerm-admn-sts'
} as const
