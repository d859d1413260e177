// Scores a word segmentation against a gold one written with underscores
// between the syllables of a word (`điện_đàm`, the VLSP convention).
import { segmentVietnamese } from '@renderings/parse-vi'

export interface Scores {
  precision: number
  recall: number
  f1: number
}

export interface GoldComparison {
  /** Every word, single syllables included, as spans. */
  words: Scores
  /** Words of two syllables or more only (what findVietnameseWords returns). */
  compounds: Scores
  /** The spaces inside words: the decisions a segmenter actually makes. */
  joins: Scores
  goldCompounds: number
}

/** Compares `segmentVietnamese` on the gold's plain text with the gold. */
export function compareWithGold(gold: string): GoldComparison {
  const text = gold.replaceAll('_', ' ')
  const goldJoins = new Set<number>()
  for (let index = 0; index < gold.length; index++) if (gold[index] === '_') goldJoins.add(index)
  const predicted = segmentVietnamese(text)
  const predictedJoins = new Set<number>()
  for (const word of predicted) for (let index = word.start; index < word.end; index++) if (text[index] === ' ') predictedJoins.add(index)
  // Gold words: the same syllable runs, cut wherever the gold has no underscore.
  const goldWords = spansFromJoins(predicted, goldJoins, text)
  const predictedWords = predicted.map((word) => `${word.start}:${word.end}`)
  const compound = (span: string): boolean => text.slice(...(span.split(':').map(Number) as [number, number])).includes(' ')
  return {
    words: score(new Set(predictedWords), new Set(goldWords)),
    compounds: score(new Set(predictedWords.filter(compound)), new Set(goldWords.filter(compound))),
    joins: score(predictedJoins, goldJoins),
    goldCompounds: goldWords.filter(compound).length
  }
}

/** Re-cuts the predicted words' syllables into words by the gold's joins. */
function spansFromJoins(predicted: ReturnType<typeof segmentVietnamese>, joins: Set<number>, text: string): string[] {
  const syllables: Array<{ start: number; end: number }> = []
  for (const word of predicted) {
    let start = word.start
    for (const syllable of word.syllables) {
      const found = text.indexOf(syllable, start)
      syllables.push({ start: found, end: found + syllable.length })
      start = found + syllable.length
    }
  }
  const spans: string[] = []
  let current: { start: number; end: number } | undefined
  for (const syllable of syllables) {
    if (current && joins.has(current.end) && syllable.start === current.end + 1) current.end = syllable.end
    else {
      if (current) spans.push(`${current.start}:${current.end}`)
      current = { ...syllable }
    }
  }
  if (current) spans.push(`${current.start}:${current.end}`)
  return spans
}

function score<T>(predicted: Set<T>, gold: Set<T>): Scores {
  let correct = 0
  for (const item of predicted) if (gold.has(item)) correct++
  const precision = predicted.size === 0 ? 1 : correct / predicted.size
  const recall = gold.size === 0 ? 1 : correct / gold.size
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}
