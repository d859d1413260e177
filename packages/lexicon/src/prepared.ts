/** A token of a prepared segment: a Chinese word or a Latin-script word, with offsets into the segment's text. */
export interface PreparedToken {
  start: number
  end: number
  text: string
  /** How much a link through this token counts (0–1): rare words more, function words nothing. */
  weight: number
}

/**
 * A segment prepared once for many comparisons: its tokens and, sorted, the
 * interned ids of everything each token can link to (its stems in its own
 * language, the stems of its translations, its number, its spelling). Two
 * prepared segments are compared by merging their id arrays: integers only.
 */
export interface PreparedSegment {
  readonly lang: string
  readonly text: string
  readonly tokens: readonly PreparedToken[]
  /** Link ids, ascending (an id may repeat, once per token that has it). */
  readonly ids: Int32Array
  /** The token each id belongs to (index into `tokens`). */
  readonly owners: Int32Array
  /** How sure a link through each id is (1 direct, less for composed or spelling-only links). */
  readonly factors: Float32Array
  /** What each id rests on, as an index into the lexicon's source names (0: told by the id's key alone). */
  readonly origins: Uint8Array
  /** Sum of the token weights. */
  readonly weightSum: number
}

/** A lexical link between a token of one segment and a token of the other. */
export interface TranslationLink {
  a: { start: number; end: number }
  b: { start: number; end: number }
  weight: number
  /** What the link rests on: `cc-cedict`, `cc-cedict+freedict`, `pivot`, `cognate`, `number`, `spelling` (the same word in both), … */
  source: string
}

/** One id of a token before sorting. */
export interface TokenId {
  id: number
  factor: number
  /** Index of what the id rests on in the lexicon's source names; 0 or absent when the id's key tells. */
  origin?: number
}

/** Build a prepared segment from tokens and the ids of each. */
export function assemblePrepared(lang: string, text: string, tokens: PreparedToken[], idsOfToken: readonly (readonly TokenId[])[]): PreparedSegment {
  let total = 0
  for (const ids of idsOfToken) total += ids.length
  // Sort (id, owner) pairs as one number each, id × range + position: a native numeric sort, no comparator, no tuples.
  let positionRange = 1024
  while (positionRange <= total) positionRange *= 2
  const order = new Float64Array(total)
  const flat: TokenId[] = new Array(total)
  const flatOwners = new Int32Array(total)
  let position = 0
  idsOfToken.forEach((ids, owner) => {
    for (const id of ids) {
      flat[position] = id
      flatOwners[position] = owner
      order[position] = id.id * positionRange + position
      position++
    }
  })
  order.sort()
  const ids = new Int32Array(total)
  const owners = new Int32Array(total)
  const factors = new Float32Array(total)
  const origins = new Uint8Array(total)
  for (let index = 0; index < total; index++) {
    const at = order[index]! % positionRange
    const { id, factor, origin = 0 } = flat[at]!
    ids[index] = id
    owners[index] = flatOwners[at]!
    factors[index] = factor
    origins[index] = origin
  }
  let weightSum = 0
  for (const token of tokens) weightSum += token.weight
  return { lang, text, tokens, ids, owners, factors, origins, weightSum }
}

/**
 * The first index from `from` on whose id is at least `value`: a galloping
 * search (steps of 1, 2, 4, … then halving), so merging a short segment's
 * ids with a long one's costs about the short one's length times a
 * logarithm, not the sum of both (a Chinese sentence has some 350 ids, an
 * English one some 25).
 */
function skipTo(ids: Int32Array, from: number, value: number): number {
  let low = from
  let step = 1
  while (low < ids.length && ids[low]! < value) {
    const next = low + step
    if (next >= ids.length || ids[next]! >= value) {
      let high = Math.min(next, ids.length)
      while (low < high) {
        const middle = (low + high) >>> 1
        if (ids[middle]! < value) low = middle + 1
        else high = middle
      }
      return low
    }
    low = next
    step *= 2
  }
  return low
}

// Scratch coverage arrays reused across calls (similarity runs N×M times).
let coverageA = new Float32Array(256)
let coverageB = new Float32Array(256)

/**
 * Sentence-pair similarity in [0, 1]: the weighted share of both segments'
 * tokens that have a link to the other segment (a weighted Dice over
 * tokens), each token counted once at its best link. A merge of two sorted
 * integer arrays; no string is touched.
 */
