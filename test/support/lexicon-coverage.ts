import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Lexicon, PreparedSegment } from '@renderings/lexicon'
import { readAlignDevSets } from './align-dev-data.js'
import { devDataFolder } from './paths.js'

/** Tokens counted and linked, by what the links rest on. */
export interface Coverage {
  tokens: number
  linked: number
  share: number
  /** The tokens' weights summed, and those of the linked tokens: how much of what counts is linked. */
  weight: number
  linkedWeight: number
  weightedShare: number
}

const noCoverage = (): Coverage => ({ tokens: 0, linked: 0, share: 0, weight: 0, linkedWeight: 0, weightedShare: 0 })

/** One gold line of the outlets corpus: a Chinese span and its renderings (French or English). */
export interface OutletGoldPair {
  event: string
  zh: string
  lang: string
  rendering: string
}

/** Every (Chinese span, rendering) pair of `<dev-data>/outlets/*\/gold.jsonl`, in file order. */
export function readOutletGoldPairs(): OutletGoldPair[] {
  const root = join(devDataFolder, 'outlets')
  if (!existsSync(root)) return []
  const pairs: OutletGoldPair[] = []
  for (const event of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const gold = join(root, event, 'gold.jsonl')
    if (!existsSync(gold)) continue
    for (const line of readFileSync(gold, 'utf8').split('\n')) {
      if (line.trim() === '') continue
      const item = JSON.parse(line) as { zh: string; renderings: Array<{ file: string; text: string }> }
      for (const rendering of item.renderings) {
        const lang = /\.([a-z]{2})(?:-[A-Za-z]+)?\.txt$/.exec(rendering.file)?.[1] ?? 'fr'
        pairs.push({ event, zh: item.zh, lang, rendering: rendering.text })
      }
    }
  }
  return pairs
}

/** Share of the Chinese word tokens of `zh` that have at least one link into `other`, added to `into`. */
function countLinked(lexicon: Lexicon, zh: PreparedSegment, other: PreparedSegment, into: Coverage): void {
  const linked = new Set(lexicon.translationLinks(zh, other).map((link) => link.a.start))
  for (const token of zh.tokens) {
    if (!/\p{Script=Han}/u.test(token.text)) continue
    into.tokens++
    into.weight += token.weight
    if (linked.has(token.start)) {
      into.linked++
      into.linkedWeight += token.weight
    }
  }
  into.share = into.tokens === 0 ? 0 : into.linked / into.tokens
  into.weightedShare = into.weight === 0 ? 0 : into.linkedWeight / into.weight
}

/**
 * Coverage on MAC-Dev (zh → en): for every gold bead with both sides, the
 * share of its Chinese word tokens with a link into its English side.
 */
export function macDevCoverage(lexicon: Lexicon): Coverage {
  const coverage = noCoverage()
  for (const set of readAlignDevSets().filter((candidate) => candidate.languages[0] === 'zh')) {
    for (const document of set.documents) {
      for (const bead of document.gold) {
        if (bead.source.length === 0 || bead.target.length === 0) continue
        const zh = lexicon.prepare(bead.source.map((index) => document.source[index]).join(''), 'zh')
        const en = lexicon.prepare(bead.target.map((index) => document.target[index]).join(' '), set.languages[1])
        countLinked(lexicon, zh, en, coverage)
      }
    }
  }
  return coverage
}

/**
 * Coverage on the outlets corpus: for every gold (Chinese span, rendering)
 * pair of one language, the share of the span's Chinese word tokens linked
 * into the rendering. With `shuffled`, each span is compared with the
 * rendering of another gold line of the same event instead (half the
 * event's pairs further on): the links a span makes into text that does not
 * render it, the noise floor of the figure.
 */
export function outletCoverage(lexicon: Lexicon, lang: string, shuffled = false): Coverage {
  const coverage = noCoverage()
  const pairs = readOutletGoldPairs().filter((candidate) => candidate.lang === lang)
  for (const [index, pair] of pairs.entries()) {
    let partner = pair
    if (shuffled) {
      const event = pairs.filter((candidate) => candidate.event === pair.event && candidate.zh !== pair.zh)
      if (event.length === 0) continue
      partner = event[(index + Math.floor(event.length / 2)) % event.length]!
    }
    countLinked(lexicon, lexicon.prepare(pair.zh, 'zh'), lexicon.prepare(partner.rendering, lang), coverage)
  }
  return coverage
}

/**
 * The weight of the links between the outlets corpus's gold Chinese spans
 * and their renderings in `lang`, against the weight of their links into
 * the rendering of another gold line of the same event (as `outletCoverage`
 * shuffles them), by source and in all (`all`). Weighted, so a link that
 * the lexicon keeps but trusts less counts less: the precision figure of
 * the links the miner sums.
 */
