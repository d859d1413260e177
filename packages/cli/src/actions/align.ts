import { type AlignOptions, alignDocumentLanguages, alignSegments, alignSentences } from '@renderings/align'
import { writeFileAtomic } from '@renderings/corpus'
import { RenderingsError } from '@renderings/errors'
import type { AlignmentPair, AlignmentReport } from '@renderings/report'
import type { AlignCommandOptions } from '../commands/align.js'
import { type AlignInputSide, checkCount, checkLanguage, readPresegmented, segmentFile, sideOfDocument } from './align-inputs.js'
import { checkFormat, renderAlignment } from './align-output.js'
import { progressReporter } from './align-progress.js'

export async function runAlign(sourceFile: string, targetFile: string | undefined, options: AlignCommandOptions): Promise<void> {
  const format = checkFormat(options.format)
  const srcLang = checkLanguage('--src-lang', options.srcLang)
  const tgtLang = checkLanguage('--tgt-lang', options.tgtLang)
  const maxBead = Number(options.maxBead)
  if (!Number.isInteger(maxBead) || maxBead < 1 || maxBead > 4) throw new RenderingsError(`--max-bead must be 1, 2, 3 or 4, got "${options.maxBead}"`, { code: 'EUSAGE' })
  const alignOptions: AlignOptions = { maxSource: maxBead, maxTarget: maxBead }

  let pairs: AlignmentPair[]
  if (targetFile === undefined) {
    if (options.presegmented) throw new RenderingsError('--presegmented needs two files, SRC and TGT (one sentence per line each)', { code: 'EUSAGE' })
    pairs = await alignOneDocument(sourceFile, srcLang, tgtLang, alignOptions)
  } else {
    const source = options.presegmented ? await readPresegmented(sourceFile, srcLang) : sideOfDocument(sourceFile, await segmentFile(sourceFile), srcLang)
    const target = options.presegmented ? await readPresegmented(targetFile, tgtLang) : sideOfDocument(targetFile, await segmentFile(targetFile), tgtLang)
    pairs = [alignTwoSides(source, target, alignOptions)]
  }
  const title = `Alignment of ${targetFile === undefined ? sourceFile : `${sourceFile} and ${targetFile}`}`
  const output = renderAlignment({ title, pairs } satisfies AlignmentReport, format)
  if (options.out === undefined) process.stdout.write(output)
  else await writeFileAtomic(options.out, output)
}

function alignTwoSides(source: AlignInputSide, target: AlignInputSide, options: AlignOptions): AlignmentPair {
  if (source.sentences.length === 0 && target.sentences.length === 0) {
    throw new RenderingsError(`both ${source.file} and ${target.file} are empty: nothing to align`, { code: 'EEMPTY' })
  }
  for (const [side, other] of [[source, target], [target, source]] as const) {
    if (side.sentences.length === 0) warn(`${side.file} has no sentences: every sentence of ${other.file} is left without counterpart`)
  }
  if (source.lang === target.lang && source.lang !== 'und') {
    warn(`both sides are ${source.lang}: aligning two versions in the same language (give --src-lang/--tgt-lang if this is wrong)`)
  }
  const onProgress = progressReporter(source.sentences.length + target.sentences.length)
  const languages = { sourceLang: source.lang === 'und' ? undefined : source.lang, targetLang: target.lang === 'und' ? undefined : target.lang }
  const withProgress = onProgress === undefined ? { ...options, ...languages } : { ...options, ...languages, onProgress }
  const beads =
    source.segments !== undefined && target.segments !== undefined
      ? alignSegments(source.segments, target.segments, withProgress)
      : alignSentences(source.sentences, target.sentences, withProgress)
  return { source: reportSide(source), target: reportSide(target), beads }
}

async function alignOneDocument(file: string, srcLang: string | undefined, tgtLang: string | undefined, options: AlignOptions): Promise<AlignmentPair[]> {
  const document = await segmentFile(file)
  if (srcLang !== undefined && tgtLang !== undefined) {
    if (srcLang === tgtLang) throw new RenderingsError(`--src-lang and --tgt-lang are both ${srcLang}: one file holds one text per language`, { code: 'EUSAGE' })
    return [alignTwoSides(sideOfDocument(file, document, srcLang), sideOfDocument(file, document, tgtLang), options)]
  }
  const languages = [...new Set(document.segments.map((segment) => segment.lang))]
  if (languages.length < 2) {
    throw new RenderingsError(`holds only ${languages[0] ?? 'no'} text: give a second file (its translation) to align with`, { code: 'EONELANG', file })
  }
  checkCount(file, document.segments.length)
  const found = alignDocumentLanguages(document, options).filter(
    (pair) => (srcLang === undefined || pair.sourceLang === srcLang || pair.targetLang === srcLang) && (tgtLang === undefined || pair.sourceLang === tgtLang || pair.targetLang === tgtLang)
  )
  if (found.length === 0) throw new RenderingsError(`has no pair of languages matching --src-lang/--tgt-lang (it has: ${languages.join(', ')})`, { code: 'ELANG', file })
  return found.map((pair) => ({
    source: { lang: pair.sourceLang, doc: document.doc, sentences: pair.source.map((segment) => segment.text), sentenceNumbers: pair.source.map((segment) => segment.sentence) },
    target: { lang: pair.targetLang, doc: document.doc, sentences: pair.target.map((segment) => segment.text), sentenceNumbers: pair.target.map((segment) => segment.sentence) },
    beads: pair.beads
  }))
}

function reportSide(side: AlignInputSide): AlignmentPair['source'] {
  return { lang: side.lang, doc: side.doc, sentences: side.sentences, ...(side.sentenceNumbers === undefined ? {} : { sentenceNumbers: side.sentenceNumbers }) }
}

function warn(message: string): void {
  process.stderr.write(`renderings: warning: ${message}\n`)
}
