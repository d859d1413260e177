import type { TermMatch } from '@renderings/match'
import type { Checker } from './checker.js'
import { evidenceNote } from './evidence.js'
import type { Finding, Place, Point } from './finding.js'
import type { Rendering } from './glossary-view.js'
import { LineIndex } from './line-index.js'
import { inconsistencyFindings } from './inconsistency.js'
import { missingFindings, type AlignedPair } from './missing.js'
import { applySuppressions } from './apply-suppressions.js'
import { findSuppressions, type Suppression } from './suppressions.js'
import type { RuleId } from './rules.js'

/** Options of {@link DocumentCheck.add}. */
export interface AddOptions {
  base?: Point
  locate?: (offset: number) => Point
  end?: number
}

/** One use of a rendering in a document. */
export interface Occurrence {
  rendering: Rendering
  place: Place
  text: string
}

/** How a document renders one concept in one language: each rendering used, in order of first use. */
export interface ConceptUsage {
  conceptId: string
  lang: string
  uses: RenderingUse[]
}

export interface RenderingUse {
  rendering: Rendering
  count: number
  /** The first occurrences (at most {@link keptOccurrences}). */
  occurrences: Occurrence[]
}

/** What one document yields: its findings, and its usage for the cross-file pass. */
export interface DocumentReport {
  file: string
  findings: Finding[]
  usage: ConceptUsage[]
}

// A 100 MB file may use a rendering a million times; the inconsistency rule
// reports the first occurrences and counts the rest.
export const keptOccurrences = 1000

/**
 * The check of one document. Feed it the text (whole, or chunk by chunk with
 * each chunk's starting point) and aligned pairs if the input is bilingual;
 * `finish` adds the rules that need the whole document (inconsistency,
 * suppressions) and returns the report.
 */
export class DocumentCheck {
  private readonly findings: Finding[] = []
  private readonly usage = new Map<string, ConceptUsage>()
  private readonly uses = new Map<Rendering, RenderingUse>()
  private readonly suppressions: Suppression[] = []
  /** Findings by start offset, to drop repeats. */
  private readonly seen = new Map<number, Finding[]>()
  private next: Point = { line: 1, column: 1, offset: 0 }
  // End offset (in the file) of the last occurrence counted.
  private coveredUntil = 0

  constructor(
    readonly checker: Checker,
    readonly file: string
  ) {}

  /**
   * Check a piece of the text. `base` is where it starts in the file
   * (default: where the previous piece's window ended); `locate` may replace
   * the built-in line index (a caller that has one of its own). Only
   * occurrences that start before `end` count (default: the whole piece):
   * a piece cut inside a paragraph is given with some overlap after `end`,
   * so a term across the cut is still seen whole, once. Occurrences that
   * start inside an occurrence already counted are skipped, so the next
   * piece does not report the words inside it again. Returns the point at
   * `end`, where the next piece starts.
   */
  add(text: string, options: AddOptions = {}): Point {
    const end = Math.min(options.end ?? text.length, text.length)
    const index = new LineIndex(text, options.base ?? this.next)
    const lines: Locator = options.locate ? { toPoint: options.locate } : index
    this.next = index.toPoint(end)
    this.suppressions.push(...findSuppressions(end < text.length ? text.slice(0, end) : text, lines))
    const { glossary } = this.checker
    const baseOffset = index.toPoint(0).offset
    const { outer, inner } = this.checker.matcher.matchNested(text)
    for (const match of outer) {
      if (match.start >= end) break
      if (baseOffset + match.start < this.coveredUntil) continue
      const rendering = glossary.rendering(match.term)
      this.coveredUntil = Math.max(this.coveredUntil, baseOffset + match.end)
      if (rendering.isSource) continue
      if (rendering.status === 'forbidden') this.report('forbidden-rendering', occurrenceOf(rendering, match, lines))
      else if (rendering.status === 'deprecated' || rendering.status === 'superseded') this.report('deprecated-rendering', occurrenceOf(rendering, match, lines))
      else this.record(rendering, match, lines)
    }
    // A deprecated or forbidden rendering of ANOTHER concept must not hide
    // inside a longer matched phrase (a sentence-length rendering quoting
    // it). Only those two rules look inside: the words of a longer term are
    // not counted again for consistency.
    let container = 0
    for (const match of inner) {
      if (match.start >= end) break
      while (container < outer.length && outer[container]!.end <= match.start) container++
      const rendering = glossary.rendering(match.term)
      if (rendering.isSource || !(rendering.status === 'forbidden' || rendering.status === 'deprecated' || rendering.status === 'superseded')) continue
      // Outer matches sharing one span (one spelling, two concepts) are consecutive.
      let sameConcept = false
      for (let index = container; index < outer.length && outer[index]!.start === outer[container]!.start; index++) {
        if (glossary.rendering(outer[index]!.term).conceptId === rendering.conceptId) sameConcept = true
      }
      if (sameConcept) continue
      this.report(rendering.status === 'forbidden' ? 'forbidden-rendering' : 'deprecated-rendering', occurrenceOf(rendering, match, lines))
    }
    return this.next
  }

