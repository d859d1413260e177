import type { Segment } from '@renderings/types'
import { candidateId } from './candidate-id.js'
import { evidenceSpan } from './evidence.js'
import { originalKey } from './han-runs.js'
import { findKnownRenderings, prepareKnownConcepts, type KnownConcepts } from './known-concepts.js'
import { mineParallel } from './parallel.js'
import { parallelUnitsFromParagraphs } from './parallel-units.js'
import { findQuotedPairs } from './quoted-originals.js'
import { adoptMatches, findSameStatements, type StatementMatch } from './same-statement.js'
import { AnchorIndex } from './sentence-index.js'
import { findStatementVariants } from './statement-variants.js'
import { groupStatements, makeRendering, type Statement, type StatementRendering } from './statements.js'
import { statementAnchors } from './statement-anchors.js'
import { findPinyinNames } from './pinyin-names.js'
import type { MinedCandidate, MiningDocument, MiningOptions, MiningResult, Readings } from './types.js'

/** A same-statement match this sure counts as a rendering when looking for further ones. */
const adoptScore = 0.6

/**
 * Mine a corpus for renderings: quoted originals, the same statements
 * rendered elsewhere without the original, the parts where renderings of one
 * statement differ, and term pairs of parallel documents. Pure: documents in,
 * candidates with their evidence out.
 */
