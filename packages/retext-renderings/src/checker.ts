import { RenderingsError } from '@renderings/errors'
import { createTermMatcher, packSnapshot, restoreTermMatcher, unpackSnapshot, type MatchTerm, type TermMatcher, type TermMatcherSnapshot } from '@renderings/match'
import type { TermIndex } from '@renderings/types'
import { DocumentCheck } from './document-check.js'
import { GlossaryView, type Rendering } from './glossary-view.js'
import { resolvePolicy, type Policy, type ResolvedPolicy } from './policy.js'
import { glossaryColumnNames, type GlossaryColumns } from './rendering-columns.js'
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
 * and one term matcher over every rendering and source term (term `i` is
 * rendering `i`).
 */
export class Checker {
  readonly glossary: GlossaryView
  readonly policy: ResolvedPolicy
  readonly matcher: TermMatcher

  /**
   * From a term index (the policy is applied to it and the matcher built),
   * or from a glossary view whose statuses are decided and its matcher (a
   * restored snapshot, see {@link restoreChecker}).
   */
  constructor(source: TermIndex | GlossaryView, policy: Policy | ResolvedPolicy = {}, options: CheckerOptions = {}, matcher?: TermMatcher) {
    if (source instanceof GlossaryView) {
      if (!matcher) throw new TypeError('Checker: a glossary view comes with its matcher')
      this.policy = isResolved(policy) ? policy : resolvePolicy(policy, defaultSeverities(), options.policyFile)
      this.glossary = source
      this.matcher = matcher
      return
    }
    if (source.concepts.length === 0) throw new RenderingsError('the glossary is empty: nothing to check against', { code: 'EEMPTYGLOSSARY' })
    this.policy = isResolved(policy) ? policy : resolvePolicy(policy, defaultSeverities(), options.policyFile)
    const glossary = new GlossaryView(source, this.policy)
    this.glossary = glossary
    const matcherOptions = options.foldDiacritics === undefined ? {} : { foldDiacritics: options.foldDiacritics }
    // Compiling reads only the renderings' texts and languages.
    const termSource = { count: glossary.renderingCount, text: (index: number) => glossary.renderingText(index), lang: (index: number) => glossary.renderingLang(index), at: lazyTermAt(glossary) }
    this.matcher = matcher ?? createTermMatcher(termSource, matcherOptions)
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
    // The matcher's terms are the renderings (id = index): not stored twice.
    const matcher = this.matcher.snapshot({ terms: false })
    return packSnapshot({ version: snapshotVersion, policy: this.policy, matcher: matcher.json }, { ...matcher.arrays, ...this.glossary.toColumns() })
  }

  /** Start checking one document (its text may then be given in chunks). */
  document(file: string): DocumentCheck {
    return new DocumentCheck(this, file)
  }
}

// Bump when the snapshot's content changes meaning.
const snapshotVersion = 5

/** Options of {@link restoreChecker}. */
export interface RestoreOptions {
  /**
   * A policy to apply to a snapshot compiled without one (`compileGlossary`,
   * the compiled glossary a glossary database keeps): its statuses are set
   * on the restored glossary, and the renderings it adds are compiled into
   * a small second automaton, so the check finds exactly what a checker
   * built from the glossary with this policy finds.
   */
  policy?: Policy | ResolvedPolicy
  /** Where the policy came from, for error messages. */
  policyFile?: string
}

/**
 * A checker from {@link Checker.toBytes}, or `undefined` when the bytes are
 * not a current snapshot. Nothing of the glossary is made up front: a
 * rendering (and the matcher's term for it) is made when a text matches it,
 * a concept when a rule needs it (or when the policy names it).
 */
export function restoreChecker(bytes: Uint8Array, options: RestoreOptions = {}): Checker | undefined {
  const unpacked = unpackSnapshot(bytes)
  if (!unpacked) return undefined
  const json = unpacked.json as { version: number; policy: ResolvedPolicy; matcher: TermMatcherSnapshot['json'] }
  if (json.version !== snapshotVersion) return undefined
  if (!glossaryColumnNames.every((name) => unpacked.arrays[name] !== undefined)) return undefined
  const columns = Object.fromEntries(glossaryColumnNames.map((name) => [name, unpacked.arrays[name]])) as unknown as GlossaryColumns
  const glossary = new GlossaryView(columns)
  let policy = json.policy
  const compiled = glossary.renderingCount
  if (options.policy !== undefined) {
    if (hasRenderingRules(json.policy)) throw new TypeError('restoreChecker: this snapshot was compiled with a policy already; a policy can only be applied to one compiled without')
    policy = isResolved(options.policy) ? options.policy : resolvePolicy(options.policy, defaultSeverities(), options.policyFile)
    glossary.applyPolicy(policy)
  }
  // The renderings the policy added, matched by a second automaton.
  const added = Array.from({ length: glossary.renderingCount - compiled }, (_, offset) => termOf(glossary.rendering(compiled + offset)))
  const matcher = restoreTermMatcher({ json: json.matcher, arrays: unpacked.arrays as unknown as TermMatcherSnapshot['arrays'] }, { termAt: lazyTermAt(glossary), extraTerms: added })
  return new Checker(glossary, policy, {}, matcher)
}

/**
 * A glossary compiled for checking, without a policy: the bytes a glossary
 * database keeps beside its data, which {@link restoreChecker} restores with
 * any project's policy.
 */
export function compileGlossary(index: TermIndex, options: Omit<CheckerOptions, 'policyFile'> = {}): Uint8Array {
  return createChecker(index, {}, options).toBytes()
}

function hasRenderingRules(policy: ResolvedPolicy): boolean {
  return policy.overrides.length > 0 || policy.agreed.length > 0
}

/**
 * The matcher's term for rendering `index` of `glossary`, made when a text
 * first matches it. The terms are kept in an array of its final length from
 * the start: one filled at scattered places turns into a hash table, slower
 * at every match.
 */
function lazyTermAt(glossary: GlossaryView): (index: number) => MatchTerm {
  const terms = new Array<MatchTerm | undefined>(glossary.renderingCount)
  return (index) => (terms[index] ??= termOf(glossary.rendering(index)))
}

/** The matcher's term for a rendering: its index is its id. */
function termOf(rendering: Rendering): MatchTerm {
  return { id: String(rendering.index), text: rendering.text, lang: rendering.lang }
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
