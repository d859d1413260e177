import { AhoCorasick, type MatchTerm } from '@renderings/match'
import { foldKey } from '@renderings/normalize'

/**
 * Split terms into layers in which no term contains another, so that one
 * leftmost-longest matcher per layer finds every term, including terms
 * inside longer ones: 战后国际秩序 inside 台湾回归中国是战后国际秩序重要组成部分,
 * "ordre international post-guerre" inside the quoted statement that ends
 * with it. A term's layer is its nesting depth: 0 when it contains no other
 * term, else one more than the deepest term it contains (terms of equal
 * depth cannot contain each other). Containment is found with one
 * Aho–Corasick pass over the folded keys, so it stays near-linear.
 */
export function termLayers(terms: readonly MatchTerm[]): MatchTerm[][] {
  const keys = terms.map((term) => foldKey(term.text))
  const automaton = new AhoCorasick(keys.reduce((sum, key) => sum + key.length, 0))
  const keyNumber = keys.map((key) => (key === '' ? -1 : automaton.add(key)))
  automaton.build()
  // Depth per distinct key; terms sharing a key share its depth.
  const keyOfNumber = new Map<number, string>()
  keyNumber.forEach((number, index) => {
    if (number >= 0) keyOfNumber.set(number, keys[index]!)
  })
  const byLength = [...keyOfNumber.entries()].sort((a, b) => a[1].length - b[1].length)
  const depth = new Map<number, number>()
  for (const [number, key] of byLength) {
    let deepest = -1
    automaton.scan(key, (inner, end) => {
      if (inner === number && end === key.length) return
      const innerDepth = depth.get(inner)
      if (innerDepth !== undefined && innerDepth > deepest) deepest = innerDepth
    })
    depth.set(number, deepest + 1)
  }
  const layers: MatchTerm[][] = []
  terms.forEach((term, index) => {
    const layer = depth.get(keyNumber[index]!) ?? 0
    ;(layers[layer] ??= []).push(term)
  })
  return layers.filter((layer) => layer.length > 0)
}
