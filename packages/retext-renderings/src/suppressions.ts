import type { Place, Point } from './finding.js'

/**
 * An inline comment that silences one finding, with a reason:
 *
 *     <!-- renderings-ignore-next-line deprecated-rendering -- quoting the 2019 communiqué -->
 *     %% renderings-ignore-line inconsistent-rendering -- the speaker's own words
 *
 * `<!-- … -->` is for Markdown and HTML; `%%` starts a comment line in plain
 * text (it never starts a sentence of prose). `renderings-ignore-next-line`
 * (or plain `renderings-ignore`) targets the next line, `renderings-ignore-line`
 * the comment's own line. Rules are listed by id, separated by commas or
 * spaces, or `all`. The reason after `--` is required: without it the
 * comment silences nothing and is itself reported.
 */
export interface Suppression {
  /** The line whose findings it may silence. */
  line: number
  rules: string[]
  reason: string
  place: Place
  used: boolean
}

const directive = /(?:<!--|%%)[ \t]*renderings-ignore(-next-line|-line)?[ \t]+([a-z][a-z-]*(?:[ \t]*,?[ \t]*[a-z][a-z-]*)*)[ \t]*(?:--[ \t]*(.*?))?[ \t]*(?:-->|$)/gm

/** Every suppression comment of a piece of text. */
export function findSuppressions(text: string, lines: { toPoint(offset: number): Point }): Suppression[] {
  // Cheap test first: most texts hold no directive.
  if (!text.includes('renderings-ignore')) return []
  const found: Suppression[] = []
  for (const match of text.matchAll(directive)) {
    const start: Point = lines.toPoint(match.index)
    const end: Point = lines.toPoint(match.index + match[0].length)
    const rules = match[2]!.split(/[\s,]+/).filter((rule) => rule !== '')
    found.push({ line: match[1] === '-line' ? start.line : start.line + 1, rules, reason: (match[3] ?? '').trim(), place: { start, end }, used: false })
  }
  return found
}
