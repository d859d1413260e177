import { VFile } from 'vfile'
import { createChecker, retextRenderings } from '@renderings/retext-renderings'
import { unified } from 'unified'
import { checkGlossary } from '../../../test/support/check-glossary.js'

// The deprecated rendering is an error; élément important / essentiel make an inconsistency.
const index = checkGlossary({ 'ordre international post-guerre': 'deprecated' })

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
