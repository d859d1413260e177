import { RenderingsError } from '@renderings/errors'
import type { ChineseSegmenter } from '@renderings/parse-zh'
import type { LanguageCode, Segment, SegmentedDocument, SegmentKind } from '@renderings/types'
import { buildBlocks } from './blocks.js'
import { defaultLanguages, detectLanguage } from './detect-language.js'
import { addListedFootnotes } from './footnotes.js'
import { hanRunsOf } from './han-runs.js'
import { splitLines, trim } from './lines.js'
import type { ClassifiedParagraph } from './paragraph-kinds.js'
import { classifyParagraphs } from './paragraph-kinds.js'
import { groupParagraphs } from './paragraphs.js'
import { splitSentences } from './sentences.js'
import { vietnameseWordsOf } from './vietnamese-words.js'

export interface SegmentDocumentOptions {
  /** Document id, copied into every segment. */
  doc: string
  /** Splits Chinese runs into words; without it, runs have no words. */
  chinese?: ChineseSegmenter
  /** Languages franc may choose from (ISO 639-1); Chinese is found by script. */
  languages?: readonly LanguageCode[]
  /** The file the text came from, named in errors (default: `doc`). */
  file?: string
  /** Longest line accepted, in UTF-16 units (default 1,000,000). */
  maxLineLength?: number
}

const defaultMaxLineLength = 1_000_000

/**
 * Cut a document into language blocks, paragraphs and segments (sentences,
 * titles, headings, bullets, sources items) with the Chinese runs inside
 * them. Every offset is into `text`. Pure: no I/O, and the Chinese segmenter
 * is passed in, so nothing heavy is loaded for text without Chinese.
 */
export function segmentDocument(text: string, options: SegmentDocumentOptions): SegmentedDocument {
  refuseLongLines(text, options)
  const languages = options.languages ?? defaultLanguages
  const paragraphs = groupParagraphs(text, splitLines(text))
  const detected = paragraphs.map((paragraph) => detectLanguage(text.slice(paragraph.start, paragraph.end), languages))
  const classified = classifyParagraphs(text, paragraphs, fillLanguages(detected, languages))
  const built = buildBlocks(text, classified)
  const segments: Segment[] = []
  for (const { block, paragraphs: members } of built) {
    for (const [paragraphIndex, paragraph] of members.entries()) {
      for (const unit of unitsOf(text, paragraph, block.lang)) {
        const where = block.kind === 'sources' ? 'sources' : block.lang === 'zh' ? 'chinese' : 'other'
        segments.push({
          doc: options.doc,
          block: block.index,
          lang: block.lang,
          paragraph: paragraphIndex,
          sentence: segments.length,
          kind: unit.kind,
          start: unit.start,
          end: unit.end,
          text: text.slice(unit.start, unit.end),
          ...(paragraph.label === undefined ? {} : { label: paragraph.label }),
          footnotes: unit.footnotes,
          han: hanRunsOf(text, unit, where, options.chinese),
          ...(block.lang === 'vi' ? { words: vietnameseWordsOf(text, unit) } : {})
        })
      }
    }
  }
  addListedFootnotes(segments, built)
  return { doc: options.doc, text, blocks: built.map((entry) => entry.block), segments }
}

interface Unit {
  start: number
  end: number
  kind: SegmentKind
  footnotes: Segment['footnotes']
}

/** The segments of one paragraph: whole for titles, headings and sources items; sentences otherwise. */
function unitsOf(text: string, paragraph: ClassifiedParagraph, lang: LanguageCode): Unit[] {
  const whole = (kind: SegmentKind): Unit[] => {
    const span = trim(text, paragraph.contentStart, paragraph.end)
    return span === undefined ? [] : [{ ...span, kind, footnotes: [] }]
  }
  switch (paragraph.kind) {
    case 'title':
      return whole('title')
    case 'heading':
    case 'sources-heading':
      return whole('heading')
    case 'source-item':
      return whole('source-item')
    default: {
      const kind: SegmentKind = paragraph.kind === 'bullet' ? 'bullet' : 'sentence'
      return splitSentences(text, paragraph.contentStart, paragraph.end, lang).map((sentence) => ({ ...sentence, kind }))
    }
  }
}

/**
 * A paragraph whose language franc cannot tell (a one-word label) takes the
 * language of the paragraph before it, or after it at the top of the text.
 */
function fillLanguages(detected: ReadonlyArray<LanguageCode | undefined>, languages: readonly LanguageCode[]): LanguageCode[] {
  const fallback = detected.find((lang) => lang !== undefined) ?? languages[0] ?? 'fr'
  const filled: LanguageCode[] = []
  for (const lang of detected) filled.push(lang ?? filled[filled.length - 1] ?? fallback)
  return filled
}

function refuseLongLines(text: string, options: SegmentDocumentOptions): void {
  const limit = options.maxLineLength ?? defaultMaxLineLength
  if (text.length <= limit) return
  let lineStart = 0
  let line = 1
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 10
    if (code !== 10 && code !== 13) continue
    if (index - lineStart > limit) {
      throw new RenderingsError(`line ${line} is ${index - lineStart} characters long, more than the limit of ${limit}: not running text`, {
        code: 'ELINE',
        file: options.file ?? options.doc
      })
    }
    lineStart = index + 1
    line++
  }
}
