import type { Span } from '@renderings/types'
import { findKnownRenderings, type KnownConcepts } from './known-concepts.js'
import type { ClauseLink, PassageRendering } from './rendered-clauses.js'

/** A phrase of a Chinese clause and the part of the passage rendering that renders it. */
export interface PhraseRendering {
  passage: PassageRendering
  /** The phrase in the Chinese document. */
  source: Span & { text: string }
  /** Token index range of the passage's target sentence, inclusive. */
  first: number
  last: number
  span: Span
  links: ClauseLink[]
  conceptId?: string
  /** A glossary rendering of the concept (an attestation, not news). */
  known: boolean
  score: number
}

/** A Chinese word as the lexicon cut the clause, offsets into the document. */
export interface ChineseWordSpan extends Span {
  text: string
}

const hanCharacter = /\p{Script=Han}/gu

/**
 * The phrases of a passage and their renderings inside it: the glossary's
 * concepts written in the source (in either script: a Traditional-script
 * repost shows a Simplified form's characters) with a
 * glossary rendering or their linked words in the span; and chunks of
 * consecutive Chinese words, two or more of them linked, whose links land
 * close together (at most one unlinked content word per two links) and
 * nowhere else than the words linked from the chunk. A phrase that is
 * nearly the whole clause, or renders to the whole span, adds nothing and
 * is left out.
 */
export function findPhraseRenderings(
  passage: PassageRendering,
  words: readonly ChineseWordSpan[],
  known: KnownConcepts,
  toSimplified: (text: string) => string
): PhraseRendering[] {
  const phrases: PhraseRendering[] = []
  const text = passage.clauses[0]!.document.segmented.text
  const sourceLength = countHan(text.slice(passage.source.start, passage.source.end))
  const tokens = passage.target.tokens
  const linksFrom = (span: Span): ClauseLink[] => passage.links.filter((link) => link.source.start >= span.start && link.source.end <= span.end && !link.via.startsWith('as in '))
  const targetIndex = (link: ClauseLink): number => tokens.findIndex((token) => token.start === link.target.start)
  const add = (source: Span & { text: string }, first: number, last: number, links: ClauseLink[], conceptId: string | undefined, isKnown: boolean, score: number): void => {
    if (countHan(source.text) >= sourceLength * 0.8) return
    if (first <= passage.first && last >= passage.last) return
    if (phrases.some((phrase) => phrase.source.start === source.start && phrase.source.end === source.end)) return
    phrases.push({
      passage, source, first, last, links, known: isKnown, score,
      span: { start: tokens[first]!.start, end: tokens[last]!.end },
      ...(conceptId === undefined ? {} : { conceptId })
    })
  }

  // Glossary concepts written in the source.
  const window = tokens.slice(passage.first, passage.last + 1)
  for (const form of conceptForms(text, passage.source, known, toSimplified)) {
    // A glossary rendering written here is an attestation, which the glossary
    // build records; only a new rendering of the concept is news.
    if (findKnownRenderings(known, window, { concepts: new Set([form.conceptId]) }).length > 0) continue
    const links = linksFrom(form)
    const positions = links.map(targetIndex).filter((index) => index >= 0)
    if (positions.length === 0 || (positions.length < 2 && links.every((link) => link.weight < 0.5))) continue
    const [first, last] = extent(positions)
    // A new rendering of a known concept needs every word of it linked: no guessing inside.
    if (isCompact(tokens, first, last, new Set(positions).size, 0)) add(form, first, last, links, form.conceptId, false, passage.score * 0.9)
  }

  // Chunks of consecutive linked words.
  const inside = words.filter((word) => word.start >= passage.source.start && word.end <= passage.source.end)
  let run: ChineseWordSpan[] = []
  const flush = (): void => {
    // A chunk starts and ends on linked words of two characters or more (not on 的, 和 or a stray 中).
    const anchored = (word: ChineseWordSpan): boolean => linksFrom(word).length > 0 && countHan(word.text) >= 2
    while (run.length > 0 && !anchored(run[0]!)) run.shift()
    while (run.length > 0 && !anchored(run.at(-1)!)) run.pop()
    const linkedWords = run.filter((word) => linksFrom(word).length > 0)
    if (linkedWords.length >= 2) {
      const source = { start: run[0]!.start, end: run.at(-1)!.end, text: text.slice(run[0]!.start, run.at(-1)!.end) }
      const links = linksFrom(source)
      const positions = links.map(targetIndex).filter((index) => index >= 0)
      if (positions.length === 0) {
        run = []
        return
      }
      const [first, last] = extent(positions)
      // Consistent: no word in the image is linked from outside the chunk.
      const foreign = passage.links.some((link) => {
        const index = targetIndex(link)
        return index >= first && index <= last && (link.source.start < source.start || link.source.end > source.end) && !link.via.startsWith('as in ')
      })
      if (countHan(source.text) >= 3 && !foreign && isCompact(tokens, first, last, new Set(positions).size)) {
        const [from, to] = withArticle(passage, first, last)
        add(source, from, to, links, undefined, false, passage.score * Math.min(1, 0.6 + 0.1 * links.length))
      }
    }
    run = []
  }
  for (const word of inside) {
    const linked = linksFrom(word).length > 0
    const gap = run.length > 0 && !/^[\s、]*$/u.test(text.slice(run.at(-1)!.end, word.start))
    // A function character (的, 和, 、) may sit inside a chunk, never at its edge.
    if (gap || (!linked && !isFunctionWord(word))) flush()
    if (linked || (run.length > 0 && isFunctionWord(word))) run.push(word)
  }
  flush()
  return phrases
}

