import { candidateId } from './candidate-id.js'
import { evidenceSpan, textOf } from './evidence.js'
import { prepareKnownConcepts, type KnownConcepts } from './known-concepts.js'
import { conceptsInside, isKnown, knownSpanOver, wholeConcept, chineseOf } from './concept-lookup.js'
import { collectChineseForms } from './chinese-forms.js'
import { addSubphrases } from './subphrase-candidates.js'
import { mineParallel } from './parallel.js'
import { parallelUnitsFromParagraphs } from './parallel-units.js'
import { findQuotedPairs } from './quoted-originals.js'
import { findEventCoverage } from './rendered-clauses.js'
import { assembleCoverage } from './coverage-candidates.js'
import { adoptMatches, findSameStatements, type StatementMatch } from './same-statement.js'
import { AnchorIndex } from './sentence-index.js'
import { findStatementVariants } from './statement-variants.js'
import { groupStatements, makeRendering } from './statements.js'
import { statementAnchors } from './statement-anchors.js'
import type { ConceptProposal, MinedCandidate, MiningDocument, MiningOptions, MiningResult, UnpairedOriginal } from './types.js'

/** A same-statement match this sure counts as a rendering when looking for further ones. */
const adoptScore = 0.6

/**
 * Mine a corpus for renderings, event by event (documents are compared only
 * within their event): with a lexicon, the clauses and phrases of each
 * Chinese original and the spans of the event's other documents that render
 * them, grouped across outlets into differing spans and proposed new
 * concepts; and quoted originals, the same statements rendered elsewhere
 * without the original, the parts where renderings of one statement differ,
 * and term pairs of parallel documents. Pure: documents in, candidates with
 * their evidence out.
 */
export function mineCorpus(documents: readonly MiningDocument[], options: MiningOptions = {}): MiningResult {
  const known = prepareKnownConcepts(options.glossary)
  const candidates = new Map<string, MinedCandidate>()
  const add = (candidate: Omit<MinedCandidate, 'id'>): string => {
    const id = candidateId([candidate.method, candidate.evidence.rendering.doc, candidate.evidence.rendering.start, candidate.evidence.rendering.end, candidate.source.text, candidate.conceptId])
    const previous = candidates.get(id)
    if (previous === undefined || previous.score < candidate.score) candidates.set(id, { id, ...candidate })
    return id
  }
  const unpaired: UnpairedOriginal[] = []
  const proposals: ConceptProposal[] = []
  const stats: Record<string, number> = { documents: documents.length, events: 0, sentences: 0, quotedOriginals: 0, statements: 0, sameStatements: 0 }
  for (const event of groupByEvent(documents)) {
    const found = mineEvent(event, known, options, add)
    for (const entry of found.unpaired) unpaired.push(entry)
    for (const proposal of found.proposals) proposals.push(proposal)
    stats['events']!++
    for (const [name, value] of Object.entries(found.stats)) stats[name] = (stats[name] ?? 0) + value
  }
  const list = [...candidates.values()].sort(
    (a, b) => a.evidence.rendering.doc.localeCompare(b.evidence.rendering.doc) || a.evidence.rendering.start - b.evidence.rendering.start || a.method.localeCompare(b.method)
  )
  stats['candidates'] = list.length
  proposals.sort((a, b) => b.score - a.score || b.outlets - a.outlets || a.source.doc.localeCompare(b.source.doc) || a.source.start - b.source.start)
  return { candidates: list, unpaired, proposals, stats }
}

/** Documents grouped by event, in the order each event first appears; documents without one are one event. */
function groupByEvent(documents: readonly MiningDocument[]): MiningDocument[][] {
  const groups = new Map<string | undefined, MiningDocument[]>()
  for (const document of documents) {
    const group = groups.get(document.event)
    if (group === undefined) groups.set(document.event, [document])
    else group.push(document)
  }
  return [...groups.values()]
}

type AddCandidate = (candidate: Omit<MinedCandidate, 'id'>) => string

/** Mine the documents of one event: nothing here looks beyond them. */
function mineEvent(
  documents: readonly MiningDocument[],
  known: KnownConcepts,
  options: MiningOptions,
  add: AddCandidate
): { unpaired: UnpairedOriginal[]; proposals: ConceptProposal[]; stats: Record<string, number> } {
  const readings = options.readings ?? {}
  const minScore = options.minStatementScore ?? 0.5
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
        known: conceptId !== undefined && isKnown(known, conceptId, variant.target.tokens.filter((token) => token.start >= variant.span.start && token.end <= variant.span.end)),
        evidence: {
          rendering: evidenceSpan(variant.target.document, variant.target.segment, variant.span.start, variant.span.end),
          source: evidenceSpan(statement.document, statement.segment, statement.span.start, statement.span.end),
          anchors: [variant.kind],
          note: `${variant.kind === 'projected' ? 'renders the part written' : 'differs from'} «${variant.fromText}» (${variant.from.document.segmented.doc})`
        }
      })
    }
  }

  let coverageStats = { clauses: 0, targets: 0, comparisons: 0 }
  const proposals: ConceptProposal[] = []
  if (options.lexicon !== undefined) {
    const coverage = findEventCoverage(documents, options.lexicon)
    coverageStats = coverage.stats
    const lexicon = options.lexicon
    for (const proposal of assembleCoverage(coverage, known, (text) => lexicon.toSimplified(text), options.minRenderingDocuments ?? 2, options.calibrating === true, add)) proposals.push(proposal)
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

  return {
    unpaired: quoted.flatMap((result) => result.unpaired),
    proposals,
    stats: {
      sentences: index.sentences.length,
      quotedOriginals: pairs.length,
      statements: statements.length,
      sameStatements: matches.size,
      originalClauses: coverageStats.clauses,
      coverageSentences: coverageStats.targets,
      clauseComparisons: coverageStats.comparisons
    }
  }
}
