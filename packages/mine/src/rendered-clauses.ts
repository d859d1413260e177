import type { Span } from '@renderings/types'
import { stemSpecificity, TargetIndex, targetSentences, type TargetSentence } from './coverage-targets.js'
import type { LatinToken } from './latin-tokens.js'
import type { ChineseWordSpan } from './rendered-phrases.js'
import { originalSentences, type OriginalClause, type OriginalSentence } from './original-clauses.js'
import { originalKey } from './han-runs.js'
import { fillBetween, preferInOrder } from './coverage-order.js'
import { expectedWords, joinPassages } from './coverage-passages.js'
import { contentStems, dice } from './stem-overlap.js'
import type { MiningDocument, MiningLexicon, PreparedText } from './types.js'

/** A link between a word of a clause and a word of a target sentence, offsets into the documents. */
export interface ClauseLink {
  source: Span & { text: string }
  target: Span & { text: string }
  /** The lexicon's weight times how specific both words are to this event. */
  weight: number
  via: string
}

/** A stretch of a target sentence found to render some Chinese, and how well it does. */
interface TargetWindow {
  target: TargetSentence
  /** Index range of `target.tokens`, inclusive. */
  first: number
  last: number
  span: Span
  links: ClauseLink[]
  /** Weighted share of the Chinese words linked into the span. */
  coverage: number
  /** Share of the span's content words linked to the Chinese. */
  density: number
  /** The window's sum: its links for, its unlinked words against (see `maximumWindow`). */
  mass: number
  score: number
}

/** How a clause rendering stands against chance and against the other outlets: the figures its candidate is scored by. */
export interface RenderingEvidence {
  /** Share of the event's (clause, sentence) pairs whose best window is as heavy or heavier: how often chance does as well. */
  chance: number
  /** Sentences of other documents of the event that link to the clause as strongly or more (1: it is the best). */
  rank: number
  /** Best overlap of content stems with another document's rendering of the clause (0–1). */
  agreement: number
  /** On the heaviest chain of renderings in the original's order in its document. */
  inOrder: boolean
  /** A neighbouring clause of its sentence is rendered beside it. */
  sibling: boolean
}

/** The span of a target sentence that renders a clause of a Chinese original. */
export interface ClauseRendering extends TargetWindow {
  clause: OriginalClause
  /** The score before the clause's siblings and other outlets confirmed it. */
  baseScore: number
  /** The clause's words of substance (a word of one character counts half): how long its rendering should be. */
  weightOfClause: number
  /** Found between the renderings of its neighbours, not by its own words. */
  inferred?: boolean
  evidence: RenderingEvidence
}

/**
 * A run of clauses of one Chinese sentence and the stretch of one target
 * sentence that renders them together (a single clause is a run of one),
 * widened to quotation marks, clause marks and articles.
 */
export interface PassageRendering extends TargetWindow {
  clauses: OriginalClause[]
  /** From the first clause's start to the last one's end. */
  source: Span
  /** Every clause of it was found between the renderings of its neighbours, none by its own words. */
  inferred: boolean
  /** How its clauses' renderings stand (the best of them). */
  evidence: RenderingEvidence
}

/** What the coverage of one event yields: its Chinese sentences and the renderings found. */
export interface EventCoverage {
  sentences: OriginalSentence[]
  renderings: ClauseRendering[]
  passages: PassageRendering[]
  /** The words of each clause, as the lexicon cut it (offsets into the document). */
  words: Map<OriginalClause, ChineseWordSpan[]>
  /** Chinese clauses also written in another original of the event (reposts), by the kept clause. */
  copies: Map<OriginalClause, OriginalClause[]>
  stats: { clauses: number; targets: number; comparisons: number }
}

/** Most clauses of one Chinese document searched for (a long readout has a few hundred). */
const maxClausesPerDocument = 5000

/** What any link is worth in a window at the least, however common its words: a link is evidence, a gap is not. */
const linkFloor = 0.2

/** How much an unlinked content word inside a span costs, against a link's weight (at most 1). */
const gapCost = 0.2
/** How much a function word inside a span costs (a little: spans should not wander). */
const functionWordCost = 0.04
/** Lowest score of a clause rendering. */
const minScore = 0.35
/** Lowest weighted share of a clause's words that its rendering must link. */
const minCoverage = 0.3

