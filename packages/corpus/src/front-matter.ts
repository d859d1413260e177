/** What a document's front matter says about it. */
export interface FrontMatter {
  /** Fields by lower-case name (`outlet`, `date`, `title`, `lang`, `event`, …). */
  fields: Map<string, string>
  /** Where the block ends in the text (after its closing `---` line). */
  end: number
}

// `---` alone on the first line, `key: value` lines, `---` (or `...`) alone.
const opening = /^\uFEFF?---[ \t]*\r?\n/u
const closing = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/mu
const field = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/u
const maxFrontMatter = 4096

/**
 * A front-matter block at the very start of a document, as static site
 * generators write it:
 *
 *     ---
 *     outlet: Le Monde
 *     date: 2023-04-26
 *     ---
 *
 * Values may be quoted. Undefined when the text does not start with one (or
 * the block is not closed within 4 KiB: then it is not front matter).
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const open = opening.exec(text)
  if (open === null) return undefined
  const rest = text.slice(open[0].length, open[0].length + maxFrontMatter)
  const close = closing.exec(rest)
  if (close === null) return undefined
  const fields = new Map<string, string>()
  for (const line of rest.slice(0, close.index).split(/\r?\n/u)) {
    const found = field.exec(line)
    if (found === null) continue
    const value = found[2]!.replace(/^(["'])(.*)\1$/u, '$2').trim()
    if (value !== '') fields.set(found[1]!.toLowerCase(), value)
  }
  return { fields, end: open[0].length + close.index + close[0].length }
}

/**
 * The text with its front matter blanked: every character of the block but
 * line breaks becomes a space, so the block is no part of any sentence and
 * every offset still points into the file as written.
 */
export function blankFrontMatter(text: string, frontMatter: FrontMatter): string {
  return text.slice(0, frontMatter.end).replace(/[^\r\n]/gu, ' ') + text.slice(frontMatter.end)
}
