import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import { parseFrench } from './parse-french.js'

/**
 * unified plugin (retext style): use the French parser as the processor's
 * parser, e.g. `unified().use(retextFrench).use(retextStringify)`. Typed as a
 * parser plugin (string in, nlcst Root out) so `unified().use()` accepts it.
 */
export const retextFrench: Plugin<[], string, Root> = function () {
  this.parser = (document: string): Root => parseFrench(document)
}