export function mineCorpus(documents: readonly MiningDocument[], options: MiningOptions = {}): MiningResult {
  const known = prepareKnownConcepts(options.glossary)
  const readings = options.readings ?? {}
  const minScore = options.minStatementScore ?? 0.5
  const candidates = new Map<string, MinedCandidate>()
  const add = (candidate: Omit<MinedCandidate, 'id'>): void => {
    const id = candidateId([candidate.method, candidate.evidence.rendering.doc, candidate.evidence.rendering.start, candidate.evidence.rendering.end, candidate.source.text, candidate.conceptId])
    const previous = candidates.get(id)
    if (previous === undefined || previous.score < candidate.score) candidates.set(id, { id, ...candidate })
  }

  const quoted = documents.map((document) => findQuotedPairs(document, options.maxOriginalsPerDocument ?? 200))
  const pairs = quoted.flatMap((result) => result.pairs)
  const statementPairs = pairs.map((pair) => ({
    ...pair,
    rendering: makeRendering(pair.document, pair.segment, pair.rendering, true, pair.score, pair.fragments, [pair.original, ...pair.fragments])
  }))
  const statements = groupStatements(statementPairs)
  // Concepts written inside each original, not counting the one that is the
  // whole original: its renderings are the statement's, not parts of it.
  const conceptsOf = new Map(statements.map((statement) => {
    const inside = conceptsInside(known, statement.key)
    const whole = wholeConcept(known, statement.text)
    if (whole !== undefined) inside.delete(whole)
    return [statement.key, inside]
  }))

  for (const pair of statementPairs) {
    const conceptId = wholeConcept(known, pair.original.text)
    add({
      method: 'quoted-original', conceptId, score: pair.score,
      source: { lang: 'zh', text: pair.original.text },
      rendering: { lang: pair.segment.lang, text: textOf(pair.document, pair.rendering.span) },
      known: conceptId !== undefined && isKnown(known, conceptId, pair.rendering.tokens),
      evidence: {
        rendering: evidenceSpan(pair.document, pair.segment, pair.rendering.span.start, pair.rendering.span.end),
        source: evidenceSpan(pair.document, pair.segment, pair.original.start, pair.original.end),
        anchors: [pair.pattern], note: `${pair.pattern} quotation`
      }
    })
  }

  const index = new AnchorIndex()
  for (const document of documents) index.add(document)
  index.seal()
  const extraKeys = new Map(statements.map((statement) => {
    const concepts = new Set(conceptsOf.get(statement.key))
    const whole = wholeConcept(known, statement.text)
    if (whole !== undefined) concepts.add(whole)
    return [statement.key, statementAnchors(statement, known, concepts, index, readings)]
  }))
  const matches = new Map<string, StatementMatch>()
  for (let round = 0; round < 2; round++) {
    const found = findSameStatements(index, statements, { extraKeys, minScore })
    const fresh = found.filter((match) => !matches.has(`${match.statement.key}:${match.sentence.id}`))
    for (const match of fresh) matches.set(`${match.statement.key}:${match.sentence.id}`, match)
    adoptMatches(fresh, adoptScore)
    if (fresh.length === 0) break
  }
  for (const match of matches.values()) {
    const { document, segment } = match.sentence
    const conceptId = wholeConcept(known, match.statement.text)
    const glossarySpan = conceptId === undefined ? undefined : knownSpanOver(known, conceptId, match.sentence.tokens, match.span)
    if (glossarySpan !== undefined) match.span = glossarySpan
    const rendering = textOf(document, match.span)
    add({
      method: 'same-statement', conceptId, score: match.score,
      source: { lang: 'zh', text: match.statement.text },
      rendering: { lang: segment.lang, text: rendering },
      known: glossarySpan !== undefined,
      evidence: {
        rendering: evidenceSpan(document, segment, match.span.start, match.span.end),
        source: evidenceSpan(match.statement.document, match.statement.segment, match.statement.span.start, match.statement.span.end),
        anchors: match.anchors,
        note: `same statement as «${textOf(match.from.document, match.from.span)}» (${match.from.document.segmented.doc})`
      }
    })
    // Parts of the statement inside this rendering too, adopted or not.
    addSubphrases(add, known, readings, match.statement, makeRendering(document, segment, match.span, false, match.score), conceptsOf.get(match.statement.key)!)
  }

  for (const statement of statements) {
    const concepts = conceptsOf.get(statement.key)!
    for (const rendering of statement.renderings) addSubphrases(add, known, readings, statement, rendering, concepts)
    for (const variant of findStatementVariants(statement, known, concepts)) {
      const conceptId = variant.conceptId
      add({
        method: 'statement-variant', conceptId, score: variant.score,
        source: { lang: 'zh', text: conceptId !== undefined ? chineseOf(known, conceptId) ?? statement.text : statement.text },
        rendering: { lang: variant.target.segment.lang, text: textOf(variant.target.document, variant.span) },
        known: false,
        evidence: {
          rendering: evidenceSpan(variant.target.document, variant.target.segment, variant.span.start, variant.span.end),
          source: evidenceSpan(statement.document, statement.segment, statement.span.start, statement.span.end),
          anchors: [variant.kind],
          note: `${variant.kind === 'projected' ? 'renders the part written' : 'differs from'} «${variant.fromText}» (${variant.from.document.segmented.doc})`
        }
      })
    }
  }

  const chineseForms = collectChineseForms(documents, known)
  const parallelDocuments = documents.map((document) => ({ document, units: document.parallel ?? parallelUnitsFromParagraphs(document.segmented) }))
  for (const pair of mineParallel(parallelDocuments, known, readings, chineseForms)) {
    const sourceText = textOf(pair.document, pair.source)
    const renderingText = textOf(pair.document, pair.target)
    add({
      method: 'parallel', conceptId: pair.conceptId, score: pair.score,
      source: { lang: pair.source.segment.lang, text: sourceText },
      rendering: { lang: pair.target.segment.lang, text: renderingText },
      known: pair.conceptId !== undefined && (known.byConcept.get(pair.conceptId) ?? []).some((entry) => entry.text.toLowerCase() === renderingText.toLowerCase()),
      evidence: {
        rendering: evidenceSpan(pair.document, pair.target.segment, pair.target.start, pair.target.end),
        source: evidenceSpan(pair.document, pair.source.segment, pair.source.start, pair.source.end),
        anchors: pair.anchors, note: `parallel text, by ${pair.via}`
      }
    })
  }

  const list = [...candidates.values()].sort(
    (a, b) => a.evidence.rendering.doc.localeCompare(b.evidence.rendering.doc) || a.evidence.rendering.start - b.evidence.rendering.start || a.method.localeCompare(b.method)
  )
  return {
    candidates: list,
    unpaired: quoted.flatMap((result) => result.unpaired),
    stats: {
      documents: documents.length,
      sentences: index.sentences.length,
      quotedOriginals: pairs.length,
      statements: statements.length,
      sameStatements: matches.size,
      candidates: list.length
    }
  }
}

