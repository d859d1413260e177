import type { TermIndex } from '@renderings/types'

/** Every field the glossary keeps, including the awkward ones (forbidden, quotes, newlines in context, a second source-language term). */
export const richIndex: TermIndex = {
  documents: [
    { id: 'wire 7 %', file: '', outlet: 'Le Grand Continent', outletEvidence: '', date: '2025-11-26', title: '', kind: '', languages: [] },
    { id: '001', file: '', outlet: 'Vietnam "state" media', outletEvidence: '', date: 'unknown', title: '', kind: '', languages: [] },
    { id: '000', file: '000.txt', outlet: 'Le Grand Continent', outletEvidence: 'inference: « Sources » list & bullets', date: '2025-11-25', title: '(untitled)', kind: 'brief', languages: ['fr', 'zh'] }
  ],
  concepts: [
    {
      // An id that is not an XML name (leading digit, space, an underscore that looks like an escape) and an attested
      // text that the context cannot give (no context start), in a document whose id has spaces.
      id: '2024 tariff_x0041_truce',
      sourceLang: 'zh',
      sourceText: '关税休战',
      contested: 'a truce on one side only?',
      terms: [
        { conceptId: '2024 tariff_x0041_truce', lang: 'zh', text: '关税休战', status: 'preferred', isSource: true, attestations: [] },
        { conceptId: '2024 tariff_x0041_truce', lang: 'fr', text: 'trêve tarifaire', status: 'admitted', isSource: false, note: 'attestation doc=not-a-record', attestations: [
          { doc: 'wire 7 %', outlet: 'Le Grand Continent', date: '2025-11-26', sentence: 0, start: 3, end: 18, text: 'trêve tarifaire', origin: 'mined', context: 'La trêve tarifaire\r\ntient.' }
        ] }
      ]
    },
    {
      id: 'xi-jinping',
      sourceLang: 'zh',
      sourceText: '习近平',
      terms: [
        { conceptId: 'xi-jinping', lang: 'zh', text: '习近平', status: 'preferred', isSource: true, attestations: [] },
        { conceptId: 'xi-jinping', lang: 'vi', text: 'Tập Cận Bình', status: 'preferred', isSource: false, attestations: [] }
      ]
    },
    {
      id: 'post-war-international-order',
      sourceLang: 'zh',
      sourceText: '战后国际秩序',
      gloss: 'post-war international order',
      domain: 'international relations',
      note: 'a note with <angle> & "quotes"',
      contested: 'frames Taiwan as settled in 1945',
      terms: [
        { conceptId: 'post-war-international-order', lang: 'zh', text: '战后国际秩序', status: 'preferred', isSource: true, attestations: [
          { doc: '000', outlet: 'Le Grand Continent', date: '2025-11-25', sentence: 12, start: 2000, end: 2006, text: '战后国际秩序', origin: 'curated', context: '(« 台湾回归中国是战后国际秩序重要组成部分 »)', contextStart: 1990 }
        ] },
        { conceptId: 'post-war-international-order', lang: 'zh', text: '战后秩序', status: 'admitted', isSource: false, attestations: [] },
        { conceptId: 'post-war-international-order', lang: 'fr', text: 'ordre international d’après-guerre', status: 'preferred', isSource: false, note: 'idiomatic', attestations: [
          { doc: '000', outlet: 'Le Grand Continent', date: '2025-11-25', sentence: 11, start: 1500, end: 1534, text: 'ordre international d’après-guerre', origin: 'curated', context: 'Le cadre d’un « ordre international d’après-guerre »\n  est mobilisé', contextStart: 1484 },
          { doc: '001', outlet: 'Vietnam "state" media', date: 'unknown', sentence: 3, start: 10, end: 44, text: "ordre international d'après-guerre", origin: 'mined' }
        ] },
        { conceptId: 'post-war-international-order', lang: 'fr', text: 'ordre international post-guerre', status: 'forbidden', isSource: false, attestations: [
          { doc: '001', outlet: 'Vietnam "state" media', date: 'unknown', sentence: 2, start: 5, end: 36, text: 'ordre international post-guerre', origin: 'aligned' }
        ] },
        { conceptId: 'post-war-international-order', lang: 'en', text: 'post-war international order', status: 'superseded', isSource: false, attestations: [] },
        { conceptId: 'post-war-international-order', lang: 'vi', text: 'trật tự quốc tế thời hậu chiến', status: 'deprecated', isSource: false, attestations: [] }
      ]
    }
  ]
}
