import type { Checker } from './checker.js'
import type { ConceptUsage, DocumentReport, Occurrence, RenderingUse } from './document-check.js'
import { evidenceNote } from './evidence.js'
import type { Finding, RelatedLocation } from './finding.js'

/**
 * inconsistent-rendering inside one document: a concept rendered in two
 * (agreed) ways in one language. The reference rendering is the preferred
 * one when the document uses it, else the first one used; every occurrence
 * of the others is reported, pointing at the reference's first use.
 * Deprecated and forbidden renderings are not counted: their own rules
 * already report them.
 */
export function inconsistencyFindings(checker: Checker, usage: readonly ConceptUsage[]): Finding[] {
  const severity = checker.severity('inconsistent-rendering')
  if (severity === 'off') return []
  const findings: Finding[] = []
  for (const concept of usage) {
    if (concept.uses.length < 2) continue
    const reference = referenceUse(concept.uses)
    const first = reference.occurrences[0]!
    // One related place for all the concept's findings (their messages then share one cause).
    const related: RelatedLocation = { place: first.place, message: `\`${first.text}\` is used here` }
    const where = `this document also uses \`${first.text}\` (line ${first.place.start.line})`
    for (const use of concept.uses) {
      if (use === reference) continue
      for (const occurrence of use.occurrences) findings.push(inconsistency(checker, concept, use, occurrence, reference, related, where))
    }
  }
  return findings
}

/**
 * inconsistent-rendering across the files checked together: each document
 * is consistent with itself, but documents use different renderings of one
 * concept. The reference is the preferred rendering if any document uses
 * it, else the one most documents use (then the most uses, then the first
 * file). Each deviating document gets one finding, at the first use of its
 * own rendering, pointing at the reference's first use in another file.
 */
export function crossFileFindings(checker: Checker, reports: readonly DocumentReport[]): Map<string, Finding[]> {
  const result = new Map<string, Finding[]>()
  if (checker.severity('inconsistent-rendering') === 'off' || reports.length < 2) return result
  const byConcept = new Map<string, Array<{ file: string; concept: ConceptUsage; main: RenderingUse }>>()
  for (const report of reports) {
    for (const concept of report.usage) {
      const key = `${concept.conceptId}\u0000${concept.lang}`
      const list = byConcept.get(key) ?? []
      list.push({ file: report.file, concept, main: referenceUse(concept.uses) })
      byConcept.set(key, list)
    }
  }
  for (const documents of byConcept.values()) {
    const distinct = new Set(documents.map((document) => document.main.rendering.index))
    if (distinct.size < 2) continue
    const tally = new Map<number, { documents: number; uses: number; first: number }>()
    documents.forEach((document, order) => {
      const entry = tally.get(document.main.rendering.index) ?? { documents: 0, uses: 0, first: order }
      entry.documents++
      entry.uses += document.main.count
      tally.set(document.main.rendering.index, entry)
    })
    const preferred = documents.find((document) => document.main.rendering.status === 'preferred')
    const winner = preferred
      ? preferred.main.rendering.index
      : [...tally.entries()].sort((a, b) => b[1].documents - a[1].documents || b[1].uses - a[1].uses || a[1].first - b[1].first)[0]![0]
    const referenceDocument = documents.find((document) => document.main.rendering.index === winner)!
    const referenceOccurrence = referenceDocument.main.occurrences[0]!
    for (const document of documents) {
      if (document.main.rendering.index === winner) continue
      const occurrence = document.main.occurrences[0]!
      const finding = inconsistency(
        checker,
        document.concept,
        document.main,
        occurrence,
        referenceDocument.main,
        { file: referenceDocument.file, place: referenceOccurrence.place, message: `\`${referenceOccurrence.text}\` is used here` },
        `\`${referenceOccurrence.text}\` is used in ${referenceDocument.file} (line ${referenceOccurrence.place.start.line}), checked together with this file`
      )
      const list = result.get(document.file) ?? []
      list.push(finding)
      result.set(document.file, list)
    }
  }
  return result
}

/** The finding for `occurrence`, one of the occurrences of `use` (a rendering of `concept` other than the reference). */
function inconsistency(checker: Checker, concept: ConceptUsage, use: RenderingUse, occurrence: Occurrence, reference: RenderingUse, related: RelatedLocation, where: string): Finding {
  const { text: actual, place } = occurrence
  const entry = checker.glossary.concept(concept.conceptId)!.entry
  const expected = [reference.rendering.text]
  const { note, attestation } = evidenceNote(checker.glossary, concept.conceptId, undefined, expected, concept.lang)
  const finding: Finding = {
    ruleId: 'inconsistent-rendering',
    severity: checker.severity('inconsistent-rendering') as Finding['severity'],
    reason: `Inconsistent rendering \`${actual}\` of ${entry.sourceText}: ${where}; use one rendering`,
    place,
    actual,
    expected,
    note,
    conceptId: concept.conceptId,
    lang: concept.lang,
    related: [related]
  }
  finding.status = use.rendering.status
  if (attestation) finding.attestation = attestation
  return finding
}

/** The preferred rendering if used, else the first one used. */
function referenceUse(uses: readonly RenderingUse[]): RenderingUse {
  return uses.find((use) => use.rendering.status === 'preferred') ?? uses[0]!
}
