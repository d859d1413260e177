import { originalKey } from './han-runs.js'
import { findKnownRenderings, type KnownConcepts } from './known-concepts.js'
import type { LatinToken } from './latin-tokens.js'

/** A glossary rendering of the concept overlapping `span`: the curated span wins over the guessed one. */
export function knownSpanOver(known: KnownConcepts, conceptId: string, tokens: readonly LatinToken[], span: { start: number; end: number }): { start: number; end: number } | undefined {
  const hit = findKnownRenderings(known, tokens, { concepts: new Set([conceptId]) })
    .find((entry) => tokens[entry.first]!.start < span.end && span.start < tokens[entry.last]!.end)
  return hit === undefined ? undefined : { start: tokens[hit.first]!.start, end: tokens[hit.last]!.end }
}

/** Concepts whose Chinese form is written inside the original (keyed without punctuation). */
export function conceptsInside(known: KnownConcepts, key: string): Set<string> {
  return new Set(known.chinese.filter((form) => key.includes(originalKey(form.text))).map((form) => form.conceptId))
}

/** The concept whose Chinese form is the whole original, if any. */
export function wholeConcept(known: KnownConcepts, text: string): string | undefined {
  const key = originalKey(text)
  return known.chinese.find((form) => originalKey(form.text) === key)?.conceptId
}

/** A concept's longest Chinese form. */
export function chineseOf(known: KnownConcepts, conceptId: string): string | undefined {
  return known.chinese.find((form) => form.conceptId === conceptId)?.text
}

/** Whether the tokens hold a glossary rendering of the concept. */
export function isKnown(known: KnownConcepts, conceptId: string, tokens: readonly LatinToken[]): boolean {
  return findKnownRenderings(known, tokens, { concepts: new Set([conceptId]) }).length > 0
}
