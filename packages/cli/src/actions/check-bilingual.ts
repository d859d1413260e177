import { sameLanguage } from './check-language.js'
import type { AlignedPair, DocumentCheck, Point } from '@renderings/retext-renderings'
import { LineIndex } from '@renderings/retext-renderings'
import { RenderingsError } from '@renderings/errors'

/**
 * A TMX file as bilingual input: the target `<seg>` of each unit is checked
 * in place (findings point into the TMX file), and each unit gives an
 * aligned pair for missing-rendering. The source side is the header's
 * `srclang` (or `sourceLang`); the target is the first other variant (or
 * the one in `targetLang`).
 */
export async function checkTmx(xml: string, display: string, document: DocumentCheck, options: { sourceLang?: string; targetLang?: string }): Promise<void> {
  const { readTmx } = await import('@renderings/tmx')
  const tmx = readTmx(xml, { file: display })
  // The reader gives texts, not offsets: find the <seg> elements in document
  // order (TMX allows exactly one per <tuv>) to place findings in the file.
  const segments = [...xml.matchAll(/<seg(?:\s[^>]*)?>([\s\S]*?)<\/seg\s*>/g)].map((match) => {
    const start = match.index + match[0].indexOf('>') + 1
    return { start, end: start + match[1]!.length }
  })
  const variants = tmx.units.reduce((sum, unit) => sum + unit.variants.length, 0)
  if (segments.length !== variants) throw new RenderingsError(`has ${variants} <tuv> but ${segments.length} <seg> elements: cannot place findings`, { code: 'ETMX', file: display })
  const sourceLang = options.sourceLang ?? (tmx.header.srcLang === '*all*' ? undefined : tmx.header.srcLang)
  const lines = new LineIndex(xml)
  const pairs: AlignedPair[] = []
  let next = 0
  for (const unit of tmx.units) {
    const placed = unit.variants.map((variant) => ({ variant, span: segments[next++]! }))
    const source = placed.find(({ variant }) => sourceLang !== undefined && sameLanguage(variant.lang, sourceLang)) ?? placed[0]!
    const target = placed.find((candidate) => candidate !== source && (options.targetLang === undefined || sameLanguage(candidate.variant.lang, options.targetLang)))
    if (!target) continue
    const start: Point = lines.toPoint(target.span.start)
    document.add(xml.slice(target.span.start, target.span.end), { base: start })
    const pair: AlignedPair = { source: source.variant.text, target: target.variant.text, targetLang: target.variant.lang, place: { start, end: lines.toPoint(target.span.end) } }
    if (sourceLang !== undefined) pair.sourceLang = sourceLang
    pairs.push(pair)
  }
  document.addPairs(pairs)
}

interface Sentence {
  start: number
  end: number
  text: string
}

/**
 * Sentences of a plain text, cut by the same segmenter as everything else
 * (`@renderings/segment`: French abbreviations such as « M. » do not end a
 * sentence, Chinese ends at 。！？), with offsets into the text.
 */
async function plainSentences(text: string): Promise<Sentence[]> {
  const { segmentDocument } = await import('@renderings/segment')
  return segmentDocument(text, { doc: 'check' }).segments.map(({ start, end, text: sentence }) => ({ start, end, text: sentence }))
}

/**
 * Two files aligned on the fly: sentences of each side aligned with
 * @renderings/align (Gale & Church lengths plus anchors); each bead with a
 * source sentence becomes a pair placed on its target sentences (a 1-0 bead
 * is placed at the end of the previous target sentence).
 */
export async function alignedPairs(sourceText: string, targetText: string, options: { sourceLang?: string; targetLang?: string }): Promise<AlignedPair[]> {
  const { alignSentences } = await import('@renderings/align')
  const [source, target] = await Promise.all([plainSentences(sourceText), plainSentences(targetText)])
  const lines = new LineIndex(targetText)
  const beads = alignSentences(
    source.map((sentence) => sentence.text),
    target.map((sentence) => sentence.text)
  )
  const pairs: AlignedPair[] = []
  let lastEnd = 0
  for (const bead of beads) {
    const targets = bead.target.map((index) => target[index]!)
    const start = targets.length > 0 ? targets[0]!.start : lastEnd
    const end = targets.length > 0 ? targets[targets.length - 1]!.end : lastEnd
    lastEnd = end
    if (bead.source.length === 0) continue
    const pair: AlignedPair = {
      source: bead.source.map((index) => source[index]!.text).join(' '),
      target: targetText.slice(start, end),
      place: { start: lines.toPoint(start), end: lines.toPoint(end) }
    }
    if (options.sourceLang !== undefined) pair.sourceLang = options.sourceLang
    if (options.targetLang !== undefined) pair.targetLang = options.targetLang
    pairs.push(pair)
  }
  return pairs
}
