import type { OriginalClause } from './original-clauses.js'
import type { ClauseRendering } from './rendered-clauses.js'
import type { TargetSentence } from './coverage-targets.js'
import type { PreparedText } from './types.js'

/** How much a rendering out of the order of the others of its document keeps of its score. */
const outOfOrderFactor = 0.7

/**
 * A document that renders several clauses of an original mostly renders
 * them in the original's order (a translation entirely, a report by and
 * large); a chance match lands anywhere. Per pair of documents, the
 * heaviest chain of renderings in the same order on both sides is kept
 * whole, and the renderings off it lose some of their score.
 */
export function preferInOrder(renderings: readonly ClauseRendering[]): ClauseRendering[][] {
  const chains: ClauseRendering[][] = []
  const byPair = new Map<string, ClauseRendering[]>()
  for (const rendering of renderings) {
    const key = `${rendering.clause.document.segmented.doc}\u0000${rendering.target.document.segmented.doc}`
    byPair.set(key, [...(byPair.get(key) ?? []), rendering])
  }
  for (const list of byPair.values()) {
    if (list.length < 3) continue
    const sorted = [...list].sort((a, b) => a.clause.start - b.clause.start || a.span.start - b.span.start)
    // Heaviest increasing chain of target positions (quadratic in a pair's renderings, a few dozen at most).
    const best = sorted.map((rendering) => rendering.score)
    const previous = sorted.map(() => -1)
    for (let i = 0; i < sorted.length; i++) {
      for (let j = 0; j < i; j++) {
        if (sorted[j]!.span.start < sorted[i]!.span.start && best[j]! + sorted[i]!.score > best[i]!) {
          best[i] = best[j]! + sorted[i]!.score
          previous[i] = j
        }
      }
    }
    const onChain = new Set<ClauseRendering>()
    let heaviest = 0
    best.forEach((weight, index) => {
      if (weight > best[heaviest]!) heaviest = index
    })
    for (let at = heaviest; at >= 0; at = previous[at]!) onChain.add(sorted[at]!)
    for (const rendering of list) {
      if (onChain.has(rendering)) continue
      rendering.score *= outOfOrderFactor
      rendering.evidence.inOrder = false
    }
    chains.push(sorted.filter((rendering) => onChain.has(rendering)))
  }
  return chains
}

/** Lowest score of the two neighbours between which a clause's rendering is inferred. */
const anchorScore = 0.4
/** The score of an inferred rendering: it rests on its neighbours, not on its own words. */
const inferredScore = 0.4
/** Most clauses (of one sentence) inferred together between two renderings. */
const maxInferredClauses = 3

/**
 * A document that renders clauses in the original's order and leaves out
 * one clause between two of them (its words unknown to the dictionary: an
 * idiom, a metaphor) most likely renders it in the words between theirs,
 * as a sentence aligner infers a sentence between two anchored ones. Where
 * one clause of the original, or up to three of one sentence, lie between
 * two sure, consecutive renderings of a chain, and the words between them
 * (in one sentence, or the larger part of two adjacent ones) are as many as
 * those clauses call for, they are proposed as their rendering, with a low
 * score and no links of their own.
 */
export function fillBetween(
  chains: readonly ClauseRendering[][],
  statements: readonly OriginalClause[],
  prepared: ReadonlyMap<OriginalClause, PreparedText>
): ClauseRendering[] {
  const filled: ClauseRendering[] = []
  const weightOf = (clause: OriginalClause): number => prepared.get(clause)!.tokens.reduce((sum, token) => sum + Math.min(1, token.weight), 0)
  const infer = (clauses: readonly OriginalClause[], gap: { target: TargetSentence; first: number; last: number }, score: number): void => {
    for (const clause of clauses) {
      filled.push({
        clause, target: gap.target, first: gap.first, last: gap.last,
        span: { start: gap.target.tokens[gap.first]!.start, end: gap.target.tokens[gap.last]!.end },
        links: [], coverage: 0, density: 0, mass: 0, score, baseScore: score, weightOfClause: weightOf(clause), inferred: true,
        evidence: { chance: 1, rank: Infinity, agreement: 0, inOrder: true, sibling: true }
      })
    }
  }
  // As many words as the clauses call for, give or take.
  const fits = (clauses: readonly OriginalClause[], gap: { target: TargetSentence; first: number; last: number }): boolean => {
    const total = clauses.reduce((sum, clause) => sum + weightOf(clause), 0)
    const content = gap.target.tokens.slice(gap.first, gap.last + 1).filter((token) => !token.stop).length
    return content >= 2 * clauses.length && content <= 3 * total + 3
  }
  for (const chain of chains) {
    const renderedClauses = new Set(chain.map((rendering) => rendering.clause))
    for (let index = 0; index + 1 < chain.length; index++) {
      const before = chain[index]!
      const after = chain[index + 1]!
      if (before.score < anchorScore || after.score < anchorScore) continue
      const between = statements.filter((clause) => clause.document === before.clause.document && clause.start > before.clause.end && clause.end < after.clause.start)
      if (between.length === 0 || between.some((clause) => renderedClauses.has(clause))) continue
      // One clause, or a few of one sentence (rendered together as a passage).
      if (between.length > maxInferredClauses || between.some((clause) => clause.sentence !== between[0]!.sentence)) continue
      const gap = gapBetween(before, after)
      if (gap !== undefined && fits(between, gap)) infer(between, gap, inferredScore * (between.length === 1 ? 1 : 0.9))
    }
  }
  return filled
}

/** The stretch `[first, last]` of a sentence without function words at its edges. */
function trimmed(target: TargetSentence, first: number, last: number): { target: TargetSentence; first: number; last: number } | undefined {
  while (first <= last && target.tokens[first]!.stop) first++
  while (last >= first && target.tokens[last]!.stop) last--
  return first <= last ? { target, first, last } : undefined
}

/** The words between two renderings: in their sentence, or the larger part of two adjacent sentences; trimmed of function words at the edges. */
function gapBetween(before: ClauseRendering, after: ClauseRendering): { target: TargetSentence; first: number; last: number } | undefined {
  if (before.target === after.target) return trimmed(before.target, before.last + 1, after.first - 1)
  if (before.target.document !== after.target.document || after.target.segment.sentence !== before.target.segment.sentence + 1) return undefined
  const tail = trimmed(before.target, before.last + 1, before.target.tokens.length - 1)
  const head = trimmed(after.target, 0, after.first - 1)
  const size = (part: typeof tail): number => (part === undefined ? 0 : part.last - part.first + 1)
  return size(tail) >= size(head) ? tail : head
}

