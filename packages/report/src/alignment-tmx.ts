import { type TmxUnit, writeTmx } from '@renderings/tmx'
import { type AlignmentReport, sideNumbers, sideText } from './alignment-model.js'

/** Options of {@link renderAlignmentTmx}. */
export interface AlignmentTmxOptions {
  creationToolVersion: string
  /** TMX date (`YYYYMMDDThhmmssZ`); now when left out. */
  creationDate?: string
}

/**
 * A TMX 1.4b translation memory of the alignment: one `tu` per bead that
 * has text on both sides (a sentence without counterpart is not a
 * translation), with `prop`s recording where it came from (documents,
 * sentence numbers, shape and score), so a unit can be traced back.
 * `srclang` is the first pair's source language.
 */
export function renderAlignmentTmx(report: AlignmentReport, options: AlignmentTmxOptions): string {
  const units: TmxUnit[] = []
  for (const pair of report.pairs) {
    pair.beads.forEach((bead, index) => {
      if (bead.source.length === 0 || bead.target.length === 0) return
      units.push({
        id: `${pair.source.lang}-${pair.target.lang}-${index + 1}`,
        props: [
          { type: 'x-source-doc', value: pair.source.doc },
          { type: 'x-target-doc', value: pair.target.doc },
          { type: 'x-source-sentences', value: sideNumbers(pair.source, bead.source).join(',') },
          { type: 'x-target-sentences', value: sideNumbers(pair.target, bead.target).join(',') },
          { type: 'x-bead-shape', value: `${bead.source.length}-${bead.target.length}` },
          { type: 'x-alignment-score', value: bead.score.toFixed(3) }
        ],
        variants: [
          { lang: pair.source.lang, text: sideText(pair.source, bead.source) },
          { lang: pair.target.lang, text: sideText(pair.target, bead.target) }
        ]
      })
    })
  }
  return writeTmx(units, {
    srcLang: report.pairs[0]?.source.lang ?? 'und',
    creationTool: 'renderings',
    creationToolVersion: options.creationToolVersion,
    ...(options.creationDate === undefined ? {} : { creationDate: options.creationDate })
  })
}