/**
 * Find, for each clause of each Chinese original of an event, the spans of
 * the event's other documents that render it. A clause is compared only
 * with the sentences that share lexicon ids with it (blocking); each
 * comparison takes the lexicon's word links, weighs them by how specific
 * the words are to the event, and keeps the densest stretch of linked words
 * (a maximum-sum window where links count for and unlinked words against).
 * Competing clauses share no words of a target sentence; a clause is
 * rendered at most once per document; a clause repeated by another original
 * (a repost) is kept once, in the original the coverage follows most.
 */
export function findEventCoverage(documents: readonly MiningDocument[], lexicon: MiningLexicon): EventCoverage {
  const sentences: OriginalSentence[] = []
  for (const document of documents) for (const sentence of originalSentences(document, sentences.length)) sentences.push(sentence)
  // A page of megabytes of Chinese is searched for its first clauses only
  // (a readout says what matters first), so time stays bounded.
  const perDocument = new Map<MiningDocument, number>()
  const clauses = sentences.flatMap((sentence) => sentence.clauses).filter((clause) => {
    const count = (perDocument.get(clause.document) ?? 0) + 1
    perDocument.set(clause.document, count)
    return count <= maxClausesPerDocument
  })
  const stats = { clauses: clauses.length, targets: 0, comparisons: 0 }
  if (clauses.length === 0) return { sentences, renderings: [], passages: [], words: new Map(), copies: new Map(), stats }
  const targets = targetSentences(documents, lexicon)
  stats.targets = targets.length
  if (targets.length === 0) return { sentences, renderings: [], passages: [], words: new Map(), copies: new Map(), stats }

  const index = new TargetIndex(targets)
  const specificity = stemSpecificity(targets)
  const prepared = new Map(clauses.map((clause) => [clause, lexicon.prepare(clause.text, 'zh')]))
  const chineseSpecificity = wordSpecificity([...prepared.values()], (text) => lexicon.toSimplified(text))
  const statements = clauses.filter((clause) => isStatement(clause, prepared.get(clause)!, sentences[clause.sentence]!, lexicon))
  const context: MatchContext = { lexicon, specificity, chineseSpecificity }

  // A page that carries a clause of the original does not render it: its
  // other-language half is its own translation (a bilingual page; parallel
  // text is mined apart), whichever copy of a reposted readout the clause is.
  const carriers = new Map<string, Set<MiningDocument>>()
  const keyOfClause = (clause: OriginalClause): string => originalKey(lexicon.toSimplified(clause.text))
  for (const clause of clauses) carriers.set(keyOfClause(clause), (carriers.get(keyOfClause(clause)) ?? new Set()).add(clause.document))
  const carries = (clause: OriginalClause, document: MiningDocument): boolean => carriers.get(keyOfClause(clause))!.has(document)

  // Round 1: each clause against the sentences it shares lexicon ids with.
  const direct: TokenLinks[] = []
  for (const clause of statements) {
    const source = prepared.get(clause)!
    for (const { sentence } of index.candidates(source, 1.2)) {
      if (carries(clause, sentence.document)) continue
      stats.comparisons++
      direct.push(linkTokens(clause, source, sentence, context, undefined))
    }
  }
  const chance = chanceLevels(direct, statements.length * targets.length)
  const found = renderingsOf(direct, context)
  boostSiblings(found)
  const first = keepBest(found)

  // Round 2: outlets copy and paraphrase each other, so the words of a sure
  // rendering find the clause in documents the lexicon alone did not reach.
  const bridges = bridgesOf(first, specificity)
  const stemIndex = new StemIndex(targets)
  // Every sentence may be searched again but the one already holding the clause's rendering:
  // a better rendering in the same document (a full quotation after a lead's allusion) may win.
  const rendered = new Set(first.map((rendering) => `${clauseKey(rendering.clause)}\u0000${rendering.target.id}`))
  const bridged: TokenLinks[] = []
  for (const clause of statements) {
    const bridge = bridges.get(clause)
    if (bridge === undefined) continue
    for (const sentence of stemIndex.candidates(bridge)) {
      if (carries(clause, sentence.document) || rendered.has(`${clauseKey(clause)}\u0000${sentence.id}`)) continue
      stats.comparisons++
      bridged.push(linkTokens(clause, prepared.get(clause)!, sentence, context, bridge))
    }
  }
  // The bridged comparisons compete with the direct ones of the same sentences.
  const bridgedSentences = new Set(bridged.map((entry) => entry.sentence))
  const rivals = direct.filter((entry) => bridgedSentences.has(entry.sentence))
  for (const rendering of renderingsOf([...rivals, ...bridged], context, new Set(bridged))) found.push(rendering)
  boostSiblings(found)
  // Agreement with other outlets is weighed before the best rendering of each
  // clause in each document is chosen: of two windows, the one whose words
  // other outlets also wrote is the rendering.
  confirmAcrossOutlets(found)
  // Reposts first: the renderings of a clause written in two originals go to
  // one copy, so each original's chain of renderings in order is whole.
  for (const rendering of found) Object.assign(rendering.evidence, chance.standing(rendering.clause, rendering.target.document, rendering.mass))
  const { renderings: kept, copies } = keepOneCopy(keepBest(found), (text) => lexicon.toSimplified(text))
  const chains = preferInOrder(kept)
  const filled = fillBetween(chains, statements.filter((clause) => !copiesOf(copies).has(clause)), prepared)
  const renderings = [...kept.filter((rendering) => rendering.score >= minScore), ...filled]
  const words = new Map(clauses.map((clause) => [clause, prepared.get(clause)!.tokens.map((token) => ({ start: clause.start + token.start, end: clause.start + token.end, text: token.text }))]))
  // Neighbouring clauses a passage may take in: statements of the same sentence that the document renders nowhere else.
  const byPosition = new Map(statements.map((clause) => [`${clause.document.segmented.doc}\u0000${clause.sentence}\u0000${clause.position}`, clause]))
  const renderedIn = new Set(renderings.map((rendering) => `${clauseKey(rendering.clause)}\u0000${rendering.target.document.segmented.doc}`))
  const neighbour = (clause: OriginalClause, step: -1 | 1, target: TargetSentence): { clause: OriginalClause; weight: number } | undefined => {
    const found = byPosition.get(`${clause.document.segmented.doc}\u0000${clause.sentence}\u0000${clause.position + step}`)
    if (found === undefined || renderedIn.has(`${clauseKey(found)}\u0000${target.document.segmented.doc}`)) return undefined
    return { clause: found, weight: prepared.get(found)!.tokens.reduce((sum, token) => sum + Math.min(1, token.weight), 0) }
  }
  return { sentences, renderings, passages: joinPassages(renderings, neighbour), words, copies, stats }
}

