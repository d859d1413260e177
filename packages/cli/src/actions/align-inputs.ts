import { readTextFile } from '@renderings/corpus'
import { RenderingsError } from '@renderings/errors'
import type { LanguageCode, Segment, SegmentedDocument } from '@renderings/types'
import { basename, extname } from 'node:path'

/** Most sentences a side the command aligns: enough for a book, bounded for memory and time. */
export const maxSentencesPerSide = 250_000

/** A side ready to align: its sentences, language and provenance. */
export interface AlignInputSide {
  file: string
  doc: string
  lang: LanguageCode
  sentences: string[]
  /** Sentence numbers in the whole document (segmented input). */
  sentenceNumbers?: number[]
  /** Segments, when the side came from @renderings/segment. */
  segments?: Segment[]
}

const languageCode = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/

/** Check a --src-lang/--tgt-lang value. */
export function checkLanguage(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  if (!languageCode.test(value)) throw new RenderingsError(`${option} "${value}" is not a language code (expected ISO 639-1 such as fr, vi, zh)`, { code: 'EUSAGE' })
  return value
}

/** The document id of a file: its name without extension. */
export function documentId(file: string): string {
  return basename(file, extname(file))
}

/**
 * A pre-segmented file: one sentence per line. LF, CRLF and CR line ends are
 * all accepted (files from different systems may be paired); a final line
 * end does not make an extra empty sentence.
 */
export async function readPresegmented(file: string, lang: string | undefined): Promise<AlignInputSide> {
  return presegmentedSide(await readTextFile(file), file, documentId(file), lang)
}

/** A side from text already split into sentences, one per line, as {@link readPresegmented} reads it; `file` names it in errors. */
export function presegmentedSide(text: string, file: string, doc: string, lang: string | undefined): AlignInputSide {
  const sentences = text.split(/\r\n|\n|\r/)
  if (sentences.at(-1) === '') sentences.pop()
  return sentenceSide(sentences, file, doc, lang)
}

/** A side from its sentences. */
export function sentenceSide(sentences: string[], file: string, doc: string, lang: string | undefined): AlignInputSide {
  // Blank sentences keep their place (line numbers are sentence numbers),
  // but a side of blank sentences only holds no sentence at all.
  const kept = sentences.every((sentence) => sentence.trim() === '') ? [] : sentences
  checkCount(file, kept.length)
  return { file, doc, lang: lang ?? 'und', sentences: kept }
}

/** Refuse more sentences than {@link maxSentencesPerSide}, naming the file. */
export function checkCount(file: string, count: number): void {
  if (count > maxSentencesPerSide) {
    throw new RenderingsError(`has ${count} sentences, more than the ${maxSentencesPerSide} the aligner takes per side; split it into chapters`, { code: 'ETOOBIG', file })
  }
}

/** Segment a file with @renderings/segment. */
export async function segmentFile(file: string): Promise<SegmentedDocument> {
  return segmentText(await readTextFile(file), file, documentId(file))
}

/**
 * Segment a text with @renderings/segment (sentences only: the aligner needs
 * no Chinese words, so segmentit is never loaded); `file` names it in errors.
 */
export async function segmentText(text: string, file: string, doc: string): Promise<SegmentedDocument> {
  // A very long text is checked by line count first: segmenting a million lines only to refuse them would waste minutes.
  let lines = 1
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++
  checkCount(file, lines)
  const { segmentDocument } = await import('@renderings/segment')
  try {
    return segmentDocument(text, { doc })
  } catch (error) {
    if (error instanceof RenderingsError) throw error
    throw new RenderingsError(`could not be segmented: ${(error as Error).message}`, { code: 'ESEGMENT', file, cause: error })
  }
}

/** The segments of a document in one language (the majority language when none is asked), repeated blocks left out. */
export function sideOfDocument(file: string, document: SegmentedDocument, lang: string | undefined): AlignInputSide {
  const repeated = new Set(document.blocks.filter((block) => block.repeatOf !== undefined).map((block) => block.index))
  const kept = document.segments.filter((segment) => !repeated.has(segment.block))
  const chosen = lang ?? majorityLanguage(kept) ?? 'und'
  const segments = kept.filter((segment) => segment.lang === chosen)
  if (lang !== undefined && segments.length === 0 && kept.length > 0) {
    const present = [...new Set(kept.map((segment) => segment.lang))].join(', ')
    throw new RenderingsError(`has no ${lang} text (it has: ${present})`, { code: 'ELANG', file })
  }
  checkCount(file, segments.length)
  return {
    file,
    doc: document.doc,
    lang: chosen,
    sentences: segments.map((segment) => segment.text),
    sentenceNumbers: segments.map((segment) => segment.sentence),
    segments
  }
}

function majorityLanguage(segments: readonly Segment[]): string | undefined {
  const sizes = new Map<string, number>()
  for (const segment of segments) sizes.set(segment.lang, (sizes.get(segment.lang) ?? 0) + segment.text.length)
  let best: string | undefined
  for (const [lang, size] of sizes) if (best === undefined || size > sizes.get(best)!) best = lang
  return best
}
