import type { Root } from 'nlcst'
import type { Processor } from 'unified'
import { parseFrench } from './parse-french.js'

/**
 * unified plugin (retext style): use the French parser as the processor's
 * parser, e.g. `unified().use(retextFrench).use(retextStringify)`.
 */
export function retextFrench(this: Processor<Root>): undefined {
  this.parser = (document: string): Root => parseFrench(document)
  return undefined
}
