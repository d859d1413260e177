import type { Bead } from '@renderings/types'
import { AnchorCollector } from './anchor-table.js'
import { beadTypes, defaultPrior } from './bead-types.js'
import { describeBeads } from './bead-evidence.js'
import type { PathBead } from './banded-search.js'
import { bandedSearch, pathCorners } from './banded-search.js'
import { bridgeAnchors } from './bridges.js'
import type { CostModel } from './cost-model.js'
import { dictionaryAnchors } from './dictionary-anchors.js'
import { type MatchRates, estimateRates, unitEvidence } from './evidence-model.js'
import { inducedLexiconAnchors } from './induced-lexicon.js'
import { addLexiconTokens, isChinese } from './lexicon-anchors.js'
import type { Anchor } from './numbers-dates.js'
import { type AlignOptions, resolveOptions } from './options.js'
import { recursiveSearch } from './recursive-search.js'
import { estimatePriorCosts, estimateVariance } from './path-estimates.js'
import { bandAroundPath } from './search-window.js'
import { type AnchorFamilies, allAnchorFamilies, sentenceAnchors } from './sentence-anchors.js'
import { textLength } from './text-length.js'
import type { Units } from './units.js'

const hasHan = /\p{Script=Han}/u
/** A letter of any script but Han: what a word anchor (`word:`) needs at least one of. */
const hasOtherLetter = /(?!\p{Script=Han})\p{L}/u

/** Gale & Church's variance of the length difference per character (1993). */
const initialVariance = 6.8

/**
 * Align two lists of sentences (translations of each other, in order) and
 * return beads covering every sentence of both sides once, in order.
 *
 * First pass: Gale & Church's length model plus dictionary-free anchors
 * (numbers and dates, names and cognates, punctuation, Chinese bridges and
 * the optional dictionary), searched with recursive down-sampling. Second
 * pass: a lexicon induced from the first pass's 1-1 beads adds anchors, and
 * the search runs again in a band around the first path. (Re-estimating the
 * length variance and shape priors from the first pass, hard-EM style, was
 * measured and made both development sets worse: the first pass's errors
 * are merges, and learning from them teaches more merges.)
 */
