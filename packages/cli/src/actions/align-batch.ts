import { readTextFile } from '@renderings/corpus'
import { RenderingsError } from '@renderings/errors'
import type { AlignCommandOptions } from '../commands/align.js'
import { type AlignInputSide, checkLanguage, documentId, presegmentedSide, segmentText, sentenceSide, sideOfDocument } from './align-inputs.js'
import { type AlignSettings, alignSettings, alignTwoSides } from './align-pair.js'
import { type BatchAnswer, type BatchRecord, runBatch } from './batch-stream.js'

/**
 * `renderings align --batch [FILE]`: one document pair per JSON line in,
 * its alignment out (see the README's "Batch mode"). Each side is
 *
 * - `src`/`tgt` as an array of strings: sentences as given (what
 *   `--presegmented` reads from files);
 * - `src`/`tgt` as a string, or `srcFile`/`tgtFile`, a path to a UTF-8 text:
 *   segmented with @renderings/segment as `renderings align SRC TGT` does,
 *   or, with `--presegmented`, one sentence per line.
 */
export async function runAlignBatch(input: string | undefined, extra: string | undefined, options: AlignCommandOptions): Promise<void> {
  if (extra !== undefined) throw new RenderingsError('--batch reads one JSON Lines file (or standard input), not SRC and TGT', { code: 'EUSAGE' })
  if (options.format !== undefined || options.out !== undefined) {
    throw new RenderingsError('--batch writes JSON Lines to standard output: --format and --out do not apply', { code: 'EUSAGE' })
  }
  const settings = alignSettings(options)
  const shape: RecordShape = { presegmented: options.presegmented === true, withText: options.withText === true }
  await runBatch({ input, answer: (record) => alignRecord(record, settings, shape) })
}

interface RecordShape {
  /** String texts hold one sentence per line. */
  presegmented: boolean
  /** Answers carry each side's sentences as text. */
  withText: boolean
}

async function alignRecord(record: BatchRecord, settings: AlignSettings, shape: RecordShape): Promise<BatchAnswer> {
  const doc = String(record['id'])
  const source = await sideOfRecord(record, 'src', doc, settings.srcLang, shape.presegmented)
  const target = await sideOfRecord(record, 'tgt', doc, settings.tgtLang, shape.presegmented)
  const warnings: string[] = []
  const beads = alignTwoSides(source, target, settings.options, (message) => warnings.push(message))
  const answer: BatchAnswer = {
    srcLang: source.lang,
    tgtLang: target.lang,
    beads: beads.map((bead) => [bead.source, bead.target]),
    // Four decimals: the scores are estimates, and a million answers are read back.
    scores: beads.map((bead) => Math.round(bead.score * 1e4) / 1e4)
  }
  if (source.segments !== undefined) answer['srcSentences'] = source.segments.map((segment) => [segment.start, segment.end])
  if (target.segments !== undefined) answer['tgtSentences'] = target.segments.map((segment) => [segment.start, segment.end])
  if (shape.withText) {
    answer['srcText'] = source.sentences
    answer['tgtText'] = target.sentences
  }
  if (warnings.length > 0) answer['warnings'] = warnings
  return answer
}

/** One side of a record: `src`, `srcFile` and `srcLang` (or the `tgt` ones). */
async function sideOfRecord(record: BatchRecord, side: 'src' | 'tgt', doc: string, commandLang: string | undefined, presegmented: boolean): Promise<AlignInputSide> {
  const langField = `${side}Lang`
  const recordLang = record[langField]
  if (recordLang !== undefined && typeof recordLang !== 'string') throw new RenderingsError(`"${langField}" must be a language code`, { code: 'EUSAGE' })
  const lang = checkLanguage(`"${langField}"`, recordLang) ?? commandLang
  const inline = record[side]
  const path = record[`${side}File`]
  if (inline !== undefined && path !== undefined) throw new RenderingsError(`give "${side}" or "${side}File", not both`, { code: 'EUSAGE' })
  if (path !== undefined) {
    if (typeof path !== 'string' || path === '') throw new RenderingsError(`"${side}File" must be a file path`, { code: 'EUSAGE' })
    return textSide(await readTextFile(path), path, documentId(path), lang, presegmented)
  }
  if (typeof inline === 'string') return textSide(inline, side, doc, lang, presegmented)
  if (Array.isArray(inline) && inline.every((sentence) => typeof sentence === 'string')) return sentenceSide(inline as string[], side, doc, lang)
  throw new RenderingsError(
    inline === undefined ? `no "${side}" (a text, or an array of sentences) and no "${side}File"` : `"${side}" must be a text or an array of sentences (strings)`,
    { code: 'EUSAGE' }
  )
}

async function textSide(text: string, file: string, doc: string, lang: string | undefined, presegmented: boolean): Promise<AlignInputSide> {
  return presegmented ? presegmentedSide(text, file, doc, lang) : sideOfDocument(file, await segmentText(text, file, doc), lang)
}
