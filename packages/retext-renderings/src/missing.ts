import type { Checker } from './checker.js'
import { evidenceNote } from './evidence.js'
import type { Finding, Place } from './finding.js'
import { sameLanguage } from './glossary-view.js'

/** A source sentence and its aligned target sentence (bilingual input). */
export interface AlignedPair {
  source: string
  /** Language of the source (default: each concept's own source language). */
  sourceLang?: string
  target: string
  /** Language of the target (default: the policy's `lang`, else any language but the source's). */
  targetLang?: string
  /** Where the target sentence is in the checked file (for a 1-0 pair: where it would be). */
  place: Place
}

/**
 * missing-rendering: the source sentence contains a concept and its aligned
 * target contains none of the concept's renderings. Any rendering counts as
 * present, deprecated ones included: a deprecated rendering is reported by
 * its own rule, with the same fix, and reporting it twice would be noise.
 */
export function* missingFindings(checker: Checker, pairs: Iterable<AlignedPair>): Generator<Finding> {
  const severity = checker.severity('missing-rendering')
  if (severity === 'off') return
  const { glossary, matcher } = checker
  for (const pair of pairs) {
    const inSource = new Map<string, string>()
    for (const match of matcher.match(pair.source)) {
      const rendering = glossary.rendering(match.term)
      const isSourceSide = pair.sourceLang === undefined ? rendering.isSource : sameLanguage(rendering.lang, pair.sourceLang)
      if (isSourceSide && !inSource.has(rendering.conceptId)) inSource.set(rendering.conceptId, match.text)
    }
    if (inSource.size === 0) continue
    const targetLang = pair.targetLang ?? checker.policy.lang
    const inTarget = new Set<string>()
    for (const match of matcher.match(pair.target)) {
      const rendering = glossary.rendering(match.term)
      if (rendering.isSource) continue
      if (pair.sourceLang !== undefined && sameLanguage(rendering.lang, pair.sourceLang)) continue
      if (targetLang !== undefined && !sameLanguage(rendering.lang, targetLang)) continue
      inTarget.add(rendering.conceptId)
    }
    for (const [conceptId, sourceText] of inSource) {
      if (inTarget.has(conceptId)) continue
      const entry = glossary.concept(conceptId)!.entry
      const lang = targetLang ?? '*'
      const expected = targetLang !== undefined ? glossary.expected(conceptId, targetLang) : anyLanguageExpected(checker, conceptId, entry.sourceLang)
      const { note, attestation } = evidenceNote(glossary, conceptId, undefined, expected, targetLang ?? 'target-language')
      const advice = expected.length > 0 ? `, expected ${expected.map((text) => `\`${text}\``).join(' or ')}` : ''
      const finding: Finding = {
        ruleId: 'missing-rendering',
        severity,
        reason: `Missing rendering of ${entry.sourceText}: the source sentence has \`${sourceText}\` but this sentence has none of its renderings${advice}`,
        place: pair.place,
        actual: sourceText,
        expected,
        note,
        conceptId,
        lang,
        related: []
      }
      if (attestation) finding.attestation = attestation
      yield finding
    }
  }
}

function anyLanguageExpected(checker: Checker, conceptId: string, sourceLang: string): string[] {
  const languages = new Set(checker.glossary.concept(conceptId)!.renderings.filter((rendering) => !rendering.isSource && !sameLanguage(rendering.lang, sourceLang)).map((rendering) => rendering.lang))
  return [...languages].flatMap((lang) => checker.glossary.expected(conceptId, lang))
}
