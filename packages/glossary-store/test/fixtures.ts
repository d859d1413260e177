import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TermIndex } from '@renderings/types'

/** A fresh folder for one test file's databases. */
export function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'renderings-store-'))
}

/** A small hand-made glossary: one contested phrase, one name, one trade term. */
export const sampleIndex: TermIndex = {
  concepts: [
    {
      id: 'post-war-international-order',
      sourceLang: 'zh',
      sourceText: '战后国际秩序',
      gloss: 'post-war international order',
      contested: 'frames Taiwan as part of the 1945 settlement',
      terms: [
        { conceptId: 'post-war-international-order', lang: 'zh', text: '战后国际秩序', status: 'preferred', isSource: true, attestations: [] },
        {
          conceptId: 'post-war-international-order',
          lang: 'fr',
          text: 'ordre international d’après-guerre',
          status: 'preferred',
          isSource: false,
          attestations: [
            { doc: 'doc-a', outlet: 'Outlet A', date: '2025-11-25', sentence: 3, start: 10, end: 44, text: 'ordre international d’après-guerre', origin: 'curated', context: 'Le cadre d’un « ordre international d’après-guerre »', contextStart: 0 }
          ]
        },
        {
          conceptId: 'post-war-international-order',
          lang: 'fr',
          text: 'ordre international post-guerre',
          status: 'admitted',
          isSource: false,
          note: 'calque',
          attestations: [{ doc: 'doc-b', outlet: 'Outlet B', date: 'unknown', sentence: 2, start: 5, end: 36, text: 'ordre international post-guerre', origin: 'curated' }]
        }
      ]
    },
    {
      id: 'xi-jinping',
      sourceLang: 'zh',
      sourceText: '习近平',
      domain: 'names',
      terms: [
        { conceptId: 'xi-jinping', lang: 'zh', text: '习近平', status: 'preferred', isSource: true, attestations: [] },
        { conceptId: 'xi-jinping', lang: 'fr', text: 'Xi Jinping', status: 'preferred', isSource: false, attestations: [] },
        { conceptId: 'xi-jinping', lang: 'vi', text: 'Tập Cận Bình', status: 'preferred', isSource: false, attestations: [] }
      ]
    },
    {
      id: 'rare-earths',
      sourceLang: 'zh',
      sourceText: '稀土',
      terms: [
        { conceptId: 'rare-earths', lang: 'zh', text: '稀土', status: 'preferred', isSource: true, attestations: [] },
        { conceptId: 'rare-earths', lang: 'fr', text: 'terres rares', status: 'preferred', isSource: false, attestations: [] },
        { conceptId: 'rare-earths', lang: 'vi', text: 'đất hiếm', status: 'preferred', isSource: false, attestations: [] }
      ]
    }
  ]
}
