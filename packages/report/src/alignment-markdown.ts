import { type AlignmentReport, beadShape, doubtfulScore, sideText, summarizeAlignment } from './alignment-model.js'
import { beadLine } from './alignment-text-formats.js'

/**
 * A Markdown report: per pair, the summary counts and a table of beads
 * (doubtful ones marked ⚠, sentences without counterpart shown as —).
 * Pipes, backslashes and line breaks in the text are escaped so a sentence
 * cannot break the table.
 */
export function renderAlignmentMarkdown(report: AlignmentReport): string {
  const out: string[] = [`# ${cell(report.title)}`, '']
  for (const pair of report.pairs) {
    const summary = summarizeAlignment(pair)
    out.push(`## ${pair.source.lang} → ${pair.target.lang}`, '')
    out.push(
      `${summary.beads} beads joining ${summary.sourceSentences} ${pair.source.lang} and ${summary.targetSentences} ${pair.target.lang} sentences; ` +
        `shapes: ${summary.shapes.map((entry) => `${entry.shape} × ${entry.count}`).join(', ') || 'none'}; ` +
        `${summary.unmatched} without counterpart; ${summary.doubtful} doubtful pairings (score < ${doubtfulScore}); mean score of pairings ${summary.meanScore.toFixed(2)}.`,
      ''
    )
    out.push(`| bead | shape | score | ${pair.source.lang} | ${pair.target.lang} | evidence |`, '|---|---|---|---|---|---|')
    for (const bead of pair.beads) {
      const flag = bead.score < doubtfulScore && bead.source.length > 0 && bead.target.length > 0 ? ' ⚠' : ''
      const source = bead.source.length === 0 ? '—' : cell(sideText(pair.source, bead.source))
      const target = bead.target.length === 0 ? '—' : cell(sideText(pair.target, bead.target))
      out.push(`| \`${beadLine(bead)}\` | ${beadShape(bead)} | ${bead.score.toFixed(2)}${flag} | ${source} | ${target} | ${cell(bead.evidence.join('; '))} |`)
    }
    out.push('')
  }
  return out.join('\n')
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ').replace(/</g, '&lt;')
}
