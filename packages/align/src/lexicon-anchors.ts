import { type PreparedSegment, loadLexicon } from '@renderings/lexicon'
import type { AnchorCollector } from './anchor-table.js'

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
 * @renderings/lexicon, added to `anchors` as tokens: each Chinese word
 * stands for the stems of its renderings, each word of the other side for
 * its own stem and spelling, and a token matches when the two share one.
 * Only the links that can match in this document are kept (a rendering the
 * other text never uses is dropped before anything is interned), and of a
 * token's links only the surest kind (a dictionary stem, `lexicon`, before
 * a mere spelling, `spelling`). Numbers are left to the aligner's own
 * number and date anchors, which read dates across conventions.
 */
export function addLexiconTokens(anchors: AnchorCollector, source: readonly string[], target: readonly string[], sourceLang: string, targetLang: string): void {
  const lexicon = loadLexicon()
  const sourceSegments = source.map((text) => lexicon.prepare(text, sourceLang))
  const targetSegments = target.map((text) => lexicon.prepare(text, targetLang))
  let largest = 0
  for (const segments of [sourceSegments, targetSegments]) for (const segment of segments) for (const id of segment.ids) if (id > largest) largest = id
  const present = (segments: readonly PreparedSegment[]): Uint8Array => {
    const marks = new Uint8Array(largest + 1)
    for (const segment of segments) for (const id of segment.ids) marks[id] = 1
    return marks
  }
  const inSource = present(sourceSegments)
  const inTarget = present(targetSegments)
  const add = (side: 0 | 1, segments: readonly PreparedSegment[], other: Uint8Array): void => {
    let best = new Float32Array(64)
    segments.forEach((segment, index) => {
      const tokenCount = segment.tokens.length
      if (best.length < tokenCount) best = new Float32Array(tokenCount * 2)
      best.fill(0, 0, tokenCount)
      const { ids, owners, factors } = segment
      for (let entry = 0; entry < ids.length; entry++) {
        const owner = owners[entry]!
        if (other[ids[entry]!] === 1 && factors[entry]! > best[owner]!) best[owner] = factors[entry]!
      }
      // Entries are sorted by id; group the kept ones by token.
      const byToken: number[][] = []
      for (let entry = 0; entry < ids.length; entry++) {
        const owner = owners[entry]!
        if (other[ids[entry]!] !== 1 || factors[entry] !== best[owner] || digit.test(segment.tokens[owner]!.text)) continue
        ;(byToken[owner] ??= []).push(ids[entry]!)
      }
      const kept: number[] = []
      const starts: number[] = [0]
      const kinds: string[] = []
      const texts: string[] = []
      byToken.forEach((list, owner) => {
        kept.push(...list)
        starts.push(kept.length)
        kinds.push(best[owner]! < 1 ? 'spelling' : 'lexicon')
        texts.push(segment.tokens[owner]!.text)
      })
      anchors.addNumberedTokens(side, index, 'lexicon', kept, starts, kinds, texts)
    })
  }
  add(0, sourceSegments, inTarget)
  add(1, targetSegments, inSource)
}
