import type { Root } from 'nlcst'
import { beforeAll, describe, expect, it } from 'vitest'
import { createChineseSegmenter, parseChinese, type ChineseSegmenter } from '@renderings/parse-zh'

let segmenter: ChineseSegmenter

beforeAll(async () => {
  segmenter = await createChineseSegmenter({ words: ['习近平', '战后国际秩序'] })
})

type Node = { type: string; value?: string; children?: Node[]; position?: { start: { line: number; column: number; offset?: number }; end: { offset?: number } } }

/** The text a node spans, rebuilt from its leaves. */
function textOf(node: Node): string {
  return node.value ?? (node.children ?? []).map(textOf).join('')
}

function collect(node: Node, type: string, found: Node[] = []): Node[] {
  if (node.type === type) found.push(node)
  for (const child of node.children ?? []) collect(child, type, found)
  return found
}

/** Every node's position points at the text it holds. */
function expectPositions(node: Node, text: string): void {
  expect(text.slice(node.position?.start.offset, node.position?.end.offset)).toBe(textOf(node))
  for (const child of node.children ?? []) expectPositions(child, text)
}

describe('parseChinese', () => {
  const text = '  习近平强调，台湾回归中国是战后国际秩序重要组成部分。“共同维护！”\n\n第二段 2025年。尾巴\n'

  it('should be lossless, with positions into the text', () => {
    const tree = parseChinese(text, segmenter) as unknown as Node
    expect(textOf(tree)).toBe(text)
    expectPositions(tree, text)
    expect(parseChinese('', segmenter)).toMatchObject({ type: 'RootNode', children: [] } satisfies Partial<Root>)
  })

  it('should cut paragraphs at line breaks and sentences at 。！？ with their closing quotes', () => {
    const tree = parseChinese(text, segmenter) as unknown as Node
    expect(collect(tree, 'ParagraphNode')).toHaveLength(2)
    expect(collect(tree, 'SentenceNode').map(textOf)).toEqual(['习近平强调，台湾回归中国是战后国际秩序重要组成部分。', '“共同维护！”', '第二段 2025年。', '尾巴'])
  })

  it('should take words from the segmenter and mark punctuation', () => {
    const tree = parseChinese(text, segmenter) as unknown as Node
    const words = collect(tree, 'WordNode').map(textOf)
    expect(words).toContain('习近平')
    expect(words).toContain('战后国际秩序')
    expect(collect(tree, 'PunctuationNode').map(textOf)).toEqual(['，', '。', '“', '！', '”', '。'])
    const second = collect(tree, 'ParagraphNode')[1]
    expect(second?.position?.start).toMatchObject({ line: 3, column: 1 })
  })
})