/** Glossary renderings of the statement's concepts written in a rendering, and quoted fragments. */
function addSubphrases(
  add: (candidate: Omit<MinedCandidate, 'id'>) => void, known: KnownConcepts, readings: Readings, statement: Statement, rendering: StatementRendering, concepts: ReadonlySet<string>
): void {
  const { document, segment } = rendering
  const source = evidenceSpan(statement.document, statement.segment, statement.span.start, statement.span.end)
  for (const hit of findKnownRenderings(known, rendering.tokens, { concepts, variants: true })) {
    const start = rendering.tokens[hit.first]!.start
    const end = rendering.tokens[hit.last]!.end
    add({
      method: 'quoted-subphrase', conceptId: hit.rendering.conceptId, score: hit.mismatches === 0 ? 0.9 : 0.7,
      source: { lang: 'zh', text: chineseOf(known, hit.rendering.conceptId) ?? statement.text },
      rendering: { lang: segment.lang, text: textOf(document, { start, end }) },
      known: hit.mismatches === 0,
      evidence: { rendering: evidenceSpan(document, segment, start, end), source, anchors: [hit.rendering.text], note: hit.mismatches === 0 ? 'glossary rendering inside the quotation' : 'variant of a glossary rendering' }
    })
  }
  for (const name of findPinyinNames(statement.text, rendering.tokens, readings)) {
    const start = rendering.tokens[name.first]!.start
    const end = rendering.tokens[name.last]!.end
    const conceptId = wholeConcept(known, name.han)
    add({
      method: 'quoted-subphrase', conceptId, score: 0.8,
      source: { lang: 'zh', text: name.han },
      rendering: { lang: segment.lang, text: textOf(document, { start, end }) },
      known: conceptId !== undefined && isKnown(known, conceptId, rendering.tokens.slice(name.first, name.last + 1)),
      evidence: { rendering: evidenceSpan(document, segment, start, end), source, anchors: ['pinyin'], note: `${name.han} read in pinyin` }
    })
  }
  for (const fragment of rendering.fragments) {
    const tokens = makeRendering(document, segment, fragment, true, 0).tokens
    const hit = findKnownRenderings(known, tokens, { concepts }).find((entry) => entry.first === 0 && entry.last === tokens.length - 1)
    add({
      method: 'quoted-subphrase', conceptId: hit?.rendering.conceptId, score: hit ? 0.9 : 0.6,
      source: { lang: 'zh', text: hit ? chineseOf(known, hit.rendering.conceptId) ?? statement.text : statement.text },
      rendering: { lang: segment.lang, text: textOf(document, fragment) },
      known: hit !== undefined,
      evidence: { rendering: evidenceSpan(document, segment, fragment.start, fragment.end), source, anchors: ['quoted fragment'], note: 'quoted earlier in the sentence that gives the original' }
    })
  }
}

/** A glossary rendering of the concept overlapping `span`: the curated span wins over the guessed one. */
function knownSpanOver(known: KnownConcepts, conceptId: string, tokens: StatementRendering['tokens'], span: { start: number; end: number }): { start: number; end: number } | undefined {
  const hit = findKnownRenderings(known, tokens, { concepts: new Set([conceptId]) })
    .find((entry) => tokens[entry.first]!.start < span.end && span.start < tokens[entry.last]!.end)
  return hit === undefined ? undefined : { start: tokens[hit.first]!.start, end: tokens[hit.last]!.end }
}

function conceptsInside(known: KnownConcepts, key: string): Set<string> {
  return new Set(known.chinese.filter((form) => key.includes(originalKey(form.text))).map((form) => form.conceptId))
}

function wholeConcept(known: KnownConcepts, text: string): string | undefined {
  const key = originalKey(text)
  return known.chinese.find((form) => originalKey(form.text) === key)?.conceptId
}

function chineseOf(known: KnownConcepts, conceptId: string): string | undefined {
  return known.chinese.find((form) => form.conceptId === conceptId)?.text
}

function isKnown(known: KnownConcepts, conceptId: string, tokens: StatementRendering['tokens']): boolean {
  return findKnownRenderings(known, tokens, { concepts: new Set([conceptId]) }).length > 0
}

/**
 * Chinese forms whose readings may bridge parallel text: the glossary's, the
 * segmenter's words, and every two- to four-character stretch of the Chinese
 * written in the corpus (a name the segmenter split still reads whole).
 * Bounded, so a corpus full of Chinese cannot make it grow without end.
 */
function collectChineseForms(documents: readonly MiningDocument[], known: KnownConcepts): Array<{ text: string; conceptId: string | undefined }> {
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

function textOf(document: MiningDocument, span: { start: number; end: number }): string {
  return document.segmented.text.slice(span.start, span.end)
}
