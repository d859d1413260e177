import { type Anchor, numberAndDateAnchors } from './numbers-dates.js'
import { hanAnchors, punctuationAnchors, wordAnchors } from './word-anchors.js'

/**
 * The families of dictionary-free anchors, each with keys of its own
 * (`number:` and `date:`, `word:`, `han:`, `punct:`): a key of one family
 * is never made by another, so a caller that can only use some families
 * may skip the others and find the same anchors for those it keeps.
 */
export interface AnchorFamilies {
  numbers: boolean
  words: boolean
  han: boolean
  punctuation: boolean
}

export const allAnchorFamilies: AnchorFamilies = { numbers: true, words: true, han: true, punctuation: true }

/** Every dictionary-free anchor of one sentence (of the families asked for), in a fixed order: numbers and dates, words, Chinese pairs, punctuation. */
export function sentenceAnchors(text: string, families: AnchorFamilies = allAnchorFamilies): Anchor[] {
  const anchors = families.numbers ? numberAndDateAnchors(text) : []
  if (families.words) for (const anchor of wordAnchors(text)) anchors.push(anchor)
  if (families.han) for (const anchor of hanAnchors(text)) anchors.push(anchor)
  if (families.punctuation) for (const anchor of punctuationAnchors(text)) anchors.push(anchor)
  return anchors
}

/** The families that made any of `keys` (other keys, of bridges, the lexicon or a dictionary, belong to none). */
export function familiesOfKeys(keys: Iterable<string>): AnchorFamilies {
  const families: AnchorFamilies = { numbers: false, words: false, han: false, punctuation: false }
  for (const key of keys) {
    if (key.startsWith('number:') || key.startsWith('date:')) families.numbers = true
    else if (key.startsWith('word:')) families.words = true
    else if (key.startsWith('han:')) families.han = true
    else if (key.startsWith('punct:')) families.punctuation = true
  }
  return families
}
