import type { Paragraph, Sentence } from 'nlcst'

/**
 * Paragraph and sentence plugin, the same result as parse-latin's
 * `patchPosition`: a node without a start (end) takes its first (last)
 * child's. parse-latin visits every child to find the first and the last;
 * on a paragraph's tokens that is a walk over the whole text for two nodes.
 */
export function patchPosition(node: Paragraph | Sentence): undefined {
  const children = node.children
  const first = children[0]
  const last = children[children.length - 1]
  if (first?.position && !node.position?.start) {
    node.position ??= {} as NonNullable<typeof node.position>
    node.position.start = first.position.start
  }
  if (last?.position && !node.position?.end) {
    node.position ??= {} as NonNullable<typeof node.position>
    node.position.end = last.position.end
  }
  return undefined
}
