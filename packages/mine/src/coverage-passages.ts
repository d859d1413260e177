import type { Span } from '@renderings/types'
import type { TargetSentence } from './coverage-targets.js'
import type { OriginalClause } from './original-clauses.js'
import type { ClauseRendering, PassageRendering } from './rendered-clauses.js'

/** Most unlinked content words between the renderings of two clauses joined into one passage. */
const maxJoinGap = 2

/**
 * Clauses of one Chinese sentence (neighbours, or one clause apart)
 * rendered one after the other in one target sentence (at most two
 * unlinked content words between their spans, in either order) are one
 * passage: a translation renders the sentence, and the reader wants the
 * sentence's rendering, not its pieces. Each passage widens to natural
 * boundaries (see `widen`) up to its neighbours in the target sentence, and
 * takes in an unrendered neighbouring clause of its Chinese sentence whose
 * words it grew over.
 */
export function joinPassages(
  renderings: readonly ClauseRendering[],
  neighbour: (clause: OriginalClause, step: -1 | 1, target: TargetSentence) => { clause: OriginalClause; weight: number } | undefined
): PassageRendering[] {
  const groups = new Map<string, ClauseRendering[]>()
  for (const rendering of renderings) {
    const key = `${rendering.clause.document.segmented.doc}\u0000${rendering.clause.sentence}\u0000${rendering.target.id}`
    const group = groups.get(key) ?? []
    group.push(rendering)
    groups.set(key, group)
  }
  const runs: ClauseRendering[][] = []
  for (const group of groups.values()) {
    const byTarget = [...group].sort((a, b) => a.first - b.first)
    let current: ClauseRendering[] = []
    const flush = (): void => {
      if (current.length > 0) runs.push(current)
      current = []
    }
    for (const rendering of byTarget) {
      const previous = current.at(-1)
      if (previous !== undefined) {
        const gap = rendering.target.tokens.slice(previous.last + 1, rendering.first).filter((token) => !token.stop).length
        // Neighbours, or clauses one unrendered clause apart (the passage takes it in).
        const adjacentClauses = current.some((member) => Math.abs(member.clause.position - rendering.clause.position) <= 2)
        if (gap > maxJoinGap || !adjacentClauses) flush()
      }
      current.push(rendering)
    }
    flush()
  }
  // Each passage widens up to its neighbours in the same target sentence.
  const bySentence = new Map<number, ClauseRendering[][]>()
  for (const run of runs) bySentence.set(run[0]!.target.id, [...(bySentence.get(run[0]!.target.id) ?? []), run])
  return runs.map((run) => {
    const first = Math.min(...run.map((member) => member.first))
    const last = Math.max(...run.map((member) => member.last))
    const others = bySentence.get(run[0]!.target.id)!.filter((other) => other !== run)
    const left = Math.max(-1, ...others.map((other) => Math.max(...other.map((member) => member.last))).filter((end) => end < first))
    const right = Math.min(run[0]!.target.tokens.length, ...others.map((other) => Math.min(...other.map((member) => member.first))).filter((start) => start > last))
    const ordered = [...run].sort((a, b) => a.clause.position - b.clause.position)
    const target = run[0]!.target
    const before = neighbour(ordered[0]!.clause, -1, target)
    const after = neighbour(ordered.at(-1)!.clause, 1, target)
    const weight = run.reduce((sum, member) => sum + member.weightOfClause, 0) + (before?.weight ?? 0) + (after?.weight ?? 0)
    const passage = passageOf(run, Math.ceil(expectedWords * weight), [left, right])
    // Words the span grew over on the side of an unrendered neighbouring
    // clause are that clause's rendering: the sentence renders the sentence.
    // So are the words beyond what the passage's own clauses call for, when
    // the span holds enough of them for a neighbour (its links may have
    // landed around that neighbour's rendering).
    const grown = (from: number, to: number): number => target.tokens.slice(from, to + 1).filter((token) => !token.stop).length
    const surplus = grown(passage.first, passage.last) - Math.ceil(expectedWords * run.reduce((sum, member) => sum + member.weightOfClause, 0))
    const fits = (side: { weight: number }): boolean => surplus >= Math.max(minGrownWords, Math.ceil(expectedWords * side.weight * 0.5))
    const takeIn: OriginalClause[] = []
    if (before !== undefined && (grown(passage.first, first - 1) >= minGrownWords || fits(before))) takeIn.push(before.clause)
    if (after !== undefined && (grown(last + 1, passage.last) >= minGrownWords || (takeIn.length === 0 && fits(after)))) takeIn.push(after.clause)
    if (takeIn.length === 0) return passage
    const clauses = [...passage.clauses, ...takeIn].sort((a, b) => a.start - b.start)
    return { ...passage, clauses, source: { start: clauses[0]!.start, end: clauses.at(-1)!.end }, score: passage.score * 0.9 }
  })
}

