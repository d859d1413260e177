import { type AlignOptions, alignDocumentLanguages } from '@renderings/align'
import { writeFileAtomic } from '@renderings/corpus'
import { RenderingsError } from '@renderings/errors'
import type { AlignmentPair, AlignmentReport } from '@renderings/report'
import type { AlignCommandOptions } from '../commands/align.js'
import { type AlignInputSide, checkCount, readPresegmented, segmentFile, sideOfDocument } from './align-inputs.js'
import { checkFormat, renderAlignment } from './align-output.js'
import { alignSettings, alignTwoSides } from './align-pair.js'
import { inlineSmallFunctionsOnly } from './small-inlining.js'

export async function runAlign(sourceFile: string | undefined, targetFile: string | undefined, options: AlignCommandOptions): Promise<void> {
  // On the Bible-scale input V8's background threads, its optimiser most of
  // all, used 0.3-0.4 s of the process's 2.9 s of CPU time with the default.
  inlineSmallFunctionsOnly()
  if (sourceFile === undefined) throw new RenderingsError('give SRC (and TGT), or --batch to read JSON Lines', { code: 'EUSAGE' })
  if (options.withText === true) throw new RenderingsError('--with-text goes with --batch', { code: 'EUSAGE' })
  const format = checkFormat(options.format ?? 'beads')
  const { srcLang, tgtLang, options: alignOptions } = alignSettings(options)

  let pairs: AlignmentPair[]
  if (targetFile === undefined) {
    if (options.presegmented) throw new RenderingsError('--presegmented needs two files, SRC and TGT (one sentence per line each)', { code: 'EUSAGE' })
    pairs = await alignOneDocument(sourceFile, srcLang, tgtLang, alignOptions)
  } else {
    const source = options.presegmented ? await readPresegmented(sourceFile, srcLang) : sideOfDocument(sourceFile, await segmentFile(sourceFile), srcLang)
    const target = options.presegmented ? await readPresegmented(targetFile, tgtLang) : sideOfDocument(targetFile, await segmentFile(targetFile), tgtLang)
    pairs = [alignPair(source, target, alignOptions)]
  }
  const title = `Alignment of ${targetFile === undefined ? sourceFile : `${sourceFile} and ${targetFile}`}`
  const output = renderAlignment({ title, pairs } satisfies AlignmentReport, format)
  if (options.out === undefined) process.stdout.write(output)
  else await writeFileAtomic(options.out, output)
}

function alignPair(source: AlignInputSide, target: AlignInputSide, options: AlignOptions): AlignmentPair {
  return { source: reportSide(source), target: reportSide(target), beads: alignTwoSides(source, target, options, warn, true) }
}

async function alignOneDocument(file: string, srcLang: string | undefined, tgtLang: string | undefined, options: AlignOptions): Promise<AlignmentPair[]> {
  const document = await segmentFile(file)
  if (srcLang !== undefined && tgtLang !== undefined) {
    if (srcLang === tgtLang) throw new RenderingsError(`--src-lang and --tgt-lang are both ${srcLang}: one file holds one text per language`, { code: 'EUSAGE' })
    return [alignPair(sideOfDocument(file, document, srcLang), sideOfDocument(file, document, tgtLang), options)]
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