/**
 * The per-event null model. Most (clause, sentence) pairs of an event are
 * unrelated (a sentence renders a clause or two of the original, not
 * dozens), so the weights of their best windows are what chance gives in
 * this event, with its vocabulary and its lexicon: a rendering is evidence
 * as far as few pairs do as well. Pairs blocking never compared weigh
 * nothing. `standing` says how a window of `mass` stands: the share of
 * the event's pairs at least as heavy, and its rank among the sentences of
 * other documents for the same clause.
 */
function chanceLevels(comparisons: readonly TokenLinks[], pairs: number): { standing: (clause: OriginalClause, document: MiningDocument, mass: number) => Pick<RenderingEvidence, 'chance' | 'rank'> } {
  const all: number[] = []
  // Per clause: the masses of every sentence compared (descending), and of each document's sentences.
  const byClause = new Map<OriginalClause, { masses: number[]; byDocument: Map<MiningDocument, number[]> }>()
  for (const entry of comparisons) {
    const window = maximumWindow(entry.sentence.tokens, entry.best)
    const mass = window === undefined ? 0 : window[2]
    all.push(mass)
    let clause = byClause.get(entry.clause)
    if (clause === undefined) byClause.set(entry.clause, (clause = { masses: [], byDocument: new Map() }))
    clause.masses.push(mass)
    const own = clause.byDocument.get(entry.sentence.document)
    if (own === undefined) clause.byDocument.set(entry.sentence.document, [mass])
    else own.push(mass)
  }
  const descending = (a: number, b: number): number => b - a
  all.sort(descending)
  for (const clause of byClause.values()) clause.masses.sort(descending)
  const total = Math.max(1, pairs)
  return {
    standing: (clause, document, mass) => {
      const masses = byClause.get(clause)
      const heavier = masses === undefined ? 0 : countAbove(masses.masses, mass + 1e-9) - (masses.byDocument.get(document) ?? []).filter((other) => other >= mass + 1e-9).length
      return { chance: Math.max(countAbove(all, mass - 1e-9), 1) / total, rank: heavier + 1 }
    }
  }
}

