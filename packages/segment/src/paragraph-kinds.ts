import type { LanguageCode } from '@renderings/types'
import type { ParagraphSpan } from './paragraphs.js'
import { bulletItem, isBoilerplate, isByline, isTitleLike, numberedItem, sourcesHeading } from './paragraph-roles.js'

/** What one paragraph is. */
export type ParagraphKind = 'title' | 'heading' | 'body' | 'bullet' | 'byline' | 'boilerplate' | 'sources-heading' | 'source-item'

export interface ClassifiedParagraph extends ParagraphSpan {
  lang: LanguageCode
  kind: ParagraphKind
  /** The list item's number as written (`1`), for numbered items. */
  label?: string
  /** Where the content starts, after a bullet or number marker. */
  contentStart: number
}

/**
 * Give every paragraph a kind, reading the document from the top:
 * - a numbered list under a "Sources"/"Notes" heading is the sources list;
 * - bullets and numbered items elsewhere are bullets;
 * - credits and bylines by their wording (paragraph-roles.ts), and a short
 *   sentence in a language the document hardly uses (a publisher's notice);
 * - a short line not ended like a sentence is a title when no running text
 *   came before it, when it opens a new language, or when it repeats an
 *   earlier title; otherwise it is a heading;
 * - the rest is body text.
 */
export function classifyParagraphs(text: string, paragraphs: readonly ParagraphSpan[], languages: readonly LanguageCode[]): ClassifiedParagraph[] {
  const minor = minorLanguages(paragraphs, languages)
  const result: ClassifiedParagraph[] = []
  const titles = new Set<string>()
  let seenBody = false
  let inSources = false
  for (const [index, paragraph] of paragraphs.entries()) {
    const content = text.slice(paragraph.start, paragraph.end)
    const lang = languages[index]!
    const previous = result[result.length - 1]
    const numbered = numberedItem.exec(content)
    const bullet = bulletItem.exec(content)
    const marker = numbered ?? bullet
    const base = { ...paragraph, lang, contentStart: paragraph.start + (marker?.[0].length ?? 0) }
    const nextText = paragraphs[index + 1] === undefined ? '' : text.slice(paragraphs[index + 1]!.start, paragraphs[index + 1]!.end)
    if (sourcesHeading.test(content) && numberedItem.test(nextText)) {
      inSources = true
      result.push({ ...base, kind: 'sources-heading' })
      continue
    }
    if (inSources && numbered) {
      result.push({ ...base, kind: 'source-item', label: numbered[1]! })
      continue
    }
    inSources = false
    if (numbered) result.push({ ...base, kind: 'bullet', label: numbered[1]! })
    else if (bullet) result.push({ ...base, kind: 'bullet' })
    else if (isBoilerplate(content) || isForeignNotice(content, lang, minor)) result.push({ ...base, kind: 'boilerplate' })
    else if (isByline(content)) result.push({ ...base, kind: 'byline' })
    else if (isTitleLike(content)) {
      const key = comparable(content)
      const opensLanguage = previous !== undefined && previous.lang !== lang
      const isTitle = !seenBody || opensLanguage || titles.has(key)
      if (isTitle) titles.add(key)
      result.push({ ...base, kind: isTitle ? 'title' : 'heading' })
    } else {
      seenBody = true
      result.push({ ...base, kind: 'body' })
    }
  }
  return result
}

/** Text compared for repeats: NFC, one apostrophe, one kind of space, case folded. */
export function comparable(text: string): string {
  return text.normalize('NFC').replace(/[’']/gu, "'").replace(/[\s\u00a0\u202f]+/gu, ' ').trim().toLocaleLowerCase()
}

/** A language with less than this share of the document's text is a minor one. */
const minorShare = 0.1
const noticeWords = 12

/** Languages that make up less than a tenth of the text (Chinese excepted: quoted originals are content). */
function minorLanguages(paragraphs: readonly ParagraphSpan[], languages: readonly LanguageCode[]): Set<LanguageCode> {
  const sizes = new Map<LanguageCode, number>()
  let total = 0
  for (const [index, paragraph] of paragraphs.entries()) {
    const size = paragraph.end - paragraph.start
    sizes.set(languages[index]!, (sizes.get(languages[index]!) ?? 0) + size)
    total += size
  }
  return new Set([...sizes].filter(([lang, size]) => lang !== 'zh' && size < total * minorShare).map(([lang]) => lang))
}

/**
 * A short paragraph ended like a sentence, in a language the document hardly
 * uses: the notice of the site that republished the text, not its content.
 * (A short line without a sentence end in such a language is a translated
 * title, and is left to the title rule.)
 */
function isForeignNotice(content: string, lang: LanguageCode, minor: ReadonlySet<LanguageCode>): boolean {
  if (!minor.has(lang) || isTitleLike(content)) return false
  return content.split(/\s+/u).filter((word) => word.length > 0).length <= noticeWords
}