  /** Check aligned sentence pairs (bilingual input) for missing renderings. */
  addPairs(pairs: Iterable<AlignedPair>): void {
    for (const finding of missingFindings(this.checker, pairs)) this.push(finding)
  }

  /** Findings that need the whole document, suppressions applied, sorted by place. */
  finish(): DocumentReport {
    const usage = [...this.usage.values()]
    for (const finding of inconsistencyFindings(this.checker, usage)) this.push(finding)
    const findings = applySuppressions(this.checker, this.findings, this.suppressions)
    findings.sort((a, b) => a.place.start.offset - b.place.start.offset || a.place.end.offset - b.place.end.offset || a.ruleId.localeCompare(b.ruleId))
    return { file: this.file, findings, usage }
  }

  private report(ruleId: RuleId, occurrence: Occurrence): void {
    const severity = this.checker.severity(ruleId)
    if (severity === 'off') return
    const { rendering } = occurrence
    const expected = this.checker.glossary.expected(rendering.conceptId, rendering.lang)
    const { note, attestation } = evidenceNote(this.checker.glossary, rendering.conceptId, rendering, expected, rendering.lang)
    const concept = this.checker.glossary.concept(rendering.conceptId)!.entry
    const adjective = ruleId === 'forbidden-rendering' ? 'forbidden' : rendering.status === 'superseded' ? 'superseded' : 'deprecated'
    const advice = expected.length > 0 ? `, use ${expected.map((text) => `\`${text}\``).join(' or ')} instead` : ''
    const finding: Finding = {
      ruleId,
      severity,
      reason: `Unexpected ${adjective} rendering \`${occurrence.text}\` of ${concept.sourceText}${advice}`,
      place: occurrence.place,
      actual: occurrence.text,
      expected,
      note,
      conceptId: rendering.conceptId,
      lang: rendering.lang,
      status: rendering.status,
      related: []
    }
    if (attestation) finding.attestation = attestation
    this.push(finding)
  }

  private push(finding: Finding): void {
    // One span may carry renderings of two languages with the same spelling (Taïwan in fr and vi).
    const start = finding.place.start.offset
    const sameStart = this.seen.get(start)
    if (sameStart?.some((seen) => seen.ruleId === finding.ruleId && seen.conceptId === finding.conceptId && seen.place.end.offset === finding.place.end.offset)) return
    if (sameStart) sameStart.push(finding)
    else this.seen.set(start, [finding])
    if (this.checker.policy.docs) finding.url = `${this.checker.policy.docs}#${finding.ruleId}`
    this.findings.push(finding)
  }

  /** Count a use of an agreed rendering; keep its place while the rendering has fewer than {@link keptOccurrences}. */
  private record(rendering: Rendering, match: TermMatch, lines: Locator): void {
    let use = this.uses.get(rendering)
    if (!use) {
      const key = `${rendering.conceptId}\u0000${rendering.lang}`
      let concept = this.usage.get(key)
      if (!concept) {
        concept = { conceptId: rendering.conceptId, lang: rendering.lang, uses: [] }
        this.usage.set(key, concept)
      }
      use = { rendering, count: 0, occurrences: [] }
      concept.uses.push(use)
      this.uses.set(rendering, use)
    }
    use.count++
    // Places are worked out only for the occurrences kept: a frequent rendering's others are only counted.
    if (use.occurrences.length < keptOccurrences) use.occurrences.push(occurrenceOf(rendering, match, lines))
  }
}

/** What turns offsets into points: the check's line index, or the caller's. */
interface Locator {
  toPoint(offset: number): Point
}

function occurrenceOf(rendering: Rendering, match: TermMatch, lines: Locator): Occurrence {
  return { rendering, place: { start: lines.toPoint(match.start), end: lines.toPoint(match.end) }, text: match.text }
}