/** How many values of a descending list are at least `value` (binary search). */
function countAbove(values: readonly number[], value: number): number {
  let low = 0
  let high = values.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (values[middle]! >= value) low = middle + 1
    else high = middle
  }
  return low
}

/** What every comparison of an event shares. */
interface MatchContext {
  lexicon: MiningLexicon
  /** How specific a target-language stem is to a few sentences of the event. */
  specificity: (stem: string) => number
  chineseSpecificity: (word: string) => number
}

/** The words of a clause's sure renderings, by stem: a sentence sharing them renders the clause too. */
type Bridge = Map<string, { weight: number; word: ClauseLink['target']; from: ClauseRendering }>

/** A rendering this sure lends its words to the search for the same clause in other documents. */
const bridgeScore = 0.5
/** Bridged words count for less than direct links: they are one step removed from the original. */
const bridgeFactor = 0.85

function bridgesOf(renderings: readonly ClauseRendering[], specificity: (stem: string) => number): Map<OriginalClause, Bridge> {
  const bridges = new Map<OriginalClause, Bridge>()
  for (const rendering of renderings) {
    if (rendering.score < bridgeScore) continue
    const bridge = bridges.get(rendering.clause) ?? new Map()
    for (const token of rendering.target.tokens.slice(rendering.first, rendering.last + 1)) {
      if (token.stop) continue
      const weight = bridgeFactor * rendering.score * specificity(token.stem)
      const previous = bridge.get(token.stem)
      if (previous === undefined || previous.weight < weight) bridge.set(token.stem, { weight, word: { start: token.start, end: token.end, text: token.text }, from: rendering })
    }
    bridges.set(rendering.clause, bridge)
  }
  return bridges
}

function clauseKey(clause: OriginalClause): string {
  return `${clause.document.segmented.doc}\u0000${clause.start}`
}

/** Content stems to the sentences that hold them, for the bridged round. */
class StemIndex {
  private readonly postings = new Map<string, number[]>()
  private readonly readLimit: number

  constructor(private readonly sentences: readonly TargetSentence[]) {
    for (const sentence of sentences) {
      for (const stem of new Set(sentence.tokens.filter((token) => !token.stop).map((token) => token.stem))) {
        const list = this.postings.get(stem)
        if (list === undefined) this.postings.set(stem, [sentence.id])
        else list.push(sentence.id)
      }
    }
    this.readLimit = Math.max(64, Math.ceil(sentences.length / 5))
  }

  /** Sentences holding two or more of the bridge's words, together worth 0.4 or more (a rare word of a sure rendering weighs up to 0.85). */
  candidates(bridge: Bridge): TargetSentence[] {
    const shared = new Map<number, { count: number; weight: number }>()
    for (const [stem, { weight }] of bridge) {
      const list = this.postings.get(stem)
      if (list === undefined || list.length > this.readLimit) continue
      for (const id of list) {
        const entry = shared.get(id) ?? { count: 0, weight: 0 }
        entry.count++
        entry.weight += weight
        shared.set(id, entry)
      }
    }
    return [...shared].filter(([, entry]) => entry.count >= 2 && entry.weight >= 0.4).map(([id]) => this.sentences[id]!)
  }
}

// English glosses of the verbs that introduce what someone said (指出 →
// "point out", 强调 → "stress"): a clause that is only a speaker and such a
// verb (`习近平指出`) says who speaks, not what is said.
const reportingGlosses = new Set(['say', 'says', 'said', 'state', 'stress', 'emphasize', 'emphasise', 'point', 'note', 'add', 'express', 'indicate', 'believe', 'think', 'declare', 'announce', 'tell', 'remark', 'underline', 'underscore', 'highlight', 'reiterate', 'maintain', 'opine', 'consider', 'speak', 'talk'])

// A clause that is only a prepositional frame: 在 … and the localiser or
// noun that closes it (上, 下, 中, 方面, 期间, 之际, 时).
const frame = /^在[^在]{1,16}(?:上|下|中|里|内|方面|期间|之际|时|时刻)$/u

/** The lexicon's weight of a word that carries meaning (a function word weighs nearly nothing, a specific word nearly 1). */
const substantialWeight = 0.6

/** A word of two characters or more that carries meaning. */
function isSubstantial(token: { start: number; end: number; weight: number }): boolean {
  return token.weight >= substantialWeight && token.end - token.start >= 2
}

