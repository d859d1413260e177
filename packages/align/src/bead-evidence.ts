import type { Bead, BeadAnchor } from '@renderings/types'
import type { AnchorTable } from './anchor-table.js'
import type { PathBead } from './banded-search.js'
import { BeadEvidence, type CostModel, lengthCost, lengthDelta } from './cost-model.js'
import type { Anchor } from './numbers-dates.js'
import { type AnchorFamilies, familiesOfKeys, sentenceAnchors } from './sentence-anchors.js'
import type { Units } from './units.js'

/** The sentences, to tell how a shared key is written in a given bead. */
export interface SentenceTexts {
  source: readonly string[]
  target: readonly string[]
}

/** At most this many anchors are named in a bead's evidence. */
const anchorsShown = 6

/**
 * Turn a path into beads with a score and the evidence behind it. The score
 * is a logistic of the bead's length cost and its lexical evidence (its
 * shape prior left out, so a well-supported 2-1 bead is not marked doubtful
 * for being rarer): equal lengths and no anchors give 0.82, lengths two
 * standard deviations apart 0.17; matched anchors raise it, anchors left
 * unmatched lower it, each by its evidence in nats.
 */
export function describeBeads(path: readonly PathBead[], model: CostModel, table: AnchorTable, source: Units, target: Units, texts: SentenceTexts): Bead[] {
  const matcher = new BeadEvidence(table.keys.length)
  const frequency = (id: number): number => table.sourceFrequency[id]! + table.targetFrequency[id]!
  return path.map((step) => {
    const sourceLength = total(source.lengths, step.s0, step.s1)
    const targetLength = total(target.lengths, step.t0, step.t1)
    const found: number[] = []
    const evidence = matcher.evidence(source, step.s0, step.s1, target, step.t0, step.t1, found)
    const score = 1 / (1 + Math.exp(lengthCost(model, sourceLength, targetLength) - 1.5 - evidence))
    const delta = lengthDelta(model, sourceLength, targetLength)
    const reasons = [`length δ=${delta >= 0 ? '+' : ''}${delta.toFixed(2)}`]
    if (step.s1 - step.s0 !== 1 || step.t1 - step.t0 !== 1) reasons.push(`shape ${step.s1 - step.s0}-${step.t1 - step.t0}`)
    const named = new Set<string>()
    const anchors: BeadAnchor[] = []
    // Only the families of the keys found are looked for again: the others could not name any of them.
    const families = found.length === 0 ? undefined : familiesOfKeys(found.map((id) => table.keys[id]!))
    const sourceWritten = families === undefined ? undefined : writtenForms(texts.source, step.s0, step.s1, families)
    const targetWritten = families === undefined ? undefined : writtenForms(texts.target, step.t0, step.t1, families)
    for (const id of [...new Set(found)].sort((a, b) => frequency(a) - frequency(b) || a - b)) {
      const key = table.keys[id]!
      const sourceAnchor = sourceWritten?.get(key)
      const targetAnchor = targetWritten?.get(key)
      const kind = sourceAnchor?.kind ?? table.kinds[id]!
      const sourceText = sourceAnchor?.text ?? table.sourceText[id]!
      const targetText = targetAnchor?.text ?? table.targetText[id]!
      anchors.push({ kind, source: sourceText, target: targetText })
      if (named.size < anchorsShown) named.add(sourceText === targetText ? `${kind} ${sourceText}` : `${kind} ${sourceText} ↔ ${targetText}`)
    }
    reasons.push(...named)
    return {
      source: range(step.s0, step.s1),
      target: range(step.t0, step.t1),
      score: Math.round(score * 1000) / 1000,
      evidence: reasons,
      anchors
    }
  })
}

/**
 * How a key is written in the bead's own sentences. The dictionary-free
 * anchors are found again (cheap, for one bead at a time, and only those of
 * the families asked for) rather than kept for every sentence; other kinds
 * (bridges, lexicon, dictionary) fall back to the form first seen in the
 * document.
 */
function writtenForms(texts: readonly string[], from: number, to: number, families: AnchorFamilies): Map<string, Anchor> {
  const forms = new Map<string, Anchor>()
  for (let index = from; index < to; index++) {
    for (const anchor of sentenceAnchors(texts[index] ?? '', families)) if (!forms.has(anchor.key)) forms.set(anchor.key, anchor)
  }
  return forms
}

function total(values: Float64Array, from: number, to: number): number {
  let sum = 0
  for (let index = from; index < to; index++) sum += values[index]!
  return sum
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, index) => from + index)
}
