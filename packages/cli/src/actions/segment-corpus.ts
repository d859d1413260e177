import { join } from 'node:path'
import { loadManifest, readTextFile } from '@renderings/corpus'
import type { ChineseSegmenter } from '@renderings/parse-zh'
import type { AttestationSource } from '@renderings/glossary'
import type { TermIndex } from '@renderings/types'
import { hanCharacter, loadChineseSegmenter } from './chinese-segmenter.js'

/**
 * Every document of a folder with a manifest, segmented once: the glossary
 * build, the miner and `start` all work from the same segments. With a
 * glossary, Chinese runs are split into words by segmentit (with the
 * glossary's Chinese words), loaded only if a document has Chinese; without
 * one, segmentit is not loaded and Chinese runs carry no words.
 */
export async function segmentCorpus(folder: string, glossary?: TermIndex): Promise<AttestationSource[]> {
  const { segmentDocument } = await import('@renderings/segment')
  let chinese: ChineseSegmenter | undefined
  const documents: AttestationSource[] = []
  for (const info of await loadManifest(folder)) {
    const text = await readTextFile(join(folder, info.file))
    if (glossary !== undefined && hanCharacter.test(text)) chinese ??= await loadChineseSegmenter(glossary)
    documents.push({ info, segmented: segmentDocument(text, { doc: info.id, ...(chinese === undefined ? {} : { chinese }) }) })
  }
  return documents
}