/**
 * Whether a clause states something worth finding renderings of: two words
 * of substance, and not just a speaker and a reporting verb opening the
 * sentence.
 */
function isStatement(clause: OriginalClause, source: PreparedText, sentence: OriginalSentence, lexicon: MiningLexicon): boolean {
  const substantial = source.tokens.filter(isSubstantial)
  if (substantial.length < 2) return false
  // `在烏克蘭危機問題上`, `在双方共同努力下`: a frame (where, when, on what
  // subject) that sets the scene of the clause after it and states nothing.
  if (sentence.clauses.length > 1 && clause.position < sentence.clauses.length - 1 && frame.test(lexicon.toSimplified(clause.text))) return false
  if (clause.position === 0 && sentence.clauses.length > 1 && source.tokens.length <= 3) {
    const verb = source.tokens.at(-1)!.text
    const glosses = lexicon.renderingsOf(verb, 'en').slice(0, 4)
    if (glosses.some((gloss) => reportingGlosses.has(gloss.text.toLowerCase().split(/\s+/u)[0] ?? ''))) return false
  }
  return true
}

/** How specific each Chinese word is to a few clauses of the event (as `stemSpecificity` for the other side). */
function wordSpecificity(prepared: readonly PreparedText[], toSimplified: (text: string) => string): (word: string) => number {
  // A word counts the same in either script (a Traditional repost and a Simplified readout of one event).
  const frequency = new Map<string, number>()
  for (const text of prepared) for (const word of new Set(text.tokens.map((token) => toSimplified(token.text)))) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const total = Math.max(1, prepared.length)
  const top = Math.log(1 + total)
  return (word) => Math.log(1 + total / (frequency.get(toSimplified(word)) ?? 1)) / top
}

/** The best link of each word of a target sentence to one clause, before clauses compete for the words. */
interface TokenLinks {
  clause: OriginalClause
  source: PreparedText
  sentence: TargetSentence
  bridge: Bridge | undefined
  best: Array<ClauseLink | undefined>
  /** The clause word behind each direct link (an index into source.tokens), -1 for a bridged one. */
  chineseOf: number[]
}

/**
 * Each target word's best link to the clause: a lexicon link to a word of
 * the clause, or (with a bridge) the same stem in a sure rendering of the
 * clause by another document. Weights are the lexicon's times how specific
 * both words are to the event.
 */
function linkTokens(clause: OriginalClause, source: PreparedText, sentence: TargetSentence, context: MatchContext, bridge: Bridge | undefined): TokenLinks {
  const tokens = sentence.tokens
  const base = sentence.segment.start
  const { specificity, chineseSpecificity } = context
  const best = new Array<ClauseLink | undefined>(tokens.length)
  const chineseOf = new Array<number>(tokens.length).fill(-1)
  for (const link of context.lexicon.translationLinks(source, sentence.prepared)) {
    const chinese = source.tokens.findIndex((token) => token.start === link.a.start && token.end === link.a.end)
    const word = chinese >= 0 ? source.tokens[chinese]!.text : clause.text.slice(link.a.start, link.a.end)
    const start = base + link.b.start
    const end = base + link.b.end
    for (let position = 0; position < tokens.length; position++) {
      const token = tokens[position]!
      if (token.end <= start || token.start >= end || token.stop) continue
      const weight = link.weight * (0.2 + 0.8 * specificity(token.stem)) * (0.2 + 0.8 * chineseSpecificity(word))
      if (best[position] === undefined || best[position]!.weight < weight) {
        best[position] = {
          source: { start: clause.start + link.a.start, end: clause.start + link.a.end, text: word },
          target: { start: token.start, end: token.end, text: token.text },
          weight, via: link.source
        }
        chineseOf[position] = chinese
      }
    }
  }
  if (bridge !== undefined) {
    tokens.forEach((token, position) => {
      const bridged = token.stop ? undefined : bridge.get(token.stem)
      if (bridged === undefined || (best[position] !== undefined && best[position]!.weight >= bridged.weight)) return
      best[position] = { source: bridged.word, target: { start: token.start, end: token.end, text: token.text }, weight: bridged.weight, via: `as in ${bridged.from.target.document.segmented.doc}` }
      chineseOf[position] = -1
    })
  }
  return { clause, source, sentence, bridge, best, chineseOf }
}

/** A word another clause links much more strongly belongs to that clause: for this one it is a border, not evidence. */
const ownershipMargin = 0.6
/** What a word owned by another clause costs inside a window: more than an unlinked word. */
const foreignCost = 0.5