/** Concepts of the glossary written in `span`, in either script (compared in Simplified characters, which keeps offsets). */
function conceptForms(text: string, span: Span, known: KnownConcepts, toSimplified: (text: string) => string): Array<Span & { text: string; conceptId: string }> {
  const found: Array<Span & { text: string; conceptId: string }> = []
  const source = toSimplified(text.slice(span.start, span.end))
  for (const form of known.chinese) {
    const at = source.indexOf(toSimplified(form.text))
    if (at < 0) continue
    const start = span.start + at
    const end = start + form.text.length
    if (found.some((other) => other.start < end && start < other.end)) continue
    found.push({ start, end, text: text.slice(start, end), conceptId: form.conceptId })
  }
  return found
}

/** At most one unlinked content word for every two links between `first` and `last` (or at most `allowed`). */
function isCompact(tokens: PassageRendering['target']['tokens'], first: number, last: number, linked: number, allowed = Math.floor(linked / 2)): boolean {
  const content = tokens.slice(first, last + 1).filter((token) => !token.stop).length
  return content - linked <= allowed
}

/** The article just before `first`, if any (`la` souveraineté), as the passage widening does. */
function withArticle(passage: PassageRendering, first: number, last: number): [number, number] {
  const previous = passage.target.tokens[first - 1]
  if (previous !== undefined && first - 1 >= passage.first && ['le', 'la', 'les', "l'", 'un', 'une', 'des', 'the', 'a', 'an'].includes(previous.folded)) return [first - 1, last]
  return [first, last]
}

// Particles and conjunctions that join the words of a chunk (的 of, 和 and, 与 with, 及 and, 之 of).
const functionCharacters = new Set(['的', '和', '與', '与', '及', '之', '、', '或'])

function isFunctionWord(word: ChineseWordSpan): boolean {
  return functionCharacters.has(word.text)
}

/** Smallest and largest of a list (without spreading it into arguments: a sentence may be huge). */
function extent(values: readonly number[]): [number, number] {
  let low = Infinity
  let high = -Infinity
  for (const value of values) {
    if (value < low) low = value
    if (value > high) high = value
  }
  return [low, high]
}

function countHan(text: string): number {
  return text.match(hanCharacter)?.length ?? 0
}
