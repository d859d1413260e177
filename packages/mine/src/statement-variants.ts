import type { Span } from '@renderings/types'
import { tokenizeLatin, type LatinToken } from './latin-tokens.js'
import { findKnownRenderings, type KnownConcepts } from './known-concepts.js'
import { alignTokens, contentTokens, type AlignmentGap } from './token-alignment.js'
import type { Statement, StatementRendering } from './statements.js'

/** A part of one rendering of a statement, named by a concept or a quoted fragment. */
interface SubPhrase {
  conceptId: string | undefined
  /** Content-token index range in the rendering, inclusive. */
  first: number
  last: number
  label: string
}

/** A span of one rendering proposed as rendering a part of the statement. */
export interface VariantProposal {
  statement: Statement
  target: StatementRendering
  span: Span
  conceptId: string | undefined
  kind: 'projected' | 'differing'
  /** The rendering and words it was compared with. */
  from: StatementRendering
  fromText: string
  score: number
}

/**
 * Compare every two renderings of a statement word by word. A sub-phrase
 * of one (a glossary rendering of a concept inside the original, or a
 * fragment quoted next to it) is projected onto the other through the
 * alignment: if its image there differs, the image is proposed as a variant
 * of that part. Stretches that still differ on both sides are proposed as
 * differing renderings of the statement (of its one concept left
 * unexplained, when there is exactly one).
 */
export function findStatementVariants(statement: Statement, known: KnownConcepts, conceptIds: ReadonlySet<string>): VariantProposal[] {
  const proposals: VariantProposal[] = []
  const distinct = distinctRenderings(statement.renderings)
  const fragments = statement.renderings.flatMap((rendering) =>
    rendering.fragments.map((fragment) => {
      const text = rendering.document.segmented.text.slice(fragment.start, fragment.end)
      return { text, stems: contentTokens(tokenizeLatin(text, rendering.segment.lang)).map((token) => token.stem) }
    })
  )
  for (const a of distinct) {
    const aContent = contentTokens(a.tokens)
    const phrases = subPhrases(a, aContent, known, conceptIds, fragments)
    for (const b of distinct) {
      if (a === b) continue
      const bContent = contentTokens(b.tokens)
      const bPhrases = subPhrases(b, bContent, known, conceptIds, fragments)
      const alignment = alignTokens(aContent, bContent)
      const explained = new Set<AlignmentGap>()
      for (const phrase of phrases) {
        const image = project(phrase, alignment.aToB, alignment.gaps, explained)
        if (image === undefined) continue
        const stemsA = aContent.slice(phrase.first, phrase.last + 1).map((token) => token.stem).join(' ')
        const stemsB = bContent.slice(image[0], image[1] + 1).map((token) => token.stem).join(' ')
        if (stemsA === stemsB) continue
        proposals.push(...forEach(b, (target) => ({
          statement, target, kind: 'projected' as const, conceptId: phrase.conceptId, from: a, fromText: phrase.label,
          span: spanOf(contentTokens(target.tokens), image), score: 0.7
        })))
      }
      const unexplained = unexplainedConcepts(a, b, known, conceptIds)
      for (const gap of alignment.gaps) {
        if (explained.has(gap)) continue
        const aRange = withoutPhrases(gap.a, phrases)
        const bRange = withoutPhrases(gap.b, bPhrases)
        if (aRange === undefined || bRange === undefined) continue
        const widened = widenAdjective(aContent, bContent, aRange, bRange, a.tokens, b.tokens)
        proposals.push(...forEach(b, (target) => ({
          statement, target, kind: 'differing' as const,
          conceptId: unexplained.length === 1 ? unexplained[0] : undefined,
          from: a, fromText: textOf(aContent, widened.a),
          span: spanOf(contentTokens(target.tokens), widened.b), score: unexplained.length === 1 ? 0.5 : 0.4
        })))
      }
    }
  }
  return proposals
}

function subPhrases(
  rendering: StatementRendering, content: readonly LatinToken[], known: KnownConcepts, conceptIds: ReadonlySet<string>,
  fragments: ReadonlyArray<{ text: string; stems: string[] }>
): SubPhrase[] {
  const phrases: SubPhrase[] = []
  const position = new Map(content.map((token, index) => [token, index]))
  for (const hit of findKnownRenderings(known, rendering.tokens, { concepts: conceptIds })) {
    const first = position.get(rendering.tokens[hit.first]!)
    const last = position.get(rendering.tokens[hit.last]!)
    if (first !== undefined && last !== undefined) phrases.push({ conceptId: hit.rendering.conceptId, first, last, label: hit.rendering.text })
  }
  const stems = content.map((token) => token.stem).join(' ')
  for (const fragment of fragments) {
    // A fragment of one word, or the whole rendering, says nothing about a part.
    if (fragment.stems.length < 2 || stems === fragment.stems.join(' ')) continue
    const at = indexOfSequence(content.map((token) => token.stem), fragment.stems)
    if (at >= 0 && !phrases.some((phrase) => phrase.first === at)) {
      phrases.push({ conceptId: undefined, first: at, last: at + fragment.stems.length - 1, label: fragment.text })
    }
  }
  return phrases
}

