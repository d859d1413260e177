import { type AlignOptions, alignSegments, alignSentences } from '@renderings/align'
import { RenderingsError } from '@renderings/errors'
import type { Bead } from '@renderings/types'
import type { AlignCommandOptions } from '../commands/align.js'
import { type AlignInputSide, checkLanguage } from './align-inputs.js'
import { progressReporter } from './align-progress.js'

/** The aligner's settings from the command line, checked. */
export interface AlignSettings {
  srcLang: string | undefined
  tgtLang: string | undefined
  options: AlignOptions
}

/** Check --src-lang, --tgt-lang and --max-bead, as every form of `renderings align` takes them. */
export function alignSettings(options: AlignCommandOptions): AlignSettings {
  const srcLang = checkLanguage('--src-lang', options.srcLang)
  const tgtLang = checkLanguage('--tgt-lang', options.tgtLang)
  const maxBead = Number(options.maxBead)
  if (!Number.isInteger(maxBead) || maxBead < 1 || maxBead > 4) throw new RenderingsError(`--max-bead must be 1, 2, 3 or 4, got "${options.maxBead}"`, { code: 'EUSAGE' })
  return { srcLang, tgtLang, options: { maxSource: maxBead, maxTarget: maxBead } }
}

/**
 * Align two sides, as `renderings align SRC TGT` and `renderings align
 * --batch` both do: segments when both sides were segmented here, plain
 * sentences otherwise. Two empty sides are an error; one empty side, or the
 * same language on both, a warning passed to `warn`.
 */
export function alignTwoSides(source: AlignInputSide, target: AlignInputSide, options: AlignOptions, warn: (message: string) => void, progress = false): Bead[] {
  if (source.sentences.length === 0 && target.sentences.length === 0) {
    throw new RenderingsError(`both ${source.file} and ${target.file} are empty: nothing to align`, { code: 'EEMPTY' })
  }
  for (const [side, other] of [[source, target], [target, source]] as const) {
    if (side.sentences.length === 0) warn(`${side.file} has no sentences: every sentence of ${other.file} is left without counterpart`)
  }
  if (source.lang === target.lang && source.lang !== 'und') {
    warn(`both sides are ${source.lang}: aligning two versions in the same language (give --src-lang/--tgt-lang if this is wrong)`)
  }
  const onProgress = progress ? progressReporter(source.sentences.length + target.sentences.length) : undefined
  // The languages tell the aligner when to link Chinese through the lexicon.
  const languages = { sourceLang: source.lang === 'und' ? undefined : source.lang, targetLang: target.lang === 'und' ? undefined : target.lang }
  const withProgress = onProgress === undefined ? { ...options, ...languages } : { ...options, ...languages, onProgress }
  return source.segments !== undefined && target.segments !== undefined
    ? alignSegments(source.segments, target.segments, withProgress)
    : alignSentences(source.sentences, target.sentences, withProgress)
}
