import type { Bead } from '@renderings/types'
import { type AlignmentReport, beadShape, sideNumbers, sideText } from './alignment-model.js'

/** One bead per line as 0-based indices, `[0]:[0]`, `[1, 2]:[3]`, `[4]:[]` (Vecalign and Bleualign's format). */
export function beadLine(bead: Pick<Bead, 'source' | 'target'>): string {
  return `[${bead.source.join(', ')}]:[${bead.target.join(', ')}]`
}

/**
 * The `beads` format. With several pairs (a multilingual document), each
 * pair's lines follow a `# fr→vi` line and a blank line separates pairs.
 */
export function renderAlignmentBeads(report: AlignmentReport): string {
  const single = report.pairs.length === 1
  return report.pairs
    .map((pair) => {
      const lines = pair.beads.map(beadLine)
      return (single ? lines : [`# ${pair.source.lang}→${pair.target.lang}`, ...lines]).join('\n') + '\n'
    })
    .join('\n')
}

/** Tab-separated values with a header row; tabs and line breaks inside text become spaces. */
export function renderAlignmentTsv(report: AlignmentReport): string {
  const rows = [['source_lang', 'target_lang', 'bead', 'shape', 'source_sentences', 'target_sentences', 'score', 'source_text', 'target_text', 'evidence']]
  for (const pair of report.pairs) {
    pair.beads.forEach((bead, index) => {
      rows.push([
        pair.source.lang,
        pair.target.lang,
        String(index),
        beadShape(bead),
        sideNumbers(pair.source, bead.source).join(','),
        sideNumbers(pair.target, bead.target).join(','),
        bead.score.toFixed(3),
        sideText(pair.source, bead.source),
        sideText(pair.target, bead.target),
        bead.evidence.join('; ')
      ])
    })
  }
  return rows.map((row) => row.map(tsvCell).join('\t')).join('\n') + '\n'
}

/** One JSON object per bead and line, with both texts and the evidence. */
export function renderAlignmentJsonl(report: AlignmentReport): string {
  const lines: string[] = []
  for (const pair of report.pairs) {
    pair.beads.forEach((bead, index) => {
      lines.push(
        JSON.stringify({
          sourceLang: pair.source.lang,
          targetLang: pair.target.lang,
          sourceDoc: pair.source.doc,
          targetDoc: pair.target.doc,
          bead: index,
          source: bead.source,
          target: bead.target,
          sourceSentences: sideNumbers(pair.source, bead.source),
          targetSentences: sideNumbers(pair.target, bead.target),
          score: bead.score,
          sourceText: sideText(pair.source, bead.source),
          targetText: sideText(pair.target, bead.target),
          evidence: bead.evidence,
          anchors: bead.anchors ?? []
        })
      )
    })
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n'
}

function tsvCell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ')
}
