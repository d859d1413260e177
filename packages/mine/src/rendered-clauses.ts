import type { Span } from '@renderings/types'
import { stemSpecificity, TargetIndex, targetSentences, type TargetSentence } from './coverage-targets.js'
import { originalSentences, type OriginalClause, type OriginalSentence } from './original-clauses.js'
import { originalKey } from './han-runs.js'
import type { MiningDocument, MiningLexicon, PreparedText } from './types.js'

/** A link between a word of a clause and a word of a target sentence, offsets into the documents. */
export interface ClauseLink {
  source: Span & { text: string }
  target: Span & { text: string }
  /** The lexicon's weight times how specific both words are to this event. */
  weight: number
  via: string
}

/** The span of a target sentence that renders a clause of a Chinese original. */
export interface ClauseRendering {
  clause: OriginalClause
  target: TargetSentence
  /** Index range of `target.tokens`, inclusive. */
  first: number
  last: number
  span: Span
  links: ClauseLink[]
  /** Weighted share of the clause's words linked into the span. */
  coverage: number
  /** Share of the span's content words linked to the clause. */
  density: number
  score: number
}

/**
 * A run of clauses of one Chinese sentence and the stretch of one target
 * sentence that renders them together (a single clause is a run of one).
 */
export interface PassageRendering {
  clauses: OriginalClause[]
  /** From the first clause's start to the last one's end. */
  source: Span
  target: TargetSentence
  /** Index range of `target.tokens`, inclusive, and its offsets (widened to quotation marks and articles). */
  first: number
  last: number
  span: Span
  links: ClauseLink[]
  coverage: number
  density: number
  score: number
}

/** What the coverage of one event yields: its Chinese sentences and the renderings found. */
export interface EventCoverage {
  sentences: OriginalSentence[]
  renderings: ClauseRendering[]
  passages: PassageRendering[]
  /** Chinese clauses also written in another original of the event (reposts), by the kept clause. */
  copies: Map<OriginalClause, OriginalClause[]>
  stats: { clauses: number; targets: number; comparisons: number }
}

/** How much an unlinked content word inside a span costs, against a link's weight (at most 1). */
const gapCost = 0.3
/** How much a function word inside a span costs (a little: spans should not wander). */
const functionWordCost = 0.04
/** Lowest score of a clause rendering. */
const minScore = 0.3
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
  for (const document of documents) sentences.push(...originalSentences(document, sentences.length))
  const clauses = sentences.flatMap((sentence) => sentence.clauses)
  const stats = { clauses: clauses.length, targets: 0, comparisons: 0 }
  if (clauses.length === 0) return { sentences, renderings: [], passages: [], copies: new Map(), stats }
  const targets = targetSentences(documents, lexicon)
  stats.targets = targets.length
  if (targets.length === 0) return { sentences, renderings: [], passages: [], copies: new Map(), stats }

  const index = new TargetIndex(targets)
  const targetSpecificity = stemSpecificity(targets)
  const prepared = new Map(clauses.map((clause) => [clause, lexicon.prepare(clause.text, 'zh')]))
  const sentenceOf = (clause: OriginalClause): OriginalSentence => sentences[clause.sentence]!
  const chineseSpecificity = wordSpecificity([...prepared.values()])
  const found: ClauseRendering[] = []
  for (const clause of clauses) {
    const source = prepared.get(clause)!
    if (!isStatement(clause, source, sentenceOf(clause), lexicon)) continue
    for (const { sentence } of index.candidates(source, source.tokens.length <= 2 ? 1 : 2)) {
      if (sentence.document === clause.document) continue
      stats.comparisons++
      const rendering = renderingIn(clause, source, sentence, lexicon, targetSpecificity, chineseSpecificity)
      if (rendering !== undefined) found.push(rendering)
    }
  }
  boostSiblings(found)
  const kept = keepBest(found)
  const { renderings, copies } = keepOneCopy(kept)
  return { sentences, renderings, passages: joinPassages(renderings), copies, stats }
}

// English glosses of the verbs that introduce what someone said (指出 →
// "point out", 强调 → "stress"): a clause that is only a speaker and such a
// verb (`习近平指出`) says who speaks, not what is said.
const reportingGlosses = new Set(['say', 'says', 'said', 'state', 'stress', 'emphasize', 'emphasise', 'point', 'note', 'add', 'express', 'indicate', 'believe', 'think', 'declare', 'announce', 'tell', 'remark', 'underline', 'underscore', 'highlight', 'reiterate', 'maintain', 'opine', 'consider', 'speak', 'talk'])

/**
 * Whether a clause states something worth finding renderings of: two words
 * of substance (a word of two or more characters weighs 1 in the lexicon),
 * and not just a speaker and a reporting verb opening the sentence.
 */
