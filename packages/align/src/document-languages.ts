import type { Bead, BlockKind, LanguageCode, Segment, SegmentedDocument } from '@renderings/types'
import { alignSegments } from './align-segments.js'
import type { AlignOptions } from './options.js'

/** The alignment of one language of a document against another. */
export interface LanguagePairAlignment {
  sourceLang: LanguageCode
  targetLang: LanguageCode
  source: Segment[]
  target: Segment[]
  beads: Bead[]
}

/**
 * Align the languages of one multilingual document to each other (a text
 * printed with its translation, like an op-ed with French and Vietnamese
 * bodies and titles in three languages). Blocks that repeat an earlier block
 * (a title printed twice) are left out. The language with the most text is
 * the pivot; every other language is aligned against it, the one that comes
 * first in the document being the source; the pairs come largest first.
 * Titles are aligned with titles and
 * bodies with bodies (by the kind of their blocks), so a lone title in a
 * third language finds the other title rather than a body sentence.
 */
export function alignDocumentLanguages(document: SegmentedDocument, options: AlignOptions = {}): LanguagePairAlignment[] {
  const repeated = new Set(document.blocks.filter((block) => block.repeatOf !== undefined).map((block) => block.index))
  const byLanguage = new Map<LanguageCode, Segment[]>()
  for (const segment of document.segments) {
    if (repeated.has(segment.block)) continue
    const list = byLanguage.get(segment.lang) ?? []
    list.push(segment)
    byLanguage.set(segment.lang, list)
  }
  const languages = [...byLanguage.keys()]
  if (languages.length < 2) return []
  const size = (lang: LanguageCode): number => byLanguage.get(lang)!.reduce((sum, segment) => sum + segment.text.length, 0)
  const pivot = languages.reduce((best, lang) => (size(lang) > size(best) ? lang : best))
  const pivotFirst = languages.indexOf(pivot)
  const pairs = languages
    .filter((lang) => lang !== pivot)
    .map((other) => {
      const [sourceLang, targetLang] = pivotFirst < languages.indexOf(other) ? [pivot, other] : [other, pivot]
      const source = byLanguage.get(sourceLang)!
      const target = byLanguage.get(targetLang)!
      return { sourceLang, targetLang, source, target, beads: alignByBlockKind(document, source, target, options) }
    })
  // The pair with the most text first: in a bilingual article with a
  // third-language title, the two bodies are what the reader came for.
  return pairs.sort((a, b) => b.source.length + b.target.length - (a.source.length + a.target.length))
}

/** Align the segments of each block kind separately, one kind after the other. */
function alignByBlockKind(document: SegmentedDocument, source: Segment[], target: Segment[], options: AlignOptions): Bead[] {
  const kindOf = (segment: Segment): BlockKind => document.blocks[segment.block]?.kind ?? 'body'
  const kinds = [...new Set([...source, ...target].map(kindOf))]
  const beads: Bead[] = []
  for (const kind of kinds) {
    const sourceIndices = source.flatMap((segment, index) => (kindOf(segment) === kind ? [index] : []))
    const targetIndices = target.flatMap((segment, index) => (kindOf(segment) === kind ? [index] : []))
    const found = alignSegments(
      sourceIndices.map((index) => source[index]!),
      targetIndices.map((index) => target[index]!),
      options
    )
    for (const bead of found) {
      beads.push({ ...bead, source: bead.source.map((index) => sourceIndices[index]!), target: bead.target.map((index) => targetIndices[index]!) })
    }
  }
  // Kinds come in order of first appearance (titles before bodies), so the
  // beads are in reading order.
  return beads
}