/** Content words a span must have grown over on one side to take in the neighbouring clause of that side. */
const minGrownWords = 2

/** Content words a rendering has for each word of substance of the Chinese (a word of one character counts half). */
export const expectedWords = 1.3

function passageOf(members: readonly ClauseRendering[], expected: number, limits: [number, number]): PassageRendering {
  const clauses = [...new Set(members.map((member) => member.clause))].sort((a, b) => a.start - b.start)
  const target = members[0]!.target
  const first = Math.min(...members.map((member) => member.first))
  const last = Math.max(...members.map((member) => member.last))
  const weight = (member: ClauseRendering): number => member.clause.end - member.clause.start
  const total = members.reduce((sum, member) => sum + weight(member), 0)
  const mean = (value: (member: ClauseRendering) => number): number => members.reduce((sum, member) => sum + value(member) * weight(member), 0) / total
  const [spanFirst, spanLast] = widen(target, first, last, expected, limits)
  return {
    clauses,
    source: { start: clauses[0]!.start, end: clauses.at(-1)!.end },
    target, first: spanFirst, last: spanLast,
    span: spanOf(target, spanFirst, spanLast),
    links: members.flatMap((member) => member.links).sort((a, b) => a.target.start - b.target.start),
    coverage: mean((member) => member.coverage),
    density: mean((member) => member.density),
    inferred: members.every((member) => member.inferred === true),
    mass: members.reduce((sum, member) => sum + member.mass, 0),
    score: Math.min(1, mean((member) => member.score) * (members.length > 1 ? 1.1 : 1)),
    // The passage stands as well as its best-standing clause.
    evidence: {
      chance: Math.min(...members.map((member) => member.evidence.chance)),
      rank: Math.min(...members.map((member) => member.evidence.rank)),
      agreement: Math.max(...members.map((member) => member.evidence.agreement)),
      inOrder: members.every((member) => member.evidence.inOrder),
      sibling: members.length > 1 || members.some((member) => member.evidence.sibling)
    }
  }
}

// Articles and the prepositions fused with them, which open a noun phrase
// the window starts inside of (`la` Chine, `the` rejuvenation).
const openingWords = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'the', 'a', 'an'])
// Words that open a reported clause: a rendering does not reach back over them.
const clauseOpeners = new Set(['que', "qu'", 'that'])
// Punctuation that closes a clause of the target sentence.
const clauseBoundary = /[,;:.!?()«»“”"\[\]—–]/u

/**
 * A window widened to natural boundaries. Links are sparse (a dictionary
 * knows some words of a paraphrase, not all), so a window shorter than the
 * clause should be grows over unlinked words towards the clause marks
 * around it: back to the mark or the `que` before it, then on to the next
 * mark, while it holds fewer content words than the clause calls for
 * (`expected`), never past `limits` (other passages of the sentence). Then
 * to the whole quotation when it covers half of one or more, and back over
 * the article that opens its first noun phrase.
 */
function widen(target: TargetSentence, first: number, last: number, expected: number, limits: [number, number]): [number, number] {
  const tokens = target.tokens
  const text = target.document.segmented.text
  const between = (left: number, right: number): string => text.slice(tokens[left]!.end, tokens[right]!.start)
  let from = first
  let to = last
  let budget = expected - tokens.slice(first, last + 1).filter((token) => !token.stop).length
  while (budget > 0 && from - 1 > limits[0] && !clauseBoundary.test(between(from - 1, from)) && !clauseOpeners.has(tokens[from - 1]!.folded)) {
    from--
    if (!tokens[from]!.stop) budget--
  }
  while (budget > 0 && to + 1 < limits[1] && !clauseBoundary.test(between(to, to + 1))) {
    to++
    if (!tokens[to]!.stop) budget--
  }
  // A widened edge ends on a content word, never on `de` or `et`.
  while (to > last && tokens[to]!.stop) to--
  while (from < first && tokens[from]!.stop && !openingWords.has(tokens[from]!.folded)) from++
  for (const quote of target.quotes) {
    const inside = tokens.map((token, index) => [token, index] as const).filter(([token]) => token.start >= quote.start && token.end <= quote.end)
    if (inside.length === 0) continue
    const covered = inside.filter(([, index]) => index >= from && index <= to).length
    if (covered === 0 || covered < inside.length / 2) continue
    from = Math.min(from, inside[0]![1])
    to = Math.max(to, inside.at(-1)![1])
  }
  for (let step = 0; step < 2 && from > 0 && from - 1 > limits[0]; step++) {
    const previous = tokens[from - 1]!
    if (!openingWords.has(previous.folded) || /[^\s\u00a0\u202f]/u.test(between(from - 1, from))) break
    from--
  }
  return [from, to]
}

function spanOf(target: TargetSentence, first: number, last: number): Span {
  return { start: target.tokens[first]!.start, end: target.tokens[last]!.end }
}

