import type { LanguageBlock, Segment, SegmentedDocument } from '@renderings/types'

/**
 * A deliberately plain segmenter for the miner's unit tests, so they test
 * the miner and not the real segmenter: one block per paragraph run of one
 * language (Vietnamese told by its letters), sentences cut after . ! ? before
 * a capital or a quotation mark.
 */
export function simpleSegments(doc: string, text: string): SegmentedDocument {
  const blocks: LanguageBlock[] = []
  const segments: Segment[] = []
  const paragraphs = [...text.matchAll(/[^\n]+/g)].filter((match) => match[0].trim() !== '')
  for (const match of paragraphs) {
    const start = match.index ?? 0
    const body = match[0]
    const lang = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu.test(body) ? 'vi' : /^\s*\p{Script=Han}/u.test(body) ? 'zh' : 'fr'
    const kind = /[.!?»"]\s*$/u.test(body) || /^\s*(?:•|\d+\.\s)/u.test(body) ? 'body' : 'title'
    let block = blocks.at(-1)
    if (block === undefined || block.lang !== lang || kind === 'title' || block.kind === 'title') {
      block = { index: blocks.length, lang, kind, start, end: start + body.length, paragraphs: [] }
      blocks.push(block)
    }
    block.end = start + body.length
    block.paragraphs.push({ start, end: start + body.length })
    let from = 0
    const sourceItem = /^\s*\d+\.\s/u.test(body)
    const cuts = sourceItem ? [] : [...body.matchAll(/(?<!\b\p{N}+)[.!?](?=\s+[«"'\p{Lu}])/gu)].map((cut) => (cut.index ?? 0) + 1)
    for (const cut of [...cuts, body.length]) {
      const raw = body.slice(from, cut)
      const lead = raw.length - raw.trimStart().length
      const sentence = raw.trim()
      if (sentence !== '') {
        segments.push({
          doc, block: block.index, lang, paragraph: block.paragraphs.length - 1, sentence: segments.length,
          kind: sourceItem ? 'source-item' : /^\s*•/.test(raw) ? 'bullet' : kind === 'title' ? 'title' : 'sentence',
          start: start + from + lead, end: start + from + lead + sentence.length, text: sentence, footnotes: [], han: []
        })
      }
      from = cut
    }
  }
  return { doc, text, blocks, segments }
}
