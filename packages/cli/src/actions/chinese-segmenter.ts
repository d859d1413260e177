import type { ChineseSegmenter } from '@renderings/parse-zh'
import type { TermIndex } from '@renderings/types'

/** Han ideographs: only a document holding one pays for loading segmentit. */
export const hanCharacter = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u

/**
 * segmentit with the glossary's Chinese terms in its dictionary, so that
 * `战后国际秩序` stays one word (quoted statements are left out: as one
 * dictionary word they would hide the terms inside them). Both modules are
 * imported here, on demand: segmentit costs 0.3 s and 90 MB.
 */
export async function loadChineseSegmenter(glossary: TermIndex): Promise<ChineseSegmenter> {
  const [{ createChineseSegmenter }, { chineseDictionaryWords }] = await Promise.all([import('@renderings/parse-zh'), import('@renderings/segment')])
  const words = new Set<string>()
  for (const concept of glossary.concepts) {
    if (concept.sourceLang === 'zh') words.add(concept.sourceText)
    for (const term of concept.terms) if (term.lang === 'zh') words.add(term.text)
  }
  return createChineseSegmenter({ words: chineseDictionaryWords(words) })
}
