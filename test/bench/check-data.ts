// Inputs of the check benchmark: French text (the seeds repeated) and
// glossaries of any size (the project's real concepts plus synthetic ones
// made from the seeds' own vocabulary, so the automaton meets realistic
// prefixes and occasional hits).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseGlossarySource } from '@renderings/glossary'
import type { ConceptEntry, TermIndex } from '@renderings/types'
import { repositoryRoot, seedsFolder } from '../support/paths.js'

/** The five seeds, joined by blank lines. */
export function seedCorpus(): string {
  return readdirSync(seedsFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(seedsFolder, name), 'utf8'))
    .join('\n\n')
}

/** About `megabytes` MB (UTF-16 units ×10⁶) of the seeds repeated, cut at a paragraph. */
export function frenchText(megabytes: number, corpus = seedCorpus()): string {
  const target = Math.round(megabytes * 1_000_000)
  const parts: string[] = []
  let length = 0
  while (length < target) {
    parts.push(corpus)
    length += corpus.length + 2
  }
  return parts.join('\n\n').slice(0, target)
}

/** A deterministic pseudo-random generator (tests and benchmarks must not vary). */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 0x100000000
  }
}

const hanCharacters = '国际秩序战后和平发展合作共同维护胜利成果经济贸易关税稀土安全体系主权领土完整人民政府外交政策战略伙伴关系稳定繁荣开放市场规则协议谈判'

/**
 * `count` concepts: the project's curated ones first, then synthetic ones,
 * each with a Chinese source, a preferred and a deprecated French rendering
 * of two or three words drawn from the seeds' vocabulary.
 */
export function benchGlossary(count: number): TermIndex {
  const real = parseGlossarySource(readFileSync(join(repositoryRoot, 'glossary', 'concepts.yaml'), 'utf8'), 'glossary/concepts.yaml').concepts.slice(0, count)
  const words = [...new Set(seedCorpus().toLowerCase().match(/\p{L}{4,}/gu) ?? [])].sort()
  const random = generator(count)
  const pick = (): string => words[Math.floor(random() * words.length)]!
  const phrase = (): string => Array.from({ length: 2 + Math.floor(random() * 2) }, pick).join(' ')
  const concepts: ConceptEntry[] = [...real]
  for (let index = concepts.length; index < count; index++) {
    const id = `synthetic-${index}`
    const source = Array.from({ length: 4 + Math.floor(random() * 3) }, () => hanCharacters[Math.floor(random() * hanCharacters.length)]).join('')
    const preferred = phrase()
    let deprecated = phrase()
    while (deprecated === preferred) deprecated = phrase()
    concepts.push({
      id,
      sourceLang: 'zh',
      sourceText: source,
      terms: [
        { conceptId: id, lang: 'zh', text: source, status: 'preferred', isSource: true, attestations: [] },
        { conceptId: id, lang: 'fr', text: preferred, status: 'preferred', isSource: false, attestations: [] },
        { conceptId: id, lang: 'fr', text: deprecated, status: 'deprecated', isSource: false, attestations: [] }
      ]
    })
  }
  return { concepts }
}

/** The (deprecated → preferred) French pairs of a glossary: what the peers get. */
export function replacementPairs(index: TermIndex): Array<[string, string]> {
  const pairs: Array<[string, string]> = []
  for (const concept of index.concepts) {
    const french = concept.terms.filter((term) => term.lang === 'fr' && !term.isSource)
    const preferred = french.find((term) => term.status === 'preferred') ?? french[0]
    if (!preferred) continue
    for (const term of french) if (term !== preferred && term.status !== 'preferred') pairs.push([term.text, preferred.text])
    // Concepts without a deprecated rendering still cost the peers a rule.
    if (french.length === 1) pairs.push([preferred.text, preferred.text])
  }
  return pairs
}

/**
 * A glossary in the curated source format (YAML, written as
 * `glossary/concepts.yaml` is: block structure, one flow mapping per source
 * and per rendering), for the check given a glossary file directly.
 */
export function glossarySourceYaml(index: TermIndex): string {
  const quoted = (text: string): string => JSON.stringify(text)
  const lines = ['concepts:']
  for (const concept of index.concepts) {
    lines.push(`  - id: ${concept.id}`, `    source: { lang: ${concept.sourceLang}, text: ${quoted(concept.sourceText)} }`)
    for (const field of ['gloss', 'domain', 'note', 'contested'] as const) if (concept[field] !== undefined) lines.push(`    ${field}: ${quoted(concept[field])}`)
    const byLanguage = new Map<string, string[]>()
    for (const term of concept.terms) {
      if (term.isSource) continue
      const note = term.note === undefined ? '' : `, note: ${quoted(term.note)}`
      byLanguage.set(term.lang, [...(byLanguage.get(term.lang) ?? []), `        - { text: ${quoted(term.text)}, status: ${term.status}${note} }`])
    }
    if (byLanguage.size > 0) lines.push('    renderings:')
    for (const [lang, renderings] of byLanguage) lines.push(`      ${lang}:`, ...renderings)
  }
  return `${lines.join('\n')}\n`
}
