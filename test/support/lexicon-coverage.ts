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
}

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
    if (linked.has(token.start)) into.linked++
  }
  into.share = into.tokens === 0 ? 0 : into.linked / into.tokens
}

/**
 * Coverage on MAC-Dev (zh → en): for every gold bead with both sides, the
 * share of its Chinese word tokens with a link into its English side.
 */
export function macDevCoverage(lexicon: Lexicon): Coverage {
  const coverage: Coverage = { tokens: 0, linked: 0, share: 0 }
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

/** Coverage on the outlets corpus: for every gold (Chinese span, rendering) pair of one language, the share of the span's Chinese word tokens linked into the rendering. */
export function outletCoverage(lexicon: Lexicon, lang: string): Coverage {
  const coverage: Coverage = { tokens: 0, linked: 0, share: 0 }
  for (const pair of readOutletGoldPairs().filter((candidate) => candidate.lang === lang)) {
    countLinked(lexicon, lexicon.prepare(pair.zh, 'zh'), lexicon.prepare(pair.rendering, lang), coverage)
  }
  return coverage
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
