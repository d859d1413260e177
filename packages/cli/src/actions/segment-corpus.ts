import { loadCorpus, type CorpusDocument } from '@renderings/corpus'
import type { ChineseSegmenter } from '@renderings/parse-zh'
import type { SegmentedDocument, TermIndex } from '@renderings/types'
import { hanCharacter, loadChineseSegmenter } from './chinese-segmenter.js'

/** A document of the corpus and its segments. */
export interface SegmentedCorpusDocument {
  info: CorpusDocument
  segmented: SegmentedDocument
}

/**
 * Every document at `paths` (files, or folders of them: see
 * @renderings/corpus's loadCorpus), segmented once: the glossary build, the
 * miner and `start` all work from the same segments. With a glossary,
 * Chinese runs are split into words by segmentit (with the glossary's
 * Chinese words), loaded only if a document has Chinese; without one,
 * segmentit is not loaded and Chinese runs carry no words. `segmentedBefore`
 * holds documents already segmented, by id.
 */
export async function segmentCorpus(
  paths: readonly string[],
  glossary?: TermIndex,
  segmentedBefore: ReadonlyMap<string, SegmentedDocument> = new Map()
): Promise<SegmentedCorpusDocument[]> {
  return segmentDocuments(await loadCorpus(paths), glossary, segmentedBefore)
}

/** Documents already read (a corpus, or the documents of a batch record), segmented as {@link segmentCorpus} does. */
export async function segmentDocuments(
  infos: readonly CorpusDocument[],
  glossary?: TermIndex,
  segmentedBefore: ReadonlyMap<string, SegmentedDocument> = new Map()
): Promise<SegmentedCorpusDocument[]> {
  const { segmentDocument } = await import('@renderings/segment')
  let chinese: ChineseSegmenter | undefined
  const documents: SegmentedCorpusDocument[] = []
  for (const info of infos) {
    const before = segmentedBefore.get(info.id)
    if (before !== undefined) {
      documents.push({ info, segmented: before })
      continue
    }
    if (glossary !== undefined && hanCharacter.test(info.text)) chinese ??= await loadChineseSegmenter(glossary)
    // The languages the manifest or file name declares are the ones franc
    // may choose from (Chinese is found by script whatever they say).
    const languages = info.languages.filter((code) => code !== 'zh')
    const segmented = segmentDocument(info.text, {
      doc: info.id,
      file: info.path,
      ...(languages.length > 0 ? { languages } : {}),
      ...(chinese === undefined ? {} : { chinese })
    })
    documents.push({ info, segmented })
  }
  return documents
}
