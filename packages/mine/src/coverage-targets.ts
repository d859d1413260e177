import type { Segment, Span } from '@renderings/types'
import { tokenizeLatin, type LatinToken } from './latin-tokens.js'
import { findQuotes } from './quotes.js'
import { findStraightSingleQuotes } from './sentence-index.js'
import type { MiningDocument, MiningLexicon, PreparedText } from './types.js'

/** A sentence of an event's coverage that may render a clause of a Chinese original. */
export interface TargetSentence {
  id: number
  document: MiningDocument
  segment: Segment
  /** Every word, function words included, offsets into the document. */
  tokens: LatinToken[]
  prepared: PreparedText
  /** Quotations inside the sentence (content spans, offsets into the document). */
  quotes: Span[]
  /** The sentence reports speech: a reporting verb (`a déclaré`, `said`), `selon`, or a quotation. */
  reports: boolean
}

/** The sentences of an event that may render Chinese: every sentence of another script with three words or more. */
export function targetSentences(documents: readonly MiningDocument[], lexicon: MiningLexicon): TargetSentence[] {
  const sentences: TargetSentence[] = []
  const reporting = new Set([...reportingWords.fr.map((word) => lexicon.stemOf(word, 'fr')), ...reportingWords.en.map((word) => lexicon.stemOf(word, 'en'))])
  for (const document of documents) {
    for (const segment of document.segmented.segments) {
      if (segment.lang === 'zh' || segment.kind === 'source-item') continue
      // Chinese written inside the sentence (a bilingual page) renders nothing;
      // prepositions carry no evidence of what is rendered; words are keyed
      // as the lexicon keys them (French by lemma: `jouent` and `joue` meet).
      const tokens = tokenizeLatin(segment.text, segment.lang, segment.start)
        .filter((token) => !hanCharacter.test(token.text))
        .map((token) => ({ ...token, stop: token.stop || prepositions.has(token.folded), stem: token.number ? token.stem : lexicon.stemOf(token.text, segment.lang) }))
      if (tokens.filter((token) => !token.stop).length < 2) continue
      const quotes = [...findQuotes(segment.text, segment.start), ...findStraightSingleQuotes(segment.text, segment.start)].map(({ start, end }) => ({ start, end }))
      sentences.push({
        id: sentences.length, document, segment, tokens, quotes,
        prepared: lexicon.prepare(segment.text, segment.lang),
        reports: quotes.length > 0 || tokens.some((token) => reporting.has(token.stem))
      })
    }
  }
  return sentences
}

const hanCharacter = /\p{Script=Han}/u
// French and English prepositions and conjunctions (folded) the general function-word
// lists keep as words (they matter to the older methods' contexts), which a
// dictionary links to anything (對抗 → contre).
const prepositions = new Set(
  'contre apres avant depuis pendant durant envers parmi malgre aupres outre puis alors lorsque against after before since during toward towards despite'.split(' ')
)

// Verbs and prepositions that introduce reported speech in news French and
// English (stemmed as the lexicon stems): general language, not any outlet's phrasing.
const reportingWords = {
  fr: ['déclarer', 'souligner', 'indiquer', 'affirmer', 'ajouter', 'estimer', 'rappeler', 'assurer', 'avertir', 'prévenir', 'insister', 'expliquer', 'noter', 'selon', 'dire', 'marteler', 'réitérer', 'plaider', 'appeler'],
  en: ['said', 'say', 'says', 'told', 'stress', 'note', 'according', 'add', 'underscore', 'emphasize', 'warn', 'reiterate', 'urge', 'call']
}

/**
 * How specific each content stem is to a few sentences of the event: 1 for
 * a stem in one sentence, falling towards 0 for one in every sentence (the
 * names of the two leaders, `Chine`). A rendering shares its rare words
 * with what it renders, and its common ones with everything.
 */
export function stemSpecificity(sentences: readonly TargetSentence[]): (stem: string) => number {
  const frequency = new Map<string, number>()
  for (const sentence of sentences) {
    for (const stem of new Set(sentence.tokens.filter((token) => !token.stop).map((token) => token.stem))) frequency.set(stem, (frequency.get(stem) ?? 0) + 1)
  }
  const total = Math.max(1, sentences.length)
  const top = Math.log(1 + total)
  return (stem) => Math.log(1 + total / (frequency.get(stem) ?? 1)) / top
}

/**
 * An inverted index from link ids to the sentences whose prepared text has
 * them: a clause is compared only with the sentences it shares ids with
 * (blocking). A shared id counts 1 when few sentences have it (two per
 * document or fewer) and less when many do (the names of the event, its
 * common words); ids in a large share
 * of a large event open no comparison at all, so the postings read stay
 * bounded.
 */
export class TargetIndex {
  private readonly postings = new Map<number, number[]>()
  private readonly rareLimit: number
  private readonly readLimit: number

  constructor(readonly sentences: readonly TargetSentence[]) {
    for (const sentence of sentences) {
      let previous = Number.NaN
      for (const id of sentence.prepared.ids) {
        if (id === previous) continue
        previous = id
        const list = this.postings.get(id)
        if (list === undefined) this.postings.set(id, [sentence.id])
        else list.push(sentence.id)
      }
    }
    // A clause rendered by every document has its words in a sentence or
    // two of each (a lead and the body): as many sentences are still few.
    const documents = new Set(sentences.map((sentence) => sentence.document)).size
    this.rareLimit = Math.max(8, 2 * documents, Math.ceil(sentences.length / 20))
    this.readLimit = Math.max(64, Math.ceil(sentences.length / 5))
  }

  /** Sentences whose shared ids weigh at least `minShared` (a rare id weighs 1), with that weight. */
  candidates(prepared: PreparedText, minShared: number): Array<{ sentence: TargetSentence; shared: number }> {
    const shared = new Map<number, number>()
    let previous = Number.NaN
    for (const id of prepared.ids) {
      if (id === previous) continue
      previous = id
      const list = this.postings.get(id)
      if (list === undefined || list.length > this.readLimit) continue
      const weight = Math.min(1, this.rareLimit / list.length)
      for (const sentence of list) shared.set(sentence, (shared.get(sentence) ?? 0) + weight)
    }
    return [...shared].filter(([, weight]) => weight >= minShared).map(([id, weight]) => ({ sentence: this.sentences[id]!, shared: weight }))
  }
}
