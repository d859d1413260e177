// What the build script writes and the table reads, in one place: the
// format marks of `cedict-index.bin` and the field of an entry line that
// holds its renderings' words.

/** First word of `cedict-index.bin` ("CEDX" in little-endian bytes): a table of another layout lacks it. */
export const tableMagic = 0x58444543
/** Raised whenever the layout of the compiled files changes, so an old build is refused with a one-line error. */
export const tableFormat = 2

/** The words of one rendering: its number and date keys, and its content words as numbers into the word table. */
export interface RenderingWords {
  numbers: string[]
  words: number[]
}

/**
 * The third field of an entry line: one group per rendering, `|` between
 * groups, the items of a group spaced, number and date keys (`number:2019`,
 * `date:1/10`) before the word numbers. A key never opens with a digit, a
 * word number always does.
 */
export function renderingWordsField(renderings: readonly RenderingWords[]): string {
  return renderings.map(({ numbers, words }) => [...numbers, ...words].join(' ')).join('|')
}

/** The groups of {@link renderingWordsField}, read back. */
export function parseRenderingWords(field: string): RenderingWords[] {
  return field.split('|').map((group) => {
    const numbers: string[] = []
    const words: number[] = []
    if (group !== '') {
      for (const item of group.split(' ')) {
        const first = item.charCodeAt(0)
        if (first >= 0x30 && first <= 0x39) words.push(Number(item))
        else numbers.push(item)
      }
    }
    return { numbers, words }
  })
}
