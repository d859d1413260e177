import { chineseOf, isKnown, wholeConcept } from './concept-lookup.js'
import { evidenceSpan, textOf } from './evidence.js'
import { findKnownRenderings, type KnownConcepts } from './known-concepts.js'
import { findPinyinNames } from './pinyin-names.js'
import { makeRendering, type Statement, type StatementRendering } from './statements.js'
import type { MinedCandidate, Readings } from './types.js'

/** Glossary renderings of the statement's concepts written in a rendering, and quoted fragments. */
export function addSubphrases(
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