/**
 * Clauses compete for the words of a target sentence (competitive linking):
 * each word goes to the clauses whose link to it is nearly as strong as
 * the strongest. Returns, per comparison, the words it may use.
 */
function competeForWords(entries: readonly TokenLinks[]): Map<TokenLinks, boolean[]> {
  const bySentence = new Map<TargetSentence, TokenLinks[]>()
  for (const entry of entries) bySentence.set(entry.sentence, [...(bySentence.get(entry.sentence) ?? []), entry])
  const allowed = new Map<TokenLinks, boolean[]>()
  for (const [sentence, list] of bySentence) {
    const strongest = sentence.tokens.map((_, position) => Math.max(0, ...list.map((entry) => entry.best[position]?.weight ?? 0)))
    for (const entry of list) allowed.set(entry, entry.best.map((link, position) => link === undefined || link.weight >= ownershipMargin * strongest[position]!))
  }
  return allowed
}

/** The best window of a comparison, if one is good enough; `allowed` marks the words this clause may use. */
function renderingOf(entry: TokenLinks, allowed: readonly boolean[], context: MatchContext): ClauseRendering | undefined {
  const { clause, source, sentence, bridge, chineseOf } = entry
  const tokens = sentence.tokens
  const best = entry.best.map((link, position) => (allowed[position] ? link : undefined))
  const foreign = entry.best.map((link, position) => link !== undefined && !allowed[position]!)
  const window = maximumWindow(tokens, best, foreign)
  if (window === undefined) return undefined
  const [first, last, mass] = window
  const links: ClauseLink[] = []
  const linkedChinese = new Set<number>()
  const bridged = new Set<string>()
  let content = 0
  let linked = 0
  for (let position = first; position <= last; position++) {
    if (!tokens[position]!.stop) content++
    const link = best[position]
    if (link === undefined) continue
    linked++
    links.push(link)
    if (chineseOf[position]! >= 0) linkedChinese.add(chineseOf[position]!)
    else if (bridge !== undefined && bridge.has(tokens[position]!.stem)) bridged.add(tokens[position]!.stem)
  }
  // Evidence: two words of the clause, one word of substance rendered by two
  // (玩火 → jouer … feu), or two words of a sure rendering of it.
  const linkedTargets = links.filter((link) => !link.via.startsWith('as in ')).length
  const single = source.tokens[[...linkedChinese][0] ?? -1]
  const oneWordTwice = linkedChinese.size === 1 && linkedTargets >= 2 && single !== undefined && isSubstantial(single)
  if (linkedChinese.size < Math.min(2, source.tokens.length) && !oneWordTwice && linkedChinese.size + bridged.size < 2) return undefined
  let covered = 0
  let total = 0
  source.tokens.forEach((token, position) => {
    const weight = token.weight * (0.2 + 0.8 * context.chineseSpecificity(token.text))
    total += weight
    if (linkedChinese.has(position)) covered += weight
  })
  let coverage = total === 0 ? 0 : covered / total
  if (bridge !== undefined && bridged.size > 0) {
    // The share of the other rendering's words found here.
    let bridgeTotal = 0
    let bridgeFound = 0
    for (const [stem, bridgeEntry] of bridge) {
      bridgeTotal += bridgeEntry.weight
      if (bridged.has(stem) || tokens.slice(first, last + 1).some((token) => token.stem === stem)) bridgeFound += bridgeEntry.weight
    }
    coverage = Math.max(coverage, bridgeTotal === 0 ? 0 : (bridgeFactor * bridgeFound) / bridgeTotal)
  }
  const density = content === 0 ? 0 : linked / content
  if (coverage < minCoverage) return undefined
  const weightOfClause = source.tokens.reduce((sum, token) => sum + Math.min(1, token.weight), 0)
  // Of two windows with the same links, the one whose length (its quotation's,
  // when it fills most of one) fits the clause renders more of it.
  const expected = expectedWords * weightOfClause
  const length = Math.max(1, quotedLength(sentence, first, last) ?? content)
  const fit = Math.min(length, expected) / Math.max(length, expected, 1)
  const score = Math.sqrt(coverage * density) * (sentence.reports ? 1 : 0.9) * (0.85 + 0.15 * fit)
  if (score < minScore) return undefined
  return {
    clause, target: sentence, first, last, span: { start: tokens[first]!.start, end: tokens[last]!.end }, links, coverage, density, mass, score, baseScore: score, weightOfClause,
    evidence: { chance: 1, rank: Infinity, agreement: 0, inOrder: true, sibling: false }
  }
}

