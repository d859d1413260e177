import { type Anchor, numberAndDateAnchors } from './numbers-dates.js'
import { hanAnchors, punctuationAnchors, wordAnchors } from './word-anchors.js'

/** Every dictionary-free anchor of one sentence. */
export function sentenceAnchors(text: string): Anchor[] {
  return [...numberAndDateAnchors(text), ...wordAnchors(text), ...hanAnchors(text), ...punctuationAnchors(text)]
}