function project(phrase: SubPhrase, aToB: readonly number[], gaps: readonly AlignmentGap[], explained: Set<AlignmentGap>): [number, number] | undefined {
  const startGap = gaps.find((gap) => gap.a[0] <= phrase.first && phrase.first <= gap.a[1])
  const endGap = gaps.find((gap) => gap.a[0] <= phrase.last && phrase.last <= gap.a[1])
  const start = aToB[phrase.first]! >= 0 ? aToB[phrase.first]! : startGap?.a[0] === phrase.first ? startGap.b[0] : undefined
  const end = aToB[phrase.last]! >= 0 ? aToB[phrase.last]! : endGap?.a[1] === phrase.last ? endGap.b[1] : undefined
  if (start === undefined || end === undefined || end < start) return undefined
  for (const gap of gaps) if (gap.a[0] >= phrase.first && gap.a[1] <= phrase.last) explained.add(gap)
  return [start, end]
}

function withoutPhrases(range: [number, number], phrases: readonly SubPhrase[]): [number, number] | undefined {
  let [first, last] = range
  for (const phrase of phrases) {
    if (phrase.first <= first && phrase.last >= first) first = phrase.last + 1
    if (phrase.first <= last && phrase.last >= last) last = phrase.first - 1
  }
  return first <= last ? [first, last] : undefined
}

/** "important" / "essentiel" right after the same noun: widen both to "élément important" / "élément essentiel". */
function widenAdjective(
  a: readonly LatinToken[], b: readonly LatinToken[], aRange: [number, number], bRange: [number, number],
  aAll: readonly LatinToken[], bAll: readonly LatinToken[]
): { a: [number, number]; b: [number, number] } {
  const single = aRange[0] === aRange[1] && bRange[0] === bRange[1]
  const before = (content: readonly LatinToken[], all: readonly LatinToken[], at: number): boolean => {
    const previous = all[all.indexOf(content[at]!) - 1]
    return at > 0 && previous === content[at - 1]
  }
  if (single && before(a, aAll, aRange[0]) && before(b, bAll, bRange[0])) {
    return { a: [aRange[0] - 1, aRange[1]], b: [bRange[0] - 1, bRange[1]] }
  }
  return { a: aRange, b: bRange }
}

function unexplainedConcepts(a: StatementRendering, b: StatementRendering, known: KnownConcepts, conceptIds: ReadonlySet<string>): string[] {
  const found = new Set<string>()
  for (const rendering of [a, b]) {
    for (const hit of findKnownRenderings(known, rendering.tokens, { concepts: conceptIds, variants: true })) found.add(hit.rendering.conceptId)
  }
  return [...conceptIds].filter((id) => !found.has(id))
}

function distinctRenderings(renderings: readonly StatementRendering[]): Array<StatementRendering & { copies: StatementRendering[] }> {
  const byText = new Map<string, StatementRendering & { copies: StatementRendering[] }>()
  for (const rendering of renderings) {
    const key = rendering.tokens.map((token) => token.folded).join(' ')
    const entry = byText.get(key)
    if (entry === undefined) byText.set(key, { ...rendering, copies: [rendering] })
    else entry.copies.push(rendering)
  }
  return [...byText.values()]
}

function forEach(b: StatementRendering & { copies: StatementRendering[] }, make: (target: StatementRendering) => VariantProposal): VariantProposal[] {
  return b.copies.map(make)
}

function spanOf(content: readonly LatinToken[], range: [number, number]): Span {
  return { start: content[range[0]]!.start, end: content[range[1]]!.end }
}

function textOf(content: readonly LatinToken[], range: [number, number]): string {
  return content.slice(range[0], range[1] + 1).map((token) => token.text).join(' ')
}

/**
 * Where `needle` starts in `haystack`, or -1. A needle of three or more may
 * differ in one place after its first word: the fragment «ordre international
 * d’après-guerre» still marks «ordre international post-guerre» as that part.
 */
function indexOfSequence(haystack: readonly string[], needle: readonly string[]): number {
  const allowed = needle.length >= 3 ? 1 : 0
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (haystack[start] !== needle[0]) continue
    let mismatches = 0
    for (let offset = 1; offset < needle.length && mismatches <= allowed; offset++) if (haystack[start + offset] !== needle[offset]) mismatches++
    if (mismatches <= allowed) return start
  }
  return -1
}
