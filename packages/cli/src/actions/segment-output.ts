import type { HanRun, Segment, SegmentedDocument } from '@renderings/types'

/**
 * One JSON object per segment (the schema is in the segment package's
 * README): where it is (doc, block, lang, paragraph, sentence, start, end),
 * what it is (kind, blockKind, text, label), and what is in it (footnotes,
 * han runs with their words, Vietnamese words of several syllables).
 */
export function formatSegmentsJsonl(document: SegmentedDocument): string {
  let output = ''
  for (const segment of document.segments) {
    const block = document.blocks[segment.block]
    output += `${JSON.stringify({
      doc: segment.doc,
      block: segment.block,
      blockKind: block?.kind,
      ...(block?.repeatOf === undefined ? {} : { repeatOf: block.repeatOf }),
      lang: segment.lang,
      paragraph: segment.paragraph,
      sentence: segment.sentence,
      kind: segment.kind,
      start: segment.start,
      end: segment.end,
      text: segment.text,
      ...(segment.label === undefined ? {} : { label: segment.label }),
      footnotes: segment.footnotes,
      han: segment.han.map(hanJson),
      ...(segment.words === undefined ? {} : { words: segment.words })
    })}\n`
  }
  return output
}

function hanJson(run: HanRun): object {
  return { start: run.start, end: run.end, text: run.text, context: run.context, sentences: run.sentences, words: run.words }
}

/** A readable listing: a line per block, a line per segment, a line per Chinese run. */
export function formatSegmentsText(document: SegmentedDocument): string {
  let output = `# ${document.doc}\n`
  let block = -1
  for (const segment of document.segments) {
    if (segment.block !== block) {
      block = segment.block
      const info = document.blocks[block]
      const repeat = info?.repeatOf === undefined ? '' : ` (repeats block ${info.repeatOf})`
      output += `block ${block} ${segment.lang} ${info?.kind ?? ''}${repeat}\n`
    }
    output += `  ${segmentLine(segment)}\n`
    for (const run of segment.han) {
      const words = run.words.length === 0 ? '' : `  ${run.words.map((word) => word.text).join(' / ')}`
      output += `      zh ${run.context} [${run.start},${run.end}) ${run.text}${words}\n`
    }
  }
  return output
}

function segmentLine(segment: Segment): string {
  const footnotes = segment.footnotes.length === 0 ? '' : `  [notes ${segment.footnotes.map((footnote) => footnote.label).join(',')}]`
  const label = segment.label === undefined ? '' : `${segment.label}. `
  return `${segment.block}.${segment.paragraph}.${segment.sentence} ${segment.lang} ${segment.kind} [${segment.start},${segment.end}) ${label}${oneLine(segment.text)}${footnotes}`
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ')
}
