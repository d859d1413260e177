import type { Anchor } from './numbers-dates.js'

/**
 * The anchors of both sides, interned: each sentence becomes a sorted list
 * of key ids (with repeats), and each key gets a weight. Only keys seen on
 * both sides are kept: a key of one side alone can never match, and leaving
 * it out makes every sentence cheaper to compare.
 */
export interface AnchorTable {
  /** Weight of each key id: its rarity, ln((S + T) / (df_S + df_T)). */
  weights: Float64Array
  /** How the key was written on each side, with its kind, for evidence. */
  sourceText: string[]
  targetText: string[]
  kinds: string[]
  /** The key of each id. */
  keys: string[]
  /** 1 for number and date keys: a translation keeps them, so missing ones count against a bead. */
  isNumber: Uint8Array
  source: Int32Array[]
  target: Int32Array[]
}

/**
 * Intern anchors. The weight is an inverse document frequency over the
 * sentences of both sides: sharing a name that occurs once on each side is
 * strong evidence, sharing a word that half the sentences contain is weak
 * (it is close to the log-likelihood ratio of "aligned" against "random
 * pair" for a key with that frequency).
 */
export function buildAnchorTable(sourceAnchors: readonly Anchor[][], targetAnchors: readonly Anchor[][]): AnchorTable {
  const sourceFrequency = documentFrequency(sourceAnchors)
  const targetFrequency = documentFrequency(targetAnchors)
  const ids = new Map<string, number>()
  const weights: number[] = []
  const sourceText: string[] = []
  const targetText: string[] = []
  const kinds: string[] = []
  const keys: string[] = []
  const isNumber: number[] = []
  const total = sourceAnchors.length + targetAnchors.length
  for (const [key, inSource] of sourceFrequency) {
    const inTarget = targetFrequency.get(key)
    if (inTarget === undefined) continue
    ids.set(key, weights.length)
    keys.push(key)
    isNumber.push(isNumberKey(key) ? 1 : 0)
    weights.push(Math.log(total / (inSource.count + inTarget.count)))
    sourceText.push(inSource.first.text)
    targetText.push(inTarget.first.text)
    kinds.push(inSource.first.kind === inTarget.first.kind ? inSource.first.kind : `${inSource.first.kind}/${inTarget.first.kind}`)
  }
  const intern = (anchors: readonly Anchor[]): Int32Array => {
    const found: number[] = []
    for (const anchor of anchors) {
      const id = ids.get(anchor.key)
      if (id !== undefined) found.push(id)
    }
    return Int32Array.from(found).sort()
  }
  return {
    weights: Float64Array.from(weights),
    sourceText,
    targetText,
    kinds,
    keys,
    isNumber: Uint8Array.from(isNumber),
    source: sourceAnchors.map(intern),
    target: targetAnchors.map(intern)
  }
}

interface Frequency {
  count: number
  first: Anchor
}

function documentFrequency(sentences: readonly Anchor[][]): Map<string, Frequency> {
  const frequency = new Map<string, Frequency>()
  for (const anchors of sentences) {
    const seen = new Set<string>()
    for (const anchor of anchors) {
      if (seen.has(anchor.key)) continue
      seen.add(anchor.key)
      const entry = frequency.get(anchor.key)
      if (entry === undefined) frequency.set(anchor.key, { count: 1, first: anchor })
      else entry.count++
    }
  }
  return frequency
}

/** Whether a key is a number or a date. */
export function isNumberKey(key: string): boolean {
  return key.startsWith('number:') || key.startsWith('date:')
}

/** How many number and date anchors each sentence holds (a date read two ways counts once). */
export function numberCounts(sentences: readonly Anchor[][]): Float64Array {
  return Float64Array.from(sentences, (anchors) => new Set(anchors.filter((anchor) => isNumberKey(anchor.key)).map((anchor) => anchor.text)).size)
}
