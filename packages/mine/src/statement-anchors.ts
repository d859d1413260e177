import type { KnownConcepts } from './known-concepts.js'
import type { AnchorIndex } from './sentence-index.js'
import type { Statement } from './statements.js'
import type { Readings } from './types.js'

/**
 * Anchors a statement brings beyond the words of its renderings: names read
 * from the original in pinyin (台湾 → "taiwan", written Taïwan) and the
 * content stems of glossary renderings of the concepts inside it. Only
 * anchors the corpus contains are kept.
 */
export function statementAnchors(
  statement: Statement, known: KnownConcepts, concepts: ReadonlySet<string>, index: AnchorIndex, readings: Readings
): Set<string> {
  const anchors = new Set<string>()
  const characters = [...statement.key]
  if (readings.toPinyin !== undefined) {
    for (let length = 2; length <= 4; length++) {
      for (let start = 0; start + length <= characters.length; start++) {
        const syllables = readings.toPinyin(characters.slice(start, start + length).join('')).toLowerCase().split(/\s+/).map((syllable) => syllable.replace(/[^a-z]/g, ''))
        const joined = syllables.join('')
        if (joined.length >= 4 && index.has(joined)) anchors.add(joined)
        // A given name is written as one word after the surname (Xi Jinping).
        if (length === 3 && syllables.slice(1).join('').length >= 4 && index.has(syllables.slice(1).join(''))) anchors.add(syllables.slice(1).join(''))
      }
    }
  }
  for (const id of concepts) {
    for (const rendering of known.byConcept.get(id) ?? []) for (const stem of rendering.stems) if (index.has(stem)) anchors.add(stem)
  }
  return anchors
}