function isStatement(clause: OriginalClause, source: PreparedText, sentence: OriginalSentence, lexicon: MiningLexicon): boolean {
  const substantial = source.tokens.filter((token) => token.weight >= 1 && token.end - token.start >= 2)
  if (substantial.length < 2) return false
  if (clause.position === 0 && sentence.clauses.length > 1 && source.tokens.length <= 3) {
    const verb = source.tokens.at(-1)!.text
    const glosses = lexicon.renderingsOf(verb, 'en').slice(0, 4)
    if (glosses.some((gloss) => reportingGlosses.has(gloss.text.toLowerCase().split(/\s+/u)[0] ?? ''))) return false
  }
  return true
}

/** How specific each Chinese word is to a few clauses of the event (as `stemSpecificity` for the other side). */
function wordSpecificity(prepared: readonly PreparedText[]): (word: string) => number {
  const frequency = new Map<string, number>()
  for (const text of prepared) for (const word of new Set(text.tokens.map((token) => token.text))) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const total = Math.max(1, prepared.length)
  const top = Math.log(1 + total)
  return (word) => Math.log(1 + total / (frequency.get(word) ?? 1)) / top
}

/** The best window of `sentence` rendering `clause`, if one is good enough. */
function renderingIn(
  clause: OriginalClause,
  source: PreparedText,
  sentence: TargetSentence,
  lexicon: MiningLexicon,
  targetSpecificity: (stem: string) => number,
  chineseSpecificity: (word: string) => number
): ClauseRendering | undefined {
  const raw = lexicon.translationLinks(source, sentence.prepared)
  if (raw.length === 0) return undefined
  const tokens = sentence.tokens
  const base = sentence.segment.start
  // The best link of each target word, and which Chinese word it comes from.
  const best = new Array<ClauseLink | undefined>(tokens.length)
  const chineseOf = new Array<number>(tokens.length).fill(-1)
  for (const link of raw) {
    const chinese = source.tokens.findIndex((token) => token.start === link.a.start && token.end === link.a.end)
    const word = chinese >= 0 ? source.tokens[chinese]!.text : clause.text.slice(link.a.start, link.a.end)
    const start = base + link.b.start
    const end = base + link.b.end
    for (let position = 0; position < tokens.length; position++) {
      const token = tokens[position]!
      if (token.end <= start || token.start >= end || token.stop) continue
      const weight = link.weight * (0.2 + 0.8 * targetSpecificity(token.stem)) * (0.2 + 0.8 * chineseSpecificity(word))
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
  // Maximum-sum window: links count for, unlinked words against.
  let bestSum = 0
  let bestFirst = -1
  let bestLast = -1
  let sum = 0
  let first = 0
  for (let position = 0; position < tokens.length; position++) {
    const value = best[position] !== undefined ? best[position]!.weight : tokens[position]!.stop ? -functionWordCost : -gapCost
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
  if (bestFirst < 0) return undefined
  const links: ClauseLink[] = []
  const linkedChinese = new Set<number>()
  let content = 0
  let linked = 0
  for (let position = bestFirst; position <= bestLast; position++) {
    if (!tokens[position]!.stop) content++
    const link = best[position]
    if (link === undefined) continue
    linked++
    links.push(link)
    linkedChinese.add(chineseOf[position]!)
  }
  if (linkedChinese.size < Math.min(2, source.tokens.length)) return undefined
  let covered = 0
  let total = 0
  source.tokens.forEach((token, position) => {
    const weight = token.weight * (0.2 + 0.8 * chineseSpecificity(token.text))
    total += weight
    if (linkedChinese.has(position)) covered += weight
  })
  const coverage = total === 0 ? 0 : covered / total
  const density = content === 0 ? 0 : linked / content
  if (coverage < minCoverage) return undefined
  const score = Math.sqrt(coverage * density) * (sentence.reports ? 1 : 0.9)
  if (score < minScore) return undefined
  return {
    clause, target: sentence, first: bestFirst, last: bestLast,
    span: { start: tokens[bestFirst]!.start, end: tokens[bestLast]!.end },
    links, coverage, density, score
  }
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
      if (sibling) rendering.score = Math.min(1, rendering.score * 1.2)
    }
  }
}

/**
 * Best first: a rendering is kept unless a better one of another clause
 * already holds half of its words, or a better one of the same clause is
 * already kept in the same document.
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
    if (others.some((other) => overlap(other.span, rendering.span) > 0.5 * Math.min(length, other.span.end - other.span.start))) continue
    perDocument.add(documentKey)
    others.push(rendering)
    bySentence.set(rendering.target.id, others)
    kept.push(rendering)
  }
  return kept
}

/**
 * A clause written in two originals of the event (a repost of the same
 * readout) is kept in the original whose clauses the coverage renders most,
 * and its renderings are those found for either copy.
 */
function keepOneCopy(renderings: ClauseRendering[]): { renderings: ClauseRendering[]; copies: Map<OriginalClause, OriginalClause[]> } {
  const weight = new Map<string, number>()
  for (const rendering of renderings) {
    const doc = rendering.clause.document.segmented.doc
    weight.set(doc, (weight.get(doc) ?? 0) + rendering.score)
  }
  const groups = new Map<string, OriginalClause[]>()
  for (const rendering of renderings) {
    const key = originalKey(rendering.clause.text)
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

/** Most unlinked content words between the renderings of two clauses joined into one passage. */
const maxJoinGap = 2

/**
 * Clauses of one Chinese sentence rendered one after the other in one
 * target sentence (at most two unlinked content words between their spans,
 * in either order) are one passage: a translation renders the sentence, and
 * the reader wants the sentence's rendering, not its pieces.
 */
function joinPassages(renderings: readonly ClauseRendering[]): PassageRendering[] {
  const groups = new Map<string, ClauseRendering[]>()
  for (const rendering of renderings) {
    const key = `${rendering.clause.document.segmented.doc}\u0000${rendering.clause.sentence}\u0000${rendering.target.id}`
    const group = groups.get(key) ?? []
    group.push(rendering)
    groups.set(key, group)
  }
  const passages: PassageRendering[] = []
  for (const group of groups.values()) {
    const byTarget = [...group].sort((a, b) => a.first - b.first)
    let current: ClauseRendering[] = []
    const flush = (): void => {
      if (current.length > 0) passages.push(passageOf(current))
      current = []
    }
    for (const rendering of byTarget) {
      const previous = current.at(-1)
      if (previous !== undefined) {
        const gap = rendering.target.tokens.slice(previous.last + 1, rendering.first).filter((token) => !token.stop).length
        const adjacentClauses = current.some((member) => Math.abs(member.clause.position - rendering.clause.position) === 1)
        if (gap > maxJoinGap || !adjacentClauses) flush()
      }
      current.push(rendering)
    }
    flush()
  }
  return passages
}

function passageOf(members: readonly ClauseRendering[]): PassageRendering {
  const clauses = [...new Set(members.map((member) => member.clause))].sort((a, b) => a.start - b.start)
  const target = members[0]!.target
  const first = Math.min(...members.map((member) => member.first))
  const last = Math.max(...members.map((member) => member.last))
  const weight = (member: ClauseRendering): number => member.clause.end - member.clause.start
  const total = members.reduce((sum, member) => sum + weight(member), 0)
  const mean = (value: (member: ClauseRendering) => number): number => members.reduce((sum, member) => sum + value(member) * weight(member), 0) / total
  const [spanFirst, spanLast] = widen(target, first, last)
  return {
    clauses,
    source: { start: clauses[0]!.start, end: clauses.at(-1)!.end },
    target, first: spanFirst, last: spanLast,
    span: spanOf(target, spanFirst, spanLast),
    links: members.flatMap((member) => member.links).sort((a, b) => a.target.start - b.target.start),
    coverage: mean((member) => member.coverage),
    density: mean((member) => member.density),
    score: Math.min(1, mean((member) => member.score) * (members.length > 1 ? 1.1 : 1))
  }
}

// Articles and the prepositions fused with them, which open a noun phrase
// the window starts inside of (`la` Chine, `the` rejuvenation).
const openingWords = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'the', 'a', 'an'])

/**
 * A window widened to natural boundaries: to the whole quotation when it
 * covers half of one or more, and back over the article that opens its
 * first noun phrase.
 */
function widen(target: TargetSentence, first: number, last: number): [number, number] {
  const tokens = target.tokens
  let from = first
  let to = last
  for (const quote of target.quotes) {
    const inside = tokens.map((token, index) => [token, index] as const).filter(([token]) => token.start >= quote.start && token.end <= quote.end)
    if (inside.length === 0) continue
    const covered = inside.filter(([, index]) => index >= first && index <= last).length
    if (covered === 0 || covered < inside.length / 2) continue
    from = Math.min(from, inside[0]![1])
    to = Math.max(to, inside.at(-1)![1])
  }
  for (let step = 0; step < 2 && from > 0; step++) {
    const previous = tokens[from - 1]!
    const between = target.document.segmented.text.slice(previous.end, tokens[from]!.start)
    if (!openingWords.has(previous.folded) || /[^\s\u00a0\u202f]/u.test(between)) break
    from--
  }
  return [from, to]
}

function spanOf(target: TargetSentence, first: number, last: number): Span {
  return { start: target.tokens[first]!.start, end: target.tokens[last]!.end }
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}