/** The best windows of the `wanted` comparisons (default: all) once the clauses of all `entries` have competed for the words. */
function renderingsOf(entries: readonly TokenLinks[], context: MatchContext, wanted: ReadonlySet<TokenLinks> | undefined = undefined): ClauseRendering[] {
  const allowed = competeForWords(entries)
  const found: ClauseRendering[] = []
  for (const entry of entries) {
    if (wanted !== undefined && !wanted.has(entry)) continue
    const rendering = renderingOf(entry, allowed.get(entry)!, context)
    if (rendering !== undefined) found.push(rendering)
  }
  return found
}

/** Content words of the quotation a window fills half or more of, if any. */
function quotedLength(sentence: TargetSentence, first: number, last: number): number | undefined {
  for (const quote of sentence.quotes) {
    const inside = sentence.tokens.filter((token) => token.start >= quote.start && token.end <= quote.end && !token.stop)
    if (inside.length === 0) continue
    const covered = inside.filter((token) => token.start >= sentence.tokens[first]!.start && token.end <= sentence.tokens[last]!.end).length
    if (covered > 0 && covered >= inside.length / 2) return inside.length
  }
  return undefined
}

/** The maximum-sum stretch of tokens (first, last, sum): a link counts its weight for, an unlinked word against (a word another clause owns, `foreign`, more). */
function maximumWindow(tokens: readonly LatinToken[], best: ReadonlyArray<ClauseLink | undefined>, foreign?: readonly boolean[]): [number, number, number] | undefined {
  let bestSum = 0
  let bestFirst = -1
  let bestLast = -1
  let sum = 0
  let first = 0
  for (let position = 0; position < tokens.length; position++) {
    const value = best[position] !== undefined ? linkFloor + (1 - linkFloor) * best[position]!.weight : foreign?.[position] === true ? -foreignCost : tokens[position]!.stop ? -functionWordCost : -gapCost
    if (sum <= 0) {
      sum = value
      first = position
    } else sum += value
    if (sum > bestSum) {
      bestSum = sum
      bestFirst = first
      bestLast = position
    }
  }
  return bestFirst < 0 ? undefined : [bestFirst, bestLast, bestSum]
}

/**
 * Clauses of one Chinese sentence rendered side by side in one document
 * (the same or the next sentence) confirm each other: a translation
 * renders a sentence, not a stray clause of it.
 */
function boostSiblings(renderings: ClauseRendering[]): void {
  const byDocument = new Map<string, ClauseRendering[]>()
  for (const rendering of renderings) {
    const key = `${rendering.clause.sentence}\u0000${rendering.target.document.segmented.doc}`
    const list = byDocument.get(key)
    if (list === undefined) byDocument.set(key, [rendering])
    else list.push(rendering)
  }
  for (const list of byDocument.values()) {
    for (const rendering of list) {
      const sibling = list.some((other) => other.clause !== rendering.clause && Math.abs(other.target.segment.sentence - rendering.target.segment.sentence) <= 1)
      rendering.evidence.sibling = sibling
      rendering.score = Math.min(1, rendering.baseScore * (sibling ? 1.2 : 1))
    }
  }
}

/**
 * Outlets that render one clause write much the same words (they translate
 * the same text, or copy each other); a chance match of the lexicon shares
 * nothing with the others. Each rendering's score is scaled by its best
 * overlap of content stems with another document's rendering of the clause
 * in the same language (0.8 with none, up to 1.2).
 */
function confirmAcrossOutlets(renderings: ClauseRendering[]): void {
  const byClause = new Map<OriginalClause, ClauseRendering[]>()
  for (const rendering of renderings) byClause.set(rendering.clause, [...(byClause.get(rendering.clause) ?? []), rendering])
  const stemsOf = (rendering: ClauseRendering): Set<string> => contentStems(rendering.target.tokens.slice(rendering.first, rendering.last + 1))
  for (const list of byClause.values()) {
    const stems = list.map(stemsOf)
    list.forEach((rendering, index) => {
      let agreement = 0
      list.forEach((other, otherIndex) => {
        if (other.target.document === rendering.target.document || other.target.segment.lang !== rendering.target.segment.lang) return
        agreement = Math.max(agreement, dice(stems[index]!, stems[otherIndex]!))
      })
      rendering.evidence.agreement = agreement
      rendering.score = Math.min(1, rendering.score * (0.8 + 0.4 * agreement))
    })
  }
}


