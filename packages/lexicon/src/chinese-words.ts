/** What the word lookup needs of a dictionary: the headwords that can start at a position, and whether a range is one. */
export interface HeadwordLookup {
  /** Longest headword (UTF-16 units) that can start at `text[index]`, 0 if none. */
  longestAt(text: string, index: number): number
  /** Whether `text[start, start + length)` is a headword. */
  has(text: string, start: number, length: number): boolean
  /**
   * The lengths of the headwords starting at `text[index]`, up to
   * `maxLength`, shortest first, written to `lengths`; returns how many.
   * Optional: a lookup without it is asked {@link has} for each length.
   */
  headwordLengthsAt?(text: string, index: number, maxLength: number, lengths: Int32Array): number
}

/** A word found in Chinese text: offsets (UTF-16, half-open) into the text given. */
export interface ChineseWord {
  start: number
  end: number
  text: string
  /** Whether the word is a dictionary headword (false: a run of characters the dictionary does not know). */
  known: boolean
}

const hanCharacter = /[\p{Script=Han}〇]/u
const hanRun = /[\p{Script=Han}〇]+/gu

/**
 * Chinese words of `text[start, end)` by dictionary lookup: each run of Han
 * characters is cut into the fewest headwords that cover it (ties go to the
 * cut whose words are longest, i.e. the most even-handed longest match),
 * characters the dictionary does not know grouped into runs of their own.
 * A dynamic programme over the run, each position trying only the lengths
 * of the headwords that start with its character: linear in the run's
 * length, so a 10,000-character run without punctuation costs no more per
 * character than a sentence.
 */
export function chineseWords(table: HeadwordLookup, text: string, start = 0, end = text.length): ChineseWord[] {
  const words: ChineseWord[] = []
  const from = Math.max(0, start)
  const to = Math.min(text.length, end)
  if (from >= to) return words
  const slice = from === 0 && to === text.length ? text : text.slice(from, to)
  // A loop over the pattern's matches, without matchAll's iterator and copy of the pattern (every sentence of a document comes here).
  hanRun.lastIndex = 0
  for (let run = hanRun.exec(slice); run !== null; run = hanRun.exec(slice)) segmentRun(table, text, from + run.index, from + run.index + run[0].length, words)
  return words
}

// The programme's arrays, reused from run to run (grown as needed): three
// typed arrays for every run of every sentence were fresh memory each time.
let count = new Int32Array(256)
let square = new Float64Array(256)
let step = new Int32Array(256)
/** Whether the step chosen at each position is a headword (1) or an unknown character (0). */
let stepKnown = new Uint8Array(256)
/** The headword lengths found at one position, shortest first (grown when a lookup could find more than 256). */
let lengthsAt = new Int32Array(256)

function segmentRun(table: HeadwordLookup, text: string, start: number, end: number, words: ChineseWord[]): void {
  const length = end - start
  // best[i]: fewest words covering [start + i, end); tie-break: most of sum of squared lengths.
  if (length + 1 > count.length) {
    const size = Math.max(length + 1, 2 * count.length)
    count = new Int32Array(size)
    square = new Float64Array(size)
    step = new Int32Array(size)
    stepKnown = new Uint8Array(size)
  }
  // Position i reads only positions after it, written before it: the end is the one to clear.
  count[length] = 0
  square[length] = 0
  for (let i = length - 1; i >= 0; i--) {
    const at = start + i
    // A character the dictionary does not know: one character, counted as a word.
    let bestLength = text.codePointAt(at)! > 0xffff && i + 1 < length ? 2 : 1
    let bestCount = count[i + bestLength]! + 1
    let bestSquare = square[i + bestLength]! + bestLength * bestLength
    const longest = Math.min(table.longestAt(text, at), length - i)
    let known = false
    // The headword lengths at this position, shortest first: found by the
    // table in one pass where it can, else asked for length by length.
    if (longest > lengthsAt.length) lengthsAt = new Int32Array(longest)
    let found = 0
    if (table.headwordLengthsAt !== undefined) found = table.headwordLengthsAt(text, at, longest, lengthsAt)
    else for (let size = 1; size <= longest; size++) if (table.has(text, at, size)) lengthsAt[found++] = size
    // Tried longest first.
    for (let candidate = found - 1; candidate >= 0; candidate--) {
      const size = lengthsAt[candidate]!
      const candidateCount = count[i + size]! + 1
      const candidateSquare = square[i + size]! + size * size
      if (candidateCount < bestCount || (candidateCount === bestCount && candidateSquare > bestSquare)) {
        bestLength = size
        bestCount = candidateCount
        bestSquare = candidateSquare
      }
      if (size === bestLength) known = true
    }
    count[i] = bestCount
    square[i] = bestSquare
    step[i] = bestLength
    stepKnown[i] = known ? 1 : 0
  }
  let i = 0
  let unknownStart = -1
  while (i < length) {
    const size = step[i]!
    const at = start + i
    if (stepKnown[i] === 1) {
      const wordText = text.slice(at, at + size)
      if (unknownStart >= 0) {
        words.push({ start: unknownStart, end: at, text: text.slice(unknownStart, at), known: false })
        unknownStart = -1
      }
      words.push({ start: at, end: at + size, text: wordText, known: true })
    } else if (unknownStart < 0) unknownStart = at
    i += size
  }
  if (unknownStart >= 0) words.push({ start: unknownStart, end, text: text.slice(unknownStart, end), known: false })
}

/** Whether a string holds a Han character. */
export function hasHan(text: string): boolean {
  return hanCharacter.test(text)
}