export function preparedSimilarity(a: PreparedSegment, b: PreparedSegment): number {
  const denominator = a.weightSum + b.weightSum
  if (denominator === 0 || a.ids.length === 0 || b.ids.length === 0) return 0
  if (coverageA.length < a.tokens.length) coverageA = new Float32Array(a.tokens.length * 2)
  if (coverageB.length < b.tokens.length) coverageB = new Float32Array(b.tokens.length * 2)
  coverageA.fill(0, 0, a.tokens.length)
  coverageB.fill(0, 0, b.tokens.length)
  const { ids: idsA, owners: ownersA, factors: factorsA } = a
  const { ids: idsB, owners: ownersB, factors: factorsB } = b
  let i = 0
  let j = 0
  while (i < idsA.length && j < idsB.length) {
    const x = idsA[i]!
    const y = idsB[j]!
    if (x < y) i = skipTo(idsA, i + 1, y)
    else if (x > y) j = skipTo(idsB, j + 1, x)
    else {
      let iEnd = i
      while (iEnd < idsA.length && idsA[iEnd] === x) iEnd++
      let jEnd = j
      while (jEnd < idsB.length && idsB[jEnd] === x) jEnd++
      let bestA = 0
      let bestB = 0
      for (let k = i; k < iEnd; k++) bestA = Math.max(bestA, factorsA[k]!)
      for (let k = j; k < jEnd; k++) bestB = Math.max(bestB, factorsB[k]!)
      // A link is as sure as its weaker side.
      for (let k = i; k < iEnd; k++) {
        const owner = ownersA[k]!
        const factor = Math.min(factorsA[k]!, bestB)
        if (factor > coverageA[owner]!) coverageA[owner] = factor
      }
      for (let k = j; k < jEnd; k++) {
        const owner = ownersB[k]!
        const factor = Math.min(factorsB[k]!, bestA)
        if (factor > coverageB[owner]!) coverageB[owner] = factor
      }
      i = iEnd
      j = jEnd
    }
  }
  let covered = 0
  a.tokens.forEach((token, index) => (covered += token.weight * coverageA[index]!))
  b.tokens.forEach((token, index) => (covered += token.weight * coverageB[index]!))
  return Math.min(1, covered / denominator)
}

/**
 * Every token-to-token link between two prepared segments, strongest link
 * per token pair, ordered by position in `a` then in `b`. `sourceOf` names
 * what a link through an id rests on, given each side's origin of it.
 */
export function preparedLinks(a: PreparedSegment, b: PreparedSegment, sourceOf: (id: number, originA: number, originB: number) => string): TranslationLink[] {
  const best = new Map<number, { weight: number; source: string }>()
  const width = b.tokens.length
  let i = 0
  let j = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!
    const y = b.ids[j]!
    if (x < y) i = skipTo(a.ids, i + 1, y)
    else if (x > y) j = skipTo(b.ids, j + 1, x)
    else {
      let iEnd = i
      while (iEnd < a.ids.length && a.ids[iEnd] === x) iEnd++
      let jEnd = j
      while (jEnd < b.ids.length && b.ids[jEnd] === x) jEnd++
      for (let k = i; k < iEnd; k++) {
        for (let l = j; l < jEnd; l++) {
          const tokenA = a.tokens[a.owners[k]!]!
          const tokenB = b.tokens[b.owners[l]!]!
          const weight = Math.sqrt(tokenA.weight * tokenB.weight) * Math.min(a.factors[k]!, b.factors[l]!)
          if (weight <= 0) continue
          const key = a.owners[k]! * width + b.owners[l]!
          const known = best.get(key)
          if (known === undefined || weight > known.weight) best.set(key, { weight, source: sourceOf(x, a.origins[k]!, b.origins[l]!) })
        }
      }
      i = iEnd
      j = jEnd
    }
  }
  return [...best.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([key, { weight, source }]) => {
      const tokenA = a.tokens[Math.floor(key / width)]!
      const tokenB = b.tokens[key % width]!
      return { a: { start: tokenA.start, end: tokenA.end }, b: { start: tokenB.start, end: tokenB.end }, weight, source }
    })
}
