import type { TermIndex } from '@renderings/types'
import { tokenizeLatin, type LatinToken } from './latin-tokens.js'

/** A glossary rendering ready for stem matching. */
export interface KnownRendering {
  conceptId: string
  lang: string
  text: string
  /** Content stems in order (function words dropped). */
  stems: string[]
  /** All words, function words included: a hit may not stretch much wider. */
  length: number
  /** Function words before the first content word ("le" of "le retour …"), folded. */
  leading: string[]
}

/** The glossary, indexed for mining. */
export interface KnownConcepts {
  /** Chinese forms (source phrases and zh terms) with their concept. */
  chinese: Array<{ conceptId: string; text: string }>
  /** Latin-script renderings by their first content stem. */
  byFirstStem: Map<string, KnownRendering[]>
  byConcept: Map<string, KnownRendering[]>
}

const han = /\p{Script=Han}/u

/** Index a glossary for the miner (an empty one when there is none). */
export function prepareKnownConcepts(index: TermIndex | undefined): KnownConcepts {
  const known: KnownConcepts = { chinese: [], byFirstStem: new Map(), byConcept: new Map() }
  for (const concept of index?.concepts ?? []) {
    const chineseForms = new Set<string>()
    if (han.test(concept.sourceText)) chineseForms.add(concept.sourceText)
    for (const term of concept.terms) {
      if (han.test(term.text)) {
        chineseForms.add(term.text)
        continue
      }
      const tokens = tokenizeLatin(term.text, term.lang)
      const stems = tokens.filter((token) => !token.stop).map((token) => token.stem)
      if (stems.length === 0) continue
      const firstContent = tokens.findIndex((token) => !token.stop)
      const leading = tokens.slice(0, firstContent).map((token) => token.folded)
      const rendering: KnownRendering = { conceptId: concept.id, lang: term.lang, text: term.text, stems, length: tokens.length, leading }
      push(known.byFirstStem, stems[0]!, rendering)
      push(known.byConcept, concept.id, rendering)
    }
    for (const text of chineseForms) known.chinese.push({ conceptId: concept.id, text })
  }
  // Longest first, so a phrase wins over the shorter concepts inside it.
  known.chinese.sort((a, b) => b.text.length - a.text.length)
  return known
}

/** A known rendering found in a token list: token indices `[first, last]`. */
export interface KnownHit {
  rendering: KnownRendering
  first: number
  last: number
  /** Content positions whose stems differ (a variant when > 0). */
  mismatches: number
}

/**
 * Known renderings written in `tokens` (content stems in sequence, function
 * words skipped), optionally restricted to some concepts and allowing one
 * differing content word in renderings of three or more (a variant:
 * "ordre international post-guerre" for "ordre international d'après-guerre").
 */
export function findKnownRenderings(
  known: KnownConcepts,
  tokens: readonly LatinToken[],
  options: { concepts?: ReadonlySet<string>; variants?: boolean } = {}
): KnownHit[] {
  const content = tokens.map((token, index) => ({ token, index })).filter((entry) => !entry.token.stop)
  const hits: KnownHit[] = []
  const candidates = options.variants && options.concepts
    ? [...options.concepts].flatMap((id) => known.byConcept.get(id) ?? [])
    : undefined
  for (let position = 0; position < content.length; position++) {
    const list = candidates ?? known.byFirstStem.get(content[position]!.token.stem) ?? []
    for (const rendering of list) {
      if (options.concepts && !options.concepts.has(rendering.conceptId)) continue
      if (position + rendering.stems.length > content.length) continue
      let mismatches = 0
      for (let offset = 0; offset < rendering.stems.length; offset++) {
        if (!sameStem(content[position + offset]!.token.stem, rendering.stems[offset]!)) mismatches++
      }
      const allowed = options.variants && rendering.stems.length >= 3 ? 1 : 0
      // A variant must still start on the same word: a shifted window is a coincidence.
      if (mismatches > allowed || (mismatches > 0 && !sameStem(content[position]!.token.stem, rendering.stems[0]!))) continue
      let first = content[position]!.index
      const last = content[position + rendering.stems.length - 1]!.index
      // The rendering's own leading function words belong to the hit when written.
      for (let back = rendering.leading.length - 1; back >= 0 && tokens[first - 1]?.folded === rendering.leading[back]; back--) first--
      // "Taïwan (Chine)" is not written in "Taïwan à la Chine": few extra words allowed.
      if (Math.abs(last - first + 1 - rendering.length) > (rendering.length >= 3 ? 1 : 0)) continue
      hits.push({ rendering, first, last, mismatches })
    }
  }
  return hits
}

/** Stems match when equal, or when one is a long prefix of the other (tarif/tarifair). */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true
  const shorter = a.length < b.length ? a : b
  return shorter.length >= 5 && (a.startsWith(shorter) && b.startsWith(shorter))
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}
