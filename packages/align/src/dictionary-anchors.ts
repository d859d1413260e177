import type { Anchor } from './numbers-dates.js'
import { foldedTokens } from './tokens.js'

/** One pair of a bilingual dictionary: a source phrase and one of its renderings. */
export interface DictionaryPair {
  source: string
  target: string
}

/**
 * Anchors from a bilingual dictionary (the glossary's renderings): a
 * sentence containing a source phrase and one containing any of its
 * renderings share the key of that source phrase. Phrases are matched as
 * token sequences through an index on their first token, so a glossary of
 * thousands of terms costs one look-up per word.
 */
export function dictionaryAnchors(
  pairs: readonly DictionaryPair[],
  sourceTexts: readonly string[],
  targetTexts: readonly string[]
): { source: Anchor[][]; target: Anchor[][] } {
  const sourcePhrases = new PhraseIndex()
  const targetPhrases = new PhraseIndex()
  for (const pair of pairs) {
    const key = `dict:${foldedTokens(pair.source).join(' ')}`
    sourcePhrases.add(pair.source, key)
    targetPhrases.add(pair.target, key)
  }
  return { source: sourceTexts.map((text) => sourcePhrases.find(text)), target: targetTexts.map((text) => targetPhrases.find(text)) }
}

class PhraseIndex {
  private readonly byFirstToken = new Map<string, Array<{ tokens: string[]; key: string; text: string }>>()

  add(text: string, key: string): void {
    const tokens = foldedTokens(text)
    const first = tokens[0]
    if (first === undefined) return
    const list = this.byFirstToken.get(first) ?? []
    if (!list.some((entry) => entry.key === key && entry.tokens.join(' ') === tokens.join(' '))) list.push({ tokens, key, text })
    this.byFirstToken.set(first, list)
  }

  find(sentence: string): Anchor[] {
    if (this.byFirstToken.size === 0) return []
    const tokens = foldedTokens(sentence)
    const anchors: Anchor[] = []
    for (let start = 0; start < tokens.length; start++) {
      const candidates = this.byFirstToken.get(tokens[start]!)
      if (candidates === undefined) continue
      for (const candidate of candidates) {
        if (candidate.tokens.every((word, offset) => tokens[start + offset] === word)) {
          anchors.push({ key: candidate.key, kind: 'dictionary', text: candidate.text })
        }
      }
    }
    return anchors
  }
}