export function alignSentences(source: readonly string[], target: readonly string[], options: AlignOptions = {}): Bead[] {
  const settings = resolveOptions(options)
  if (source.length === 0 || target.length === 0) {
    return [...source.map((_, index) => ({ source: [index], target: [], score: 0, evidence: ['no counterpart: the other side is empty'] })), ...target.map((_, index) => ({ source: [], target: [index], score: 0, evidence: ['no counterpart: the other side is empty'] }))]
  }
  settings.onProgress('anchors', 0)
  const lengths = (texts: readonly string[]): Float64Array => Float64Array.from(texts, (text) => textLength(text, settings.lengthUnit))
  const sourceLengths = lengths(source)
  const targetLengths = lengths(target)
  const anchors = new AnchorCollector(source.length, target.length)
  if (settings.anchors) {
    // A Chinese character pair can only meet its like: against a side
    // without any Han character, a side's pairs would all be dropped from
    // the table (keys of one side only), so they are not made. So with word
    // anchors against a side without a letter of another script (Chinese
    // with no Latin word in it): the English side of the Bible made 66,000
    // for nothing, about 2 % of the process.
    const families = (other: readonly string[]): AnchorFamilies => ({
      ...allAnchorFamilies,
      words: other.some((text) => hasOtherLetter.test(text)),
      han: other.some((text) => hasHan.test(text))
    })
    const sourceFamilies = families(target)
    const targetFamilies = families(source)
    source.forEach((text, index) => anchors.add(0, index, sentenceAnchors(text, sourceFamilies)))
    target.forEach((text, index) => anchors.add(1, index, sentenceAnchors(text, targetFamilies)))
    if (settings.dictionary.length > 0) addAll(anchors, dictionaryAnchors(settings.dictionary, source, target))
    const sourceChinese = isChinese(settings.sourceLang, source)
    const targetChinese = isChinese(settings.targetLang, target)
    const lexicon = settings.lexicon && sourceChinese !== targetChinese
    if (settings.bridges) addAll(anchors, bridgeAnchors(source, target, settings.hanReader, !lexicon))
    if (lexicon) addLexiconTokens(anchors, source, target, sourceChinese ? 'zh' : settings.sourceLang ?? 'und', targetChinese ? 'zh' : settings.targetLang ?? 'und')
  }

  const types = beadTypes(settings.maxSource, settings.maxTarget)
  let table = anchors.table()
  const model: CostModel = {
    types,
    priorCost: Float64Array.from(types, (type) => -Math.log(defaultPrior(type))),
    ratio: lengthRatio(sum(sourceLengths), source.length, sum(targetLengths), target.length),
    variance: initialVariance,
    keyCount: table.keys.length
  }
  const units = (rates: MatchRates): [Units, Units] => [
    { lengths: sourceLengths, ...unitEvidence(table, 0, rates) },
    { lengths: targetLengths, ...unitEvidence(table, 1, rates) }
  ]
  let [sourceUnits, targetUnits] = units(new Map())
  settings.onProgress('first pass', 0.1)
  const limits = { fullMatrixCells: settings.fullMatrixCells, bandWidth: settings.bandWidth }
  let path: PathBead[] = recursiveSearch(sourceUnits, targetUnits, model, limits, (done, total) => settings.onProgress('first pass', 0.1 + (0.4 * done) / total))

  if (settings.secondPass) {
    settings.onProgress('second pass', 0.5)
    const confident = path.filter((bead) => bead.s1 - bead.s0 === 1 && bead.t1 - bead.t0 === 1).map((bead) => [bead.s0, bead.t0] as const)
    if (settings.anchors) inducedLexiconAnchors(source, target, confident, (side, index, found) => anchors.add(side, index, found))
    table = anchors.table()
    model.keyCount = table.keys.length
    model.priorCost = estimatePriorCosts(types, path)
    model.variance = estimateVariance(path, sourceLengths, targetLengths, model.ratio, model.variance)
    ;[sourceUnits, targetUnits] = units(estimateRates(table, path))
    const window = bandAroundPath(pathCorners(path), 1, source.length, target.length, settings.bandWidth)
    path = bandedSearch(sourceUnits, targetUnits, window, model, (done, total) => settings.onProgress('second pass', 0.5 + (0.5 * done) / total))
  }
  settings.onProgress('done', 1)
  return describeBeads(path, model, table, sourceUnits, targetUnits, { source, target })
}

function addAll(anchors: AnchorCollector, extra: { source: Anchor[][]; target: Anchor[][] }): void {
  extra.source.forEach((list, index) => anchors.add(0, index, list))
  extra.target.forEach((list, index) => anchors.add(1, index, list))
}

/**
 * Expected target length per unit of source length. When both sides hold
 * about as many sentences, they are whole translations and the ratio of
 * their totals is the best estimate; when the counts differ widely (one
 * title against a whole article), the totals mislead and the ratio of the
 * mean sentence lengths is safer. The two are blended geometrically by the
 * ratio of the counts.
 */
function lengthRatio(sourceTotal: number, sourceCount: number, targetTotal: number, targetCount: number): number {
  if (sourceTotal === 0 || targetTotal === 0) return 1
  const totals = Math.log(targetTotal / sourceTotal)
  const means = Math.log(targetTotal / targetCount / (sourceTotal / sourceCount))
  const balance = Math.min(sourceCount, targetCount) / Math.max(sourceCount, targetCount)
  return Math.exp(balance * totals + (1 - balance) * means)
}

function sum(values: Float64Array): number {
  let total = 0
  for (const value of values) total += value
  return total
}
