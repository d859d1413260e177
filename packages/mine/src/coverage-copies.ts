import type { TargetSentence } from './coverage-targets.js'
import type { ClauseRendering, PassageRendering } from './rendered-clauses.js'
import { contentStems, dice } from './stem-overlap.js'

/**
 * Two target sentences this alike (content stems, Dice) are one text: a
 * mirror or a repost of the same wire copy, not a second outlet's reading
 * of the original.
 */
const copyOverlap = 0.6

/**
 * How far a passage rendering agrees with other outlets once copies of one
 * text are set aside: the best overlap of content stems (0–1) with another
 * document's rendering of one of its clauses, in the same language, in a
 * sentence that is not a copy of its own. Sites copy agency and
 * state-media text, so a chance match in a wire story is repeated word for
 * word by every mirror of it and agrees perfectly with them; only a
 * rendering written apart is independent evidence.
 */
export function independentAgreement(renderings: readonly ClauseRendering[]): (passage: PassageRendering) => number {
  const keyOf = (clause: { document: { segmented: { doc: string } }; start: number }): string => `${clause.document.segmented.doc}\u0000${clause.start}`
  const byClause = new Map<string, ClauseRendering[]>()
  for (const rendering of renderings) byClause.set(keyOf(rendering.clause), [...(byClause.get(keyOf(rendering.clause)) ?? []), rendering])
  const sentenceStems = new Map<TargetSentence, Set<string>>()
  const stemsOf = (sentence: TargetSentence): Set<string> => {
    let stems = sentenceStems.get(sentence)
    if (stems === undefined) sentenceStems.set(sentence, (stems = contentStems(sentence.tokens)))
    return stems
  }
  const copies = (a: TargetSentence, b: TargetSentence): boolean => a === b || dice(stemsOf(a), stemsOf(b)) >= copyOverlap
  return (passage) => {
    const own = contentStems(passage.target.tokens.slice(passage.first, passage.last + 1))
    let agreement = 0
    for (const clause of passage.clauses) {
      for (const other of byClause.get(keyOf(clause)) ?? []) {
        if (other.target.document === passage.target.document || other.target.segment.lang !== passage.target.segment.lang || copies(other.target, passage.target)) continue
        agreement = Math.max(agreement, dice(own, contentStems(other.target.tokens.slice(other.first, other.last + 1))))
      }
    }
    return agreement
  }
}
