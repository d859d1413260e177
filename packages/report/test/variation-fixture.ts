import type { Attestation, TermIndex } from '@renderings/types'

function attestation(doc: string, outlet: string, date: string, start: number, text: string, context: string): Attestation {
  const at = context.indexOf(text)
  return { doc, outlet, date, sentence: 3, start: start + at, end: start + at + text.length, text, origin: 'mined', context, contextStart: start }
}

/** A small glossary in the shape of the seeds: one document renders one original two ways. */
export const variationIndex: TermIndex = {
  concepts: [
    {
      id: 'taiwan-return', sourceLang: 'zh', sourceText: '台湾回归中国是战后国际秩序重要组成部分', gloss: 'Taiwan’s return is an important part of the order',
      terms: [
        { conceptId: 'taiwan-return', lang: 'zh', text: '台湾回归中国是战后国际秩序重要组成部分', status: 'preferred', isSource: true, attestations: [] },
        {
          conceptId: 'taiwan-return', lang: 'fr', text: 'un élément important', status: 'preferred', isSource: false,
          attestations: [attestation('000', 'Le Grand Continent', '2025-11-24', 100, 'un élément important', 'dont le « retour à la Chine est un élément important » de cet ordre')]
        },
        {
          conceptId: 'taiwan-return', lang: 'fr', text: 'un élément essentiel', status: 'admitted', isSource: false,
          attestations: [attestation('000', 'Le Grand Continent', '2025-11-24', 900, 'un élément essentiel', 'le retour de Taïwan à la Chine est un élément essentiel de l’ordre')]
        },
        {
          conceptId: 'taiwan-return', lang: 'fr', text: 'fait partie intégrante', status: 'deprecated', isSource: false,
          attestations: [attestation('001', 'VNA <français>', '2025-11-25', 50, 'fait partie intégrante', "le retour de Taïwan en Chine fait partie intégrante de l'ordre")]
        }
      ]
    },
    {
      id: 'rare-earths', sourceLang: 'zh', sourceText: '稀土',
      terms: [
        { conceptId: 'rare-earths', lang: 'fr', text: 'terres rares', status: 'preferred', isSource: false, attestations: [attestation('003', 'The Conversation', '2025-06-06', 10, 'terres rares', 'des exportations de terres rares')] },
        { conceptId: 'rare-earths', lang: 'vi', text: 'đất hiếm', status: 'preferred', isSource: false, attestations: [attestation('003', 'The Conversation', '2025-06-06', 2000, 'đất hiếm', 'xuất khẩu đất hiếm sang Mỹ')] }
      ]
    },
    { id: 'unattested', sourceLang: 'zh', sourceText: '无', terms: [] }
  ]
}