export function outletLinkMass(lexicon: Lexicon, lang: string): LinkPrecision[] {
  const gold = new Map<string, number>()
  const other = new Map<string, number>()
  const pairs = readOutletGoldPairs().filter((candidate) => candidate.lang === lang)
  let counted = 0
  const add = (into: Map<string, number>, zh: PreparedSegment, text: string): void => {
    for (const link of lexicon.translationLinks(zh, lexicon.prepare(text, lang))) {
      into.set(link.source, (into.get(link.source) ?? 0) + link.weight)
      into.set('all', (into.get('all') ?? 0) + link.weight)
    }
  }
  for (const [index, pair] of pairs.entries()) {
    const event = pairs.filter((candidate) => candidate.event === pair.event && candidate.zh !== pair.zh)
    if (event.length === 0) continue
    const zh = lexicon.prepare(pair.zh, 'zh')
    add(gold, zh, pair.rendering)
    add(other, zh, event[(index + Math.floor(event.length / 2)) % event.length]!.rendering)
    counted++
  }
  return perSource(gold, other, counted)
}

/** Links (or link weight) of one source between gold pairs and between unrelated ones. */
export interface LinkPrecision {
  source: string
  /** Per gold pair. */
  gold: number
  /** Per unrelated pair (the same sentences, partners shifted by half the document or the event). */
  random: number
  /** 1 − random / gold: the share of the source's links in gold pairs that chance does not explain. */
  precision: number
}

/** Per-pair figures of each source, gold against unrelated. */
function perSource(gold: ReadonlyMap<string, number>, random: ReadonlyMap<string, number>, pairs: number): LinkPrecision[] {
  return [...gold.keys()].sort().map((source) => {
    const perGold = gold.get(source)! / pairs
    const perRandom = (random.get(source) ?? 0) / pairs
    return { source, gold: perGold, random: perRandom, precision: 1 - perRandom / perGold }
  })
}

/**
 * How often each kind of link falls inside a gold-aligned sentence pair of
 * the development sets of one language pair (`en fr`: LIMSI; `zh en`:
 * MAC-Dev; 1-1 beads) against a pair of unrelated sentences of the same
 * document: a link that is as frequent between unrelated sentences is
 * noise. Counted per (token, token) pair, each pair by its strongest link.
 */
export function linkPrecision(lexicon: Lexicon, languages: string): LinkPrecision[] {
  const gold = new Map<string, number>()
  const random = new Map<string, number>()
  let pairs = 0
  const count = (into: Map<string, number>, a: PreparedSegment, b: PreparedSegment): void => {
    for (const link of lexicon.translationLinks(a, b)) into.set(link.source, (into.get(link.source) ?? 0) + 1)
  }
  for (const set of readAlignDevSets().filter((candidate) => candidate.languages.join(' ') === languages)) {
    for (const document of set.documents) {
      const beads = document.gold.filter((bead) => bead.source.length === 1 && bead.target.length === 1)
      const english = beads.map((bead) => lexicon.prepare(document.source[bead.source[0]!]!, set.languages[0]))
      const french = beads.map((bead) => lexicon.prepare(document.target[bead.target[0]!]!, set.languages[1]))
      for (let index = 0; index < beads.length; index++) {
        count(gold, english[index]!, french[index]!)
        count(random, english[index]!, french[(index + Math.floor(beads.length / 2)) % beads.length]!)
        pairs++
      }
    }
  }
  return perSource(gold, random, pairs)
}

/** Share of gold 1-1 beads whose partner is the most similar sentence among its neighbours. */
export interface Ranking {
  beads: number
  first: number
  share: number
}

/**
 * For every gold 1-1 bead of MAC-Dev (source i, target j): whether
 * `similarity(i, j)` beats every `similarity(i, k)` for the target sentences
 * k within ±`window` of j (and, the other way, every `similarity(k, j)` for
 * the source sentences within ±`window` of i). Ties do not count as first.
 */
export function macDevRanking(lexicon: Lexicon, window = 5): { sourceToTarget: Ranking; targetToSource: Ranking } {
  const forward: Ranking = { beads: 0, first: 0, share: 0 }
  const backward: Ranking = { beads: 0, first: 0, share: 0 }
  for (const set of readAlignDevSets().filter((candidate) => candidate.languages[0] === 'zh')) {
    for (const document of set.documents) {
      const sources = document.source.map((text) => lexicon.prepare(text, set.languages[0]))
      const targets = document.target.map((text) => lexicon.prepare(text, set.languages[1]))
      for (const bead of document.gold) {
        if (bead.source.length !== 1 || bead.target.length !== 1) continue
        const i = bead.source[0]!
        const j = bead.target[0]!
        rank(forward, lexicon.similarity(sources[i]!, targets[j]!), neighbours(j, targets.length, window).map((k) => lexicon.similarity(sources[i]!, targets[k]!)))
        rank(backward, lexicon.similarity(sources[i]!, targets[j]!), neighbours(i, sources.length, window).map((k) => lexicon.similarity(sources[k]!, targets[j]!)))
      }
    }
  }
  return { sourceToTarget: forward, targetToSource: backward }
}

function neighbours(center: number, length: number, window: number): number[] {
  const indices: number[] = []
  for (let k = Math.max(0, center - window); k <= Math.min(length - 1, center + window); k++) if (k !== center) indices.push(k)
  return indices
}

function rank(into: Ranking, gold: number, others: readonly number[]): void {
  into.beads++
  if (others.every((other) => gold > other)) into.first++
  into.share = into.first / into.beads
}
