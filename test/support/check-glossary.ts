import type { Rendering } from '@renderings/retext-renderings'
import type { Attestation, RenderingStatus, TermIndex } from '@renderings/types'

const attestation = (text: string, sentence: number): Attestation => ({
  doc: '000_7cfc629149e3abd0',
  outlet: 'Le Grand Continent',
  date: '2025-11-25',
  sentence,
  start: 100,
  end: 100 + text.length,
  text,
  origin: 'curated'
})

/**
 * The small glossary the check's tests share (the plugin, the reporters,
 * SARIF validation): the shapes the rules need, one attested rendering,
 * a forbidden one, a rendering in two languages. A test that needs other
 * statuses gives them by rendering text (`checkGlossary({ 'ordre
 * international post-guerre': 'deprecated' })`).
 */
export function checkGlossary(statuses: Readonly<Record<string, RenderingStatus>> = {}): TermIndex {
  for (const text of Object.keys(statuses)) {
    if (!baseGlossary.concepts.some((concept) => concept.terms.some((term) => term.text === text))) throw new Error(`checkGlossary: no rendering "${text}"`)
  }
  return {
    concepts: baseGlossary.concepts.map((concept) => ({
      ...concept,
      terms: concept.terms.map((term) => ({ ...term, status: statuses[term.text] ?? term.status }))
    }))
  }
}

const baseGlossary: TermIndex = {
  concepts: [
    {
      id: 'postwar-order',
      sourceLang: 'zh',
      sourceText: '战后国际秩序',
      gloss: 'post-war international order',
      terms: [
        { conceptId: 'postwar-order', lang: 'zh', text: '战后国际秩序', status: 'preferred', isSource: true, attestations: [] },
        {
          conceptId: 'postwar-order',
          lang: 'fr',
          text: 'ordre international d’après-guerre',
          status: 'preferred',
          isSource: false,
          attestations: [attestation('ordre international d’après-guerre', 9)]
        },
        { conceptId: 'postwar-order', lang: 'fr', text: 'ordre international post-guerre', status: 'admitted', isSource: false, attestations: [] },
        { conceptId: 'postwar-order', lang: 'fr', text: 'ordre mondial d’après-guerre', status: 'deprecated', isSource: false, attestations: [] },
        { conceptId: 'postwar-order', lang: 'vi', text: 'trật tự quốc tế thời hậu chiến', status: 'preferred', isSource: false, attestations: [] }
      ]
    },
    {
      id: 'integral-part',
      sourceLang: 'zh',
      sourceText: '重要组成部分',
      terms: [
        { conceptId: 'integral-part', lang: 'zh', text: '重要组成部分', status: 'preferred', isSource: true, attestations: [] },
        { conceptId: 'integral-part', lang: 'fr', text: 'élément important', status: 'admitted', isSource: false, attestations: [] },
        { conceptId: 'integral-part', lang: 'fr', text: 'élément essentiel', status: 'admitted', isSource: false, attestations: [] },
        { conceptId: 'integral-part', lang: 'fr', text: 'partie intégrante', status: 'admitted', isSource: false, attestations: [] }
      ]
    },
    {
      id: 'taiwan-region',
      sourceLang: 'zh',
      sourceText: '台湾地区',
      terms: [
        { conceptId: 'taiwan-region', lang: 'zh', text: '台湾地区', status: 'preferred', isSource: true, attestations: [] },
        { conceptId: 'taiwan-region', lang: 'fr', text: 'région de Taïwan', status: 'preferred', isSource: false, attestations: [] },
        { conceptId: 'taiwan-region', lang: 'fr', text: 'État taïwanais', status: 'forbidden', isSource: false, attestations: [] }
      ]
    }
  ]
}

/**
 * A restored glossary's renderings against the built ones: field for field,
 * except that a restored rendering keeps only one of its attestations (the
 * one findings cite), or none when it has none.
 */
export function restoredLikeBuilt(restored: readonly Rendering[], built: readonly Rendering[]): { fields: boolean; attestations: boolean } {
  const fields = (renderings: readonly Rendering[]): unknown[] => renderings.map(({ attestations: _attestations, ...rest }) => rest)
  return {
    fields: JSON.stringify(fields(restored)) === JSON.stringify(fields(built)),
    attestations: restored.length === built.length && restored.every((rendering, index) => {
      const all = built[index]!.attestations
      return rendering.attestations.length === Math.min(1, all.length) && rendering.attestations.every((kept) => all.some((one) => JSON.stringify(one) === JSON.stringify(kept)))
    })
  }
}
