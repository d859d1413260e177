// Document pairs for the batch mode's tests and benchmark, cut from the
// hand-aligned development data (`../shared/dev-data/align`): each pair is
// a run of consecutive gold beads, its source and target sentences, so the
// pairs are real translations of article length (8 to 40 beads) in the
// data's three language pairs. More pairs than one pass gives are cut with
// other lengths and starting points, so no two pairs of a corpus are equal.
import { readAlignDevSets } from './align-dev-data.js'

/** One line of `renderings align --batch` input. */
export interface PairRecord {
  id: string
  src: string[]
  tgt: string[]
  srcLang: string
  tgtLang: string
}

/** Bead counts of the pairs, in turn: article-sized runs of sentences. */
const runLengths = [8, 23, 14, 40, 11, 31, 17, 26, 9, 35, 20]

/** `count` document pairs from the development data (fewer only when it is absent: then none). */
export function documentPairs(count: number): PairRecord[] {
  const documents = readAlignDevSets().flatMap((set) => set.documents.map((document) => ({ set, document })))
  const pairs: PairRecord[] = []
  if (documents.length === 0) return pairs
  for (let round = 0; pairs.length < count; round++) {
    let lengthIndex = round
    for (const { set, document } of documents) {
      // Each round starts a few beads further in and cycles the lengths differently.
      for (let start = (round * 3) % 7; start < document.gold.length && pairs.length < count; ) {
        const length = runLengths[lengthIndex++ % runLengths.length]!
        const beads = document.gold.slice(start, start + length)
        start += length
        const source = span(beads.flatMap((bead) => bead.source))
        const target = span(beads.flatMap((bead) => bead.target))
        if (source === undefined || target === undefined) continue
        pairs.push({
          id: `${set.name}/${document.name}/${round}/${pairs.length}`,
          src: document.source.slice(source[0], source[1]),
          tgt: document.target.slice(target[0], target[1]),
          srcLang: set.languages[0],
          tgtLang: set.languages[1]
        })
      }
    }
  }
  return pairs
}

/** The smallest range `[first, last + 1)` holding every index, or undefined for none. */
function span(indices: readonly number[]): [number, number] | undefined {
  if (indices.length === 0) return undefined
  let first = indices[0]!
  let last = first
  for (const index of indices) {
    if (index < first) first = index
    if (index > last) last = index
  }
  return [first, last + 1]
}

/** Records as JSON Lines. */
export function jsonLines(records: readonly object[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('')
}
