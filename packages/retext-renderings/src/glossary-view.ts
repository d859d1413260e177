import { RenderingsError } from '@renderings/errors'
import { foldKey } from '@renderings/normalize'
import type { Attestation, ConceptEntry, RenderingStatus, TermEntry, TermIndex } from '@renderings/types'
import type { ResolvedPolicy } from './policy.js'
import { packGlossary, PackedGlossary, type GlossaryColumns } from './rendering-columns.js'

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
 * The glossary as the check sees it: renderings with effective statuses,
 * numbered (the matcher's term numbers), grouped by concept. Built from a
 * term index (the policy applied), or restored from {@link GlossaryColumns}
 * (statuses already decided); either way each rendering and concept is made
 * when first asked for, since a text meets a handful of a large glossary's
 * concepts (and, compiling, making an object per rendering before the
 * matcher needs none took longer than the rest of building the view). The
 * same rendering is always the same object.
 */
export class GlossaryView {
  /** Renderings by index; holes are not made yet. */
  private readonly renderingList: Array<Rendering | undefined>
  /** Concepts by number (glossary order); holes are not made yet. */
  private readonly conceptList: Array<ConceptView | undefined>
  /** Concept numbers by id: those met so far (see {@link numberOfConcept}). */
  private readonly conceptNumbers = new Map<string, number>()
  private readonly source: LazyGlossary
  private everyConceptNumbered = false
  private readonly expectedMemo = new Map<string, readonly string[]>()
  private conceptMap: Map<string, ConceptView> | undefined
  /** How many ids {@link numberOfConcept} has searched for one by one. */
  private conceptSearches = 0

  /** Build from a term index, applying the policy; or restore from columns (statuses already decided). */
  constructor(index: TermIndex, policy: ResolvedPolicy)
  constructor(columns: GlossaryColumns)
  constructor(source: TermIndex | GlossaryColumns, policy?: ResolvedPolicy) {
    this.source = 'concepts' in source ? new IndexedGlossary(source) : new PackedGlossary(source)
    this.renderingList = new Array<Rendering | undefined>(this.source.renderingCount)
    this.conceptList = new Array<ConceptView | undefined>(this.source.conceptCount)
    if (policy) this.applyPolicy(policy)
  }

  /** How many renderings there are (the matcher's terms). */
  get renderingCount(): number {
    return this.renderingList.length
  }

  /** How many concepts there are. */
  get conceptCount(): number {
    return this.conceptList.length
  }

  /** The rendering with this index (a matcher's term number). */
  rendering(index: number): Rendering {
    const rendering = this.renderingList[index]
    if (rendering !== undefined) return rendering
    // Past the source's renderings are only those the policy added, all made.
    if (!(index >= 0 && index < this.source.renderingCount)) throw new RangeError(`no rendering ${index} in the glossary`)
    const made = this.source.rendering(index)
    this.renderingList[index] = made
    this.conceptNumbers.set(made.conceptId, this.source.conceptOf(index))
    return made
  }

  /** The text of rendering `index`, without making the rendering (the matcher's terms, compiled). */
  renderingText(index: number): string {
    return this.renderingList[index]?.text ?? this.source.text(index)
  }

  /** The language of rendering `index`, without making the rendering. */
  renderingLang(index: number): string {
    return this.renderingList[index]?.lang ?? this.source.lang(index)
  }

  /** A concept with its renderings, by id. */
  concept(id: string): ConceptView | undefined {
    const number = this.numberOfConcept(id)
    return number === undefined ? undefined : this.conceptAt(number)
  }

  /** Every rendering, in index order (made now, all of them). */
  get renderings(): readonly Rendering[] {
    for (let index = 0; index < this.renderingList.length; index++) this.rendering(index)
    return this.renderingList as Rendering[]
  }

  /** Every concept by id, in glossary order (made now, all of them). */
  get concepts(): ReadonlyMap<string, ConceptView> {
    if (this.conceptMap) return this.conceptMap
    const map = new Map<string, ConceptView>()
    for (let number = 0; number < this.conceptList.length; number++) {
      const view = this.conceptAt(number)
      map.set(view.entry.id, view)
    }
    this.conceptMap = map
    return map
  }

  /** The agreed renderings of a concept in a language: preferred ones first, then admitted ones. */
  expected(conceptId: string, lang: string): string[] {
    // Statuses are decided once and for all: each pair is worked out once per run, not once per finding.
    const key = `${conceptId}\u0000${lang}`
    let texts = this.expectedMemo.get(key)
    if (!texts) {
      const renderings = this.concept(conceptId)?.renderings.filter((rendering) => !rendering.isSource && sameLanguage(rendering.lang, lang)) ?? []
      texts = [...renderings.filter((rendering) => rendering.status === 'preferred'), ...renderings.filter((rendering) => rendering.status === 'admitted')].map((rendering) => rendering.text)
      this.expectedMemo.set(key, texts)
    }
    // A copy: each finding owns its list.
    return texts.slice()
  }

  /** The renderings of a concept in a language with one of `statuses`. */
  withStatus(conceptId: string, lang: string, statuses: readonly RenderingStatus[]): Rendering[] {
    return this.concept(conceptId)?.renderings.filter((rendering) => !rendering.isSource && sameLanguage(rendering.lang, lang) && statuses.includes(rendering.status)) ?? []
  }

  /** The view as columns, for a snapshot (see {@link GlossaryColumns}). */
  toColumns(): GlossaryColumns {
    return packGlossary([...this.concepts.values()], this.renderings)
  }

  private numberOfConcept(id: string): number | undefined {
    const number = this.conceptNumbers.get(id)
    if (number !== undefined || this.everyConceptNumbered) return number
    // An id not met through a rendering: a policy's names (rules reach
    // concepts through matches). Each is searched for in the source without
    // decoding the others: numbering every concept of a 10,000-concept
    // glossary (each id decoded, then a Map) was 13 ms of a 0.27 s check
    // whose policy names one concept. Past a few searches, number them all once.
    if (this.conceptSearches < conceptSearchLimit) {
      this.conceptSearches++
      const found = this.source.findConcept(id)
      if (found >= 0) this.conceptNumbers.set(id, found)
      return found >= 0 ? found : undefined
    }
    for (let concept = 0; concept < this.source.conceptCount; concept++) {
      const conceptId = this.source.conceptId(concept)
      // The first concept of an id wins, as a search finds it.
      if (!this.conceptNumbers.has(conceptId)) this.conceptNumbers.set(conceptId, concept)
    }
    this.everyConceptNumbered = true
    return this.conceptNumbers.get(id)
  }

  private makeConcept(number: number): ConceptView {
    const source = this.source
    const renderings = Array.from(source.conceptRenderings(number), (index) => this.rendering(index))
    const view: ConceptView = { entry: source.conceptEntry(number), renderings }
    this.conceptList[number] = view
    return view
  }

  private push(view: ConceptView, conceptId: string, lang: string, text: string, status: RenderingStatus, decidedBy: Rendering['decidedBy'], isSource: boolean, attestations: Attestation[]): Rendering {
    const rendering: Rendering = { conceptId, lang, text, status, decidedBy, isSource, attestations, index: this.renderingList.length }
    this.renderingList.push(rendering)
    view.renderings.push(rendering)
    return rendering
  }

  /**
   * Apply a policy's statuses, adding the renderings the glossary lacks
   * (numbered after the glossary's). Done once: by the constructor for a
   * term index, by {@link restoreChecker} for a view restored from a
   * snapshot compiled without a policy, with the same result.
   */
  applyPolicy(policy: ResolvedPolicy): void {
    if (policy.overrides.length === 0 && policy.agreed.length === 0) return
    const lookup = this.conceptLookup()
    const resolve = (name: string, field: string): ConceptView => {
      const number = this.numberOfConcept(name)
      const view = number !== undefined ? this.conceptAt(number) : lookup(foldKey(name))
      if (!view) throw new RenderingsError(`${field}: no concept "${name}" in the glossary (name one by id, source text or rendering)`, { code: 'EPOLICY' })
      return view
    }
    const setByPolicy = new Set<Rendering>()
    for (const override of policy.overrides) {
      const view = resolve(override.concept, `${override.status}.${override.concept}`)
      const key = foldKey(override.text)
      const existing = view.renderings.find((rendering) => !rendering.isSource && sameLanguage(rendering.lang, override.lang) && foldKey(rendering.text) === key)
      const rendering = existing ?? this.push(view, view.entry.id, override.lang, override.text, override.status, 'policy', false, [])
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

  /** A concept by number (made now when restored). */
  private conceptAt(number: number): ConceptView {
    return this.conceptList[number] ?? this.makeConcept(number)
  }

  /**
   * Concepts by folded id, source text and rendering text (first concept
   * wins on a clash). The names are folded concept by concept, in glossary
   * order, only as far as a lookup needs: a policy names a few concepts,
   * and folding every name of a large glossary took longer than the rest
   * of building the view.
   */
  private conceptLookup(): (key: string) => ConceptView | undefined {
    const lookup = new Map<string, ConceptView>()
    // The names the glossary gives, not renderings the policy adds meanwhile.
    const glossaryRenderings = this.renderingList.length
    let folded = 0
    return (key) => {
      while (!lookup.has(key) && folded < this.conceptList.length) {
        const view = this.conceptAt(folded++)
        const texts = view.renderings.filter((rendering) => rendering.index < glossaryRenderings).map((rendering) => rendering.text)
        for (const name of [view.entry.id, view.entry.sourceText, ...texts]) {
          const nameKey = foldKey(name)
          if (!lookup.has(nameKey)) lookup.set(nameKey, view)
        }
      }
      return lookup.get(key)
    }
  }
}

// Ids searched for one at a time before every concept is numbered instead.
const conceptSearchLimit = 16

/** What a glossary view reads its renderings and concepts from, one at a time. */
interface LazyGlossary {
  readonly renderingCount: number
  readonly conceptCount: number
  /** The concept number of rendering `index`. */
  conceptOf(index: number): number
  conceptId(concept: number): string
  /** The number of the first concept with this id, or -1. */
  findConcept(id: string): number
  conceptEntry(concept: number): ConceptEntry
  /** The rendering indexes of a concept, in glossary order. */
  conceptRenderings(concept: number): ArrayLike<number> & Iterable<number>
  /** Rendering `index` with the glossary's status (a new object at each call). */
  rendering(index: number): Rendering
  text(index: number): string
  lang(index: number): string
}

/**
 * A term index read as a {@link LazyGlossary}: rendering `i` is the term
 * after the renderings of the concepts before its own, in glossary order.
 */
class IndexedGlossary implements LazyGlossary {
  readonly renderingCount: number
  readonly conceptCount: number
  private readonly concepts: readonly ConceptEntry[]
  /** The first rendering of each concept (one more entry: the end). */
  private readonly conceptStarts: Int32Array
  /** The concept of each rendering. */
  private readonly renderingConcepts: Int32Array

  constructor(index: TermIndex) {
    const concepts = index.concepts
    this.concepts = concepts
    this.conceptCount = concepts.length
    const starts = new Int32Array(concepts.length + 1)
    for (let concept = 0; concept < concepts.length; concept++) starts[concept + 1] = starts[concept]! + concepts[concept]!.terms.length
    this.conceptStarts = starts
    this.renderingCount = starts[concepts.length]!
    const renderingConcepts = new Int32Array(this.renderingCount)
    for (let concept = 0; concept < concepts.length; concept++) renderingConcepts.fill(concept, starts[concept]!, starts[concept + 1]!)
    this.renderingConcepts = renderingConcepts
  }

  conceptOf(index: number): number {
    return this.renderingConcepts[index]!
  }

  conceptId(concept: number): string {
    return this.concepts[concept]!.id
  }

  findConcept(id: string): number {
    return this.concepts.findIndex((concept) => concept.id === id)
  }

  conceptEntry(concept: number): ConceptEntry {
    return this.concepts[concept]!
  }

  conceptRenderings(concept: number): Int32Array {
    const first = this.conceptStarts[concept]!
    const indexes = new Int32Array(this.conceptStarts[concept + 1]! - first)
    for (let offset = 0; offset < indexes.length; offset++) indexes[offset] = first + offset
    return indexes
  }

  rendering(index: number): Rendering {
    const term = this.term(index)
    return { conceptId: this.conceptId(this.renderingConcepts[index]!), lang: term.lang, text: term.text, status: term.status, decidedBy: 'glossary', isSource: term.isSource, attestations: term.attestations, index }
  }

  text(index: number): string {
    return this.term(index).text
  }

  lang(index: number): string {
    return this.term(index).lang
  }

  private term(index: number): TermEntry {
    const concept = this.renderingConcepts[index]!
    return this.concepts[concept]!.terms[index - this.conceptStarts[concept]!]!
  }
}

export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0]!
}

export function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b)
}
