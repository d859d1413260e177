import type { Attestation, TermEntry, TermIndex } from '@renderings/types'

const statusRank = { preferred: 0, admitted: 1, deprecated: 2, superseded: 3, forbidden: 4 } as const

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * The canonical form every exporter writes: concepts by id; terms source
 * first, then the source language, then by language, status rank and text; attestations by document,
 * offsets; documents by id. Two equal glossaries therefore export to equal bytes.
 */
export function canonicalIndex(index: TermIndex): TermIndex {
  const documents = index.documents === undefined ? {} : { documents: [...index.documents].sort((a, b) => compareText(a.id, b.id)) }
  return {
    ...documents,
    concepts: [...index.concepts]
      .sort((a, b) => compareText(a.id, b.id))
      .map((concept) => ({
        ...concept,
        terms: [...concept.terms].sort((a, b) => compareTerms(a, b, concept.sourceLang)).map((term) => ({ ...term, attestations: [...term.attestations].sort(compareAttestations) }))
      }))
  }
}

function compareTerms(a: TermEntry, b: TermEntry, sourceLang: string): number {
  if (a.isSource !== b.isSource) return a.isSource ? -1 : 1
  // The source language's other terms come right after the source, so each language is one section.
  const aSourceLang = a.lang === sourceLang ? 0 : 1
  const bSourceLang = b.lang === sourceLang ? 0 : 1
  return aSourceLang - bSourceLang || compareText(a.lang, b.lang) || statusRank[a.status] - statusRank[b.status] || compareText(a.text, b.text)
}

function compareAttestations(a: Attestation, b: Attestation): number {
  return compareText(a.doc, b.doc) || a.start - b.start || a.end - b.end
}
