import type { Attestation, DocumentInfo, LanguageCode, RenderingStatus, TermIndex } from '@renderings/types'

/** A rendering proposed by mining and still waiting for review. */
export interface ProposedRendering {
  /** The concept, when known; otherwise the original groups it. */
  conceptId?: string
  sourceLang: LanguageCode
  sourceText: string
  lang: LanguageCode
  text: string
  method: string
  score: number
  attestation: Attestation
}

export interface VariationInput {
  index: TermIndex
  /** Manifest entries: outlet and date of documents the attestations lack. */
  documents?: DocumentInfo[]
  proposed?: ProposedRendering[]
  title?: string
}

/** One rendering as one outlet uses it. */
export interface VariationRendering {
  lang: LanguageCode
  text: string
  /** Glossary status, or `proposed` for a mined candidate not reviewed yet. */
  status: RenderingStatus | 'proposed'
  count: number
  firstDate: string
  lastDate: string
  attestations: Attestation[]
}

/** One document rendering one original in more than one way. */
export interface VariationFlag {
  doc: string
  outlet: string
  lang: LanguageCode
  renderings: string[]
}

export interface VariationRow {
  id: string
  source: { lang: LanguageCode; text: string }
  gloss?: string
  contested?: string
  /** The glossary's renderings by language (what the outlets are compared with). */
  glossary: Array<{ lang: LanguageCode; text: string; status: RenderingStatus }>
  /** Outlet → its renderings, languages side by side. */
  cells: Record<string, VariationRendering[]>
  flags: VariationFlag[]
}

export interface VariationReport {
  title: string
  outlets: string[]
  languages: LanguageCode[]
  rows: VariationRow[]
}

/**
 * The concept × outlet table of renderings: for each concept with at least
 * one attestation (curated, mined or proposed), each outlet's renderings with
 * counts and first/last dates, and flags where one document renders the same
 * original in two ways (attestations that do not overlap, different texts).
 */
export function buildVariationReport(input: VariationInput): VariationReport {
  const outletOf = new Map((input.documents ?? []).map((document) => [document.id, document]))
  const rows: VariationRow[] = []
  const proposedByConcept = new Map<string, ProposedRendering[]>()
  // A proposal naming no concept joins the concept whose source it quotes, if any.
  const conceptBySource = new Map(input.index.concepts.map((concept) => [concept.sourceText, concept.id]))
  for (const proposal of input.proposed ?? []) {
    const key = proposal.conceptId ?? conceptBySource.get(proposal.sourceText) ?? `proposed:${proposal.sourceText}`
    proposedByConcept.set(key, [...(proposedByConcept.get(key) ?? []), proposal])
  }
  const conceptIds = new Set(input.index.concepts.map((concept) => concept.id))
  const entries = [
    ...input.index.concepts.map((concept) => ({
      id: concept.id,
      source: { lang: concept.sourceLang, text: concept.sourceText },
      gloss: concept.gloss,
      contested: concept.contested,
      terms: concept.terms.filter((term) => !term.isSource)
    })),
    ...[...proposedByConcept.keys()].filter((key) => !conceptIds.has(key)).map((key) => {
      const first = proposedByConcept.get(key)![0]!
      return { id: key, source: { lang: first.sourceLang, text: first.sourceText }, gloss: undefined, contested: undefined, terms: [] }
    })
  ]
  for (const entry of entries) {
    const uses: Array<{ lang: string; text: string; status: VariationRendering['status']; attestation: Attestation }> = []
    for (const term of entry.terms) for (const attestation of term.attestations) uses.push({ lang: term.lang, text: term.text, status: term.status, attestation })
    for (const proposal of proposedByConcept.get(entry.id) ?? []) {
      uses.push({ lang: proposal.lang, text: proposal.text, status: 'proposed', attestation: proposal.attestation })
    }
    if (uses.length === 0) continue
    const cells: Record<string, VariationRendering[]> = {}
    for (const use of uses) {
      const info = outletOf.get(use.attestation.doc)
      const outlet = use.attestation.outlet || info?.outlet || 'unknown outlet'
      const date = use.attestation.date || info?.date || 'unknown'
      const list = (cells[outlet] ??= [])
      let rendering = list.find((item) => item.lang === use.lang && item.text === use.text)
      if (rendering === undefined) {
        rendering = { lang: use.lang, text: use.text, status: use.status, count: 0, firstDate: date, lastDate: date, attestations: [] }
        list.push(rendering)
      }
      if (rendering.attestations.some((seen) => seen.doc === use.attestation.doc && seen.start === use.attestation.start && seen.end === use.attestation.end)) continue
      rendering.count++
      rendering.attestations.push({ ...use.attestation, outlet, date })
      if (date < rendering.firstDate) rendering.firstDate = date
      if (date > rendering.lastDate) rendering.lastDate = date
    }
    for (const list of Object.values(cells)) list.sort((a, b) => a.lang.localeCompare(b.lang) || b.count - a.count || a.text.localeCompare(b.text))
    const row: VariationRow = {
      id: entry.id,
      source: entry.source,
      glossary: entry.terms.map((term) => ({ lang: term.lang, text: term.text, status: term.status })),
      cells,
      flags: findFlags(cells)
    }
    if (entry.gloss !== undefined) row.gloss = entry.gloss
    if (entry.contested !== undefined) row.contested = entry.contested
    rows.push(row)
  }
  const outlets = [...new Set(rows.flatMap((row) => Object.keys(row.cells)))].sort()
  const languages = [...new Set(rows.flatMap((row) => Object.values(row.cells).flat().map((rendering) => rendering.lang)))].sort()
  return { title: input.title ?? 'Renderings across outlets', outlets, languages, rows }
}

function findFlags(cells: Record<string, VariationRendering[]>): VariationFlag[] {
  const flags: VariationFlag[] = []
  for (const [outlet, renderings] of Object.entries(cells)) {
    const byDoc = new Map<string, Array<{ lang: string; text: string; attestation: Attestation }>>()
    for (const rendering of renderings) {
      for (const attestation of rendering.attestations) {
        byDoc.set(attestation.doc, [...(byDoc.get(attestation.doc) ?? []), { lang: rendering.lang, text: rendering.text, attestation }])
      }
    }
    for (const [doc, uses] of byDoc) {
      for (const lang of new Set(uses.map((use) => use.lang))) {
        const inLang = uses.filter((use) => use.lang === lang)
        // Two ways means two texts at places that do not overlap, neither
        // holding the other (a phrase and the longer quotation holding it,
        // "Poutine" and "Vladimir Poutine", are one way, not two).
        const distinct = new Set<string>()
        for (const a of inLang) {
          for (const b of inLang) {
            if (a.text !== b.text && !contains(a.text, b.text) && (a.attestation.end <= b.attestation.start || b.attestation.end <= a.attestation.start)) {
              distinct.add(a.text).add(b.text)
            }
          }
        }
        if (distinct.size >= 2) flags.push({ doc, outlet, lang, renderings: [...distinct].sort() })
      }
    }
  }
  return flags.sort((a, b) => a.doc.localeCompare(b.doc) || a.lang.localeCompare(b.lang))
}

/**
 * One text holds the other once case, accents, hyphens, spaces and
 * apostrophes are set aside ("Maison Blanche" / "Maison-Blanche" is one way).
 */
function contains(a: string, b: string): boolean {
  const fold = (text: string): string => text.normalize('NFD').replace(/[\p{M}\p{P}\p{Z}\s]+/gu, '').toLowerCase()
  const left = fold(a)
  const right = fold(b)
  return left.includes(right) || right.includes(left)
}
