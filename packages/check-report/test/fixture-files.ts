import { VFile } from 'vfile'
import { createChecker, retextRenderings } from '@renderings/retext-renderings'
import type { TermIndex } from '@renderings/types'
import { unified } from 'unified'

const index: TermIndex = {
  concepts: [
    {
      id: 'postwar-order',
      sourceLang: 'zh',
      sourceText: '战后国际秩序',
      terms: [
        { conceptId: 'postwar-order', lang: 'zh', text: '战后国际秩序', status: 'preferred', isSource: true, attestations: [] },
        {
          conceptId: 'postwar-order',
          lang: 'fr',
          text: 'ordre international d’après-guerre',
          status: 'preferred',
          isSource: false,
          attestations: [{ doc: 'doc-a', outlet: 'Outlet A', date: '2025-11-25', sentence: 3, start: 10, end: 44, text: 'ordre international d’après-guerre', origin: 'curated' }]
        },
        { conceptId: 'postwar-order', lang: 'fr', text: 'ordre international post-guerre', status: 'deprecated', isSource: false, attestations: [] }
      ]
    },
    {
      id: 'integral-part',
      sourceLang: 'zh',
      sourceText: '重要组成部分',
      terms: [
        { conceptId: 'integral-part', lang: 'zh', text: '重要组成部分', status: 'preferred', isSource: true, attestations: [] },
        { conceptId: 'integral-part', lang: 'fr', text: 'élément important', status: 'admitted', isSource: false, attestations: [] },
        { conceptId: 'integral-part', lang: 'fr', text: 'élément essentiel', status: 'admitted', isSource: false, attestations: [] }
      ]
    }
  ]
}

/** Two checked files with every kind of message: error, warning, silenced, cross-file related place. */
export async function fixtureFiles(): Promise<VFile[]> {
  const checker = createChecker(index, { rules: { 'inconsistent-rendering': 'warning' } })
  const files = [
    new VFile({
      path: 'docs/a b.txt',
      value: 'L’ordre international post-guerre, "un élément important",\nun élément essentiel.\n%% renderings-ignore-next-line deprecated-rendering -- quoted, 100% verbatim\nL’ordre international post-guerre.\n'
    }),
    new VFile({ path: 'docs/b.txt', value: 'Rien ici.' })
  ]
  // A parser that builds no tree: the plugin reads the text itself.
  const processor = unified()
    .use(function () {
      this.parser = () => ({ type: 'RootNode', children: [] }) as never
    })
    .use(retextRenderings, { checker })
  for (const file of files) await processor.run(processor.parse(file), file)
  return files
}
