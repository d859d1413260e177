import { RenderingsError } from '@renderings/errors'
import { createTermMatcher, packSnapshot, restoreTermMatcher, unpackSnapshot, type TermMatcher, type TermMatcherSnapshot } from '@renderings/match'
import type { TermIndex } from '@renderings/types'
import { DocumentCheck } from './document-check.js'
import { GlossaryView, type Rendering } from './glossary-view.js'
import { resolvePolicy, type Policy, type ResolvedPolicy } from './policy.js'
import { packRenderings, unpackRenderings, type RenderingColumns } from './rendering-columns.js'
import { rules, ruleIds, type RuleId, type Severity } from './rules.js'

/** Options of {@link createChecker}. */
export interface CheckerOptions {
  /** Also match renderings written without their diacritics. Off by default (Vietnamese tones tell words apart). */
  foldDiacritics?: boolean
  /** Where the policy came from, for error messages. */
  policyFile?: string
}

/**
 * Everything a run needs, built once: the glossary with the policy applied,
 * and one term matcher over every rendering and source term.
 */
export class Checker {
  readonly glossary: GlossaryView
  readonly policy: ResolvedPolicy
  readonly matcher: TermMatcher

  constructor(index: TermIndex, policy: Policy | ResolvedPolicy = {}, options: CheckerOptions = {}, restored?: { renderings: Rendering[]; matcher: TermMatcher }) {
    if (index.concepts.length === 0) throw new RenderingsError('the glossary is empty: nothing to check against', { code: 'EEMPTYGLOSSARY' })
    this.policy = isResolved(policy) ? policy : resolvePolicy(policy, defaultSeverities(), options.policyFile)
    this.glossary = new GlossaryView(index, this.policy, restored?.renderings)
    if (restored) {
      this.matcher = restored.matcher
      return
    }
    const matcherOptions = options.foldDiacritics === undefined ? {} : { foldDiacritics: options.foldDiacritics }
    this.matcher = createTermMatcher(
      this.glossary.renderings.map((rendering) => ({ id: String(rendering.index), text: rendering.text, lang: rendering.lang })),
      matcherOptions
    )
  }

  severity(rule: RuleId): Severity {
    return this.policy.severity[rule]
  }

  /**
   * The compiled checker as bytes (glossary with decided statuses, policy,
   * matcher): {@link restoreChecker} gives it back without folding keys or
   * building the automaton, which is most of the start-up with a large
   * glossary. The CLI caches it by the glossary's and policy's content.
   */
  toBytes(): Uint8Array {
    const matcher = this.matcher.snapshot()
    // The renderings carry the terms (statuses decided); the entries need not repeat them.
    const concepts = [...this.glossary.concepts.values()].map((view) => ({ ...view.entry, terms: [] }))
    // The renderings go in columns (restored without parsing JSON); the
    // matcher's terms are the renderings (id = index): not stored twice.
    const renderings = packRenderings(this.glossary.renderings)
    return packSnapshot(
      { version: snapshotVersion, concepts, renderings: renderings.json, policy: this.policy, matcher: { ...matcher.json, terms: [] } },
      { ...matcher.arrays, ...renderings.arrays }
    )
  }

  /** Start checking one document (its text may then be given in chunks). */
  document(file: string): DocumentCheck {
    return new DocumentCheck(this, file)
  }
}

// Bump when the snapshot's content changes meaning.
const snapshotVersion = 2

/** A checker from {@link Checker.toBytes}, or `undefined` when the bytes are not a current snapshot. */
export function restoreChecker(bytes: Uint8Array): Checker | undefined {
  const unpacked = unpackSnapshot(bytes)
  if (!unpacked) return undefined
  const json = unpacked.json as { version: number; concepts: TermIndex['concepts']; renderings: RenderingColumns['json']; policy: ResolvedPolicy; matcher: TermMatcherSnapshot['json'] }
  if (json.version !== snapshotVersion) return undefined
  const renderings = unpackRenderings({ json: json.renderings, arrays: unpacked.arrays as unknown as RenderingColumns['arrays'] })
  const terms = renderings.map((rendering) => ({ id: String(rendering.index), text: rendering.text, lang: rendering.lang }))
  const matcher = restoreTermMatcher({ json: { ...json.matcher, terms }, arrays: unpacked.arrays as unknown as TermMatcherSnapshot['arrays'] })
  return new Checker({ concepts: json.concepts }, json.policy, {}, { renderings, matcher })
}

/** Build a {@link Checker}. An empty glossary is an error (a check against nothing would always pass). */
export function createChecker(index: TermIndex, policy: Policy | ResolvedPolicy = {}, options: CheckerOptions = {}): Checker {
  return new Checker(index, policy, options)
}

/** Every rule at its default severity. */
export function defaultSeverities(): Record<RuleId, Severity> {
  return Object.fromEntries(ruleIds.map((id) => [id, rules[id].defaultSeverity])) as Record<RuleId, Severity>
}

function isResolved(policy: Policy | ResolvedPolicy): policy is ResolvedPolicy {
  return 'severity' in policy && 'overrides' in policy
}