/**
 * Best first: a rendering is kept unless a better one of another clause
 * (not its neighbour in the same Chinese sentence) already holds half of
 * its words, or a better one of the same clause is already kept in the same
 * document.
 */
function keepBest(renderings: ClauseRendering[]): ClauseRendering[] {
  const sorted = [...renderings].sort((a, b) => b.score - a.score || a.clause.start - b.clause.start || a.span.start - b.span.start)
  const kept: ClauseRendering[] = []
  const bySentence = new Map<number, ClauseRendering[]>()
  const perDocument = new Set<string>()
  for (const rendering of sorted) {
    const documentKey = `${rendering.clause.document.segmented.doc}\u0000${rendering.clause.start}\u0000${rendering.target.document.segmented.doc}`
    if (perDocument.has(documentKey)) continue
    const others = bySentence.get(rendering.target.id) ?? []
    const length = rendering.span.end - rendering.span.start
    // Two clauses side by side in one Chinese sentence may share a target
    // stretch: the sentence renders them together (they become one passage).
    const sibling = (other: ClauseRendering): boolean =>
      other.clause.document === rendering.clause.document && other.clause.sentence === rendering.clause.sentence && Math.abs(other.clause.position - rendering.clause.position) === 1
    if (others.some((other) => !sibling(other) && overlap(other.span, rendering.span) > 0.5 * Math.min(length, other.span.end - other.span.start))) continue
    perDocument.add(documentKey)
    others.push(rendering)
    bySentence.set(rendering.target.id, others)
    kept.push(rendering)
  }
  return kept
}

/**
 * A clause written in two originals of the event (a repost of the same
 * readout, in either script) is kept in the original whose clauses the coverage renders most,
 * and its renderings are those found for either copy.
 */
function keepOneCopy(renderings: ClauseRendering[], toSimplified: (text: string) => string): { renderings: ClauseRendering[]; copies: Map<OriginalClause, OriginalClause[]> } {
  const weight = new Map<string, number>()
  for (const rendering of renderings) {
    const doc = rendering.clause.document.segmented.doc
    weight.set(doc, (weight.get(doc) ?? 0) + rendering.score)
  }
  const groups = new Map<string, OriginalClause[]>()
  for (const rendering of renderings) {
    const key = originalKey(toSimplified(rendering.clause.text))
    const group = groups.get(key) ?? []
    if (!group.includes(rendering.clause)) group.push(rendering.clause)
    groups.set(key, group)
  }
  const keptClause = new Map<OriginalClause, OriginalClause>()
  const copies = new Map<OriginalClause, OriginalClause[]>()
  for (const group of groups.values()) {
    const chosen = [...group].sort((a, b) => (weight.get(b.document.segmented.doc) ?? 0) - (weight.get(a.document.segmented.doc) ?? 0) || a.start - b.start)[0]!
    for (const clause of group) keptClause.set(clause, chosen)
    if (group.length > 1) copies.set(chosen, group.filter((clause) => clause !== chosen))
  }
  const seen = new Set<string>()
  const result: ClauseRendering[] = []
  for (const rendering of [...renderings].sort((a, b) => b.score - a.score)) {
    const clause = keptClause.get(rendering.clause)!
    const key = `${clause.document.segmented.doc}\u0000${clause.start}\u0000${rendering.target.document.segmented.doc}\u0000${rendering.span.start}`
    const sameDocument = `${clause.document.segmented.doc}\u0000${clause.start}\u0000${rendering.target.document.segmented.doc}`
    if (seen.has(key) || seen.has(sameDocument)) continue
    seen.add(key)
    seen.add(sameDocument)
    const shift = clause.start - rendering.clause.start
    const links = shift === 0 ? rendering.links : rendering.links.map((link) => ({ ...link, source: { ...link.source, start: link.source.start + shift, end: link.source.end + shift } }))
    result.push(clause === rendering.clause ? rendering : { ...rendering, clause, links })
  }
  return { renderings: result, copies }
}

/** Every clause that is a copy of a kept one. */
function copiesOf(copies: ReadonlyMap<OriginalClause, OriginalClause[]>): Set<OriginalClause> {
  return new Set([...copies.values()].flat())
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}
