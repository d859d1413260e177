import { type PreparedSegment, loadLexicon } from '@renderings/lexicon'
import type { AnchorToken } from './anchor-table.js'

const han = /\p{Script=Han}/gu
const letter = /\p{L}/gu
const digit = /^\p{N}/u

/** Whether a language code, or else the text, says Chinese. */
export function isChinese(lang: string | undefined, texts: readonly string[]): boolean {
  if (lang !== undefined && lang !== 'und') return lang === 'zh' || lang.startsWith('zh-')
  // No language given: Chinese when most letters of a sample are Han characters.
  let hanCount = 0
  let letterCount = 0
  for (let index = 0; index < texts.length && letterCount < 20_000; index += Math.max(1, Math.floor(texts.length / 200))) {
    hanCount += texts[index]!.match(han)?.length ?? 0
    letterCount += texts[index]!.match(letter)?.length ?? 0
  }
  return letterCount > 0 && hanCount * 2 > letterCount
}

/**
 * Dictionary links between a Chinese text and its translation, through
 * @renderings/lexicon: each Chinese word stands for the stems of its
 * renderings, each word of the other side for its own stem and spelling,
 * and a token matches when the two share one. Only the links that can
 * match in this document are kept (a rendering the other text never uses
 * is dropped before anything is interned), and of a token's links only the
 * surest kind (a dictionary stem before a mere spelling). Numbers are left
 * to the aligner's own number and date anchors, which read dates across
 * conventions.
 */
export function lexiconTokens(source: readonly string[], target: readonly string[], sourceLang: string, targetLang: string): { source: AnchorToken[][]; target: AnchorToken[][] } {
  const lexicon = loadLexicon()
  const sourceSegments = source.map((text) => lexicon.prepare(text, sourceLang))
  const targetSegments = target.map((text) => lexicon.prepare(text, targetLang))
  const idsOf = (segments: readonly PreparedSegment[]): Set<number> => {
    const ids = new Set<number>()
    for (const segment of segments) for (const id of segment.ids) ids.add(id)
    return ids
  }
  const inSource = idsOf(sourceSegments)
  const inTarget = idsOf(targetSegments)
  const tokens = (segments: readonly PreparedSegment[], other: ReadonlySet<number>): AnchorToken[][] =>
    segments.map((segment) => {
      const best = new Float64Array(segment.tokens.length)
      for (let entry = 0; entry < segment.ids.length; entry++) {
        if (other.has(segment.ids[entry]!)) best[segment.owners[entry]!] = Math.max(best[segment.owners[entry]!]!, segment.factors[entry]!)
      }
      const keys: string[][] = segment.tokens.map(() => [])
      for (let entry = 0; entry < segment.ids.length; entry++) {
        const owner = segment.owners[entry]!
        if (best[owner]! > 0 && segment.factors[entry] === best[owner] && other.has(segment.ids[entry]!)) keys[owner]!.push(`lexicon:${segment.ids[entry]}`)
      }
      const found: AnchorToken[] = []
      segment.tokens.forEach((token, index) => {
        if (keys[index]!.length === 0 || digit.test(token.text)) return
        found.push({ keys: keys[index]!, kind: best[index]! < 1 ? 'spelling' : 'lexicon', text: token.text })
      })
      return found
    })
  return { source: tokens(sourceSegments, inTarget), target: tokens(targetSegments, inSource) }
}
