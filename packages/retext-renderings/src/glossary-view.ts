import { RenderingsError } from '@renderings/errors'
import { foldKey } from '@renderings/normalize'
import type { Attestation, ConceptEntry, RenderingStatus, TermIndex } from '@renderings/types'
import type { ResolvedPolicy } from './policy.js'

/** A rendering with the status the check applies (the glossary's, changed by the policy). */
export interface Rendering {
  index: number
  conceptId: string
  lang: string
  text: string
  status: RenderingStatus
  /** Why the status is what it is: `glossary`, or `policy` when the policy set or overrode it. */
  decidedBy: 'glossary' | 'policy'
  isSource: boolean
  attestations: Attestation[]
}

export interface ConceptView {
  entry: ConceptEntry
  renderings: Rendering[]
}

/**
 * The glossary as the check sees it: one list of renderings with effective
 * statuses, grouped by concept. Built once per run.
 */
export class GlossaryView {
  readonly concepts = new Map<string, ConceptView>()
  readonly renderings: Rendering[] = []

  constructor(index: TermIndex, policy: ResolvedPolicy, restored?: readonly Rendering[]) {
    if (restored) {
      // From a snapshot: the statuses are already decided.
      for (const entry of index.concepts) this.concepts.set(entry.id, { entry, renderings: [] })
      for (const rendering of restored) {
        this.renderings.push(rendering)
        this.concepts.get(rendering.conceptId)!.renderings.push(rendering)
      }
      return
    }
    for (const entry of index.concepts) {
      const view: ConceptView = { entry, renderings: [] }
      this.concepts.set(entry.id, view)
      for (const term of entry.terms) {
        this.push(view, { conceptId: entry.id, lang: term.lang, text: term.text, status: term.status, decidedBy: 'glossary', isSource: term.isSource, attestations: term.attestations })
      }
    }
    this.applyPolicy(policy)
  }

  /** The agreed renderings of a concept in a language: preferred ones first, then admitted ones. */
  expected(conceptId: string, lang: string): string[] {
    const renderings = this.concepts.get(conceptId)?.renderings.filter((rendering) => !rendering.isSource && sameLanguage(rendering.lang, lang)) ?? []
    return [...renderings.filter((rendering) => rendering.status === 'preferred'), ...renderings.filter((rendering) => rendering.status === 'admitted')].map((rendering) => rendering.text)
  }

  /** The renderings of a concept in a language with one of `statuses`. */
  withStatus(conceptId: string, lang: string, statuses: readonly RenderingStatus[]): Rendering[] {
    return this.concepts.get(conceptId)?.renderings.filter((rendering) => !rendering.isSource && sameLanguage(rendering.lang, lang) && statuses.includes(rendering.status)) ?? []
  }

  private push(view: ConceptView, rendering: Omit<Rendering, 'index'>): Rendering {
    const full = { ...rendering, index: this.renderings.length }
    this.renderings.push(full)
    view.renderings.push(full)
    return full
  }

  private applyPolicy(policy: ResolvedPolicy): void {
    if (policy.overrides.length === 0 && policy.agreed.length === 0) return
    const lookup = this.conceptLookup()
    const resolve = (name: string, field: string): ConceptView => {
      const view = this.concepts.get(name) ?? lookup.get(foldKey(name))
      if (!view) throw new RenderingsError(`${field}: no concept "${name}" in the glossary (name one by id, source text or rendering)`, { code: 'EPOLICY' })
      return view
    }
    const setByPolicy = new Set<Rendering>()
    for (const override of policy.overrides) {
      const view = resolve(override.concept, `${override.status}.${override.concept}`)
      const key = foldKey(override.text)
      const existing = view.renderings.find((rendering) => !rendering.isSource && sameLanguage(rendering.lang, override.lang) && foldKey(rendering.text) === key)
      const rendering =
        existing ?? this.push(view, { conceptId: view.entry.id, lang: override.lang, text: override.text, status: override.status, decidedBy: 'policy', isSource: false, attestations: [] })
      rendering.status = override.status
      rendering.decidedBy = 'policy'
      setByPolicy.add(rendering)
    }
    // Where the policy names the agreed renderings, the others are not agreed.
    for (const { concept, lang } of policy.agreed) {
      const view = resolve(concept, `preferred.${concept}`)
      for (const rendering of view.renderings) {
        if (rendering.isSource || !sameLanguage(rendering.lang, lang) || setByPolicy.has(rendering) || rendering.status === 'forbidden') continue
        if (rendering.status === 'deprecated' || rendering.status === 'superseded') continue
        rendering.status = 'deprecated'
        rendering.decidedBy = 'policy'
      }
    }
  }

  /** Concepts by folded id, source text and rendering text (first concept wins on a clash). */
  private conceptLookup(): Map<string, ConceptView> {
    const lookup = new Map<string, ConceptView>()
    for (const view of this.concepts.values()) {
      for (const name of [view.entry.id, view.entry.sourceText, ...view.renderings.map((rendering) => rendering.text)]) {
        const key = foldKey(name)
        if (!lookup.has(key)) lookup.set(key, view)
      }
    }
    return lookup
  }
}

export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0]!
}

export function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b)
}
