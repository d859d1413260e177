import type { Segment } from '@renderings/types'
import { originalKey } from './han-runs.js'
import type { KnownConcepts } from './known-concepts.js'
import type { MiningDocument } from './types.js'

/**
 * Chinese forms whose readings may bridge parallel text: the glossary's, the
 * segmenter's words, and every two- to four-character stretch of the Chinese
 * written in the corpus (a name the segmenter split still reads whole).
 * Bounded, so a corpus full of Chinese cannot make it grow without end.
 */
export function collectChineseForms(documents: readonly MiningDocument[], known: KnownConcepts): Array<{ text: string; conceptId: string | undefined }> {
  const limit = 20_000
  const forms = new Map<string, string | undefined>(known.chinese.map((form) => [form.text, form.conceptId]))
  const offer = (text: string): void => {
    if (forms.size < limit && !forms.has(text)) forms.set(text, undefined)
  }
  for (const document of documents) {
    for (const segment of document.segmented.segments as Segment[]) {
      for (const run of segment.han) {
        for (const word of run.words) if (word.text.length >= 2) offer(word.text)
        const characters = [...originalKey(run.text)]
        for (let length = 2; length <= 4; length++) {
          for (let start = 0; start + length <= characters.length; start++) offer(characters.slice(start, start + length).join(''))
        }
      }
    }
  }
  return [...forms].map(([text, conceptId]) => ({ text, conceptId }))
}
