import { fold } from './fold.js'
import type { Anchor } from './numbers-dates.js'

// Letters other than Han by set difference (the v flag), not a lookahead
// before the class: the same characters, compiled in half the time.
const word = new RegExp('[[\\p{L}\\p{M}]--\\p{Script=Han}]+', 'gv')
const han = /\p{Script=Han}/u
const hanRun = /\p{Script=Han}+/gu
// The functions of this file read their pattern's matches by a loop over exec (lastIndex reset
// first), not matchAll, which copies the pattern and makes an iterator: every sentence comes here,
// and again for the evidence of each bead.

/**
 * Dictionary-free word anchors (Simard, Foster & Isabelle 1992): a word of
 * four letters or more stands for its first four folded letters, so
 * `Regierung`/`régime` do not meet but `président`/`president`,
 * `Himalaya`/`himalayenne` and `exportations`/`exports` do; a capitalised
 * shorter word inside the sentence is a name and stands for itself (`Xi`,
 * `UN`). Words of only one language never meet their like on the other
 * side; the caller keeps only anchors seen on both sides, weighted by rarity.
 */
export function wordAnchors(text: string): Anchor[] {
  const anchors: Anchor[] = []
  let first = true
  word.lastIndex = 0
  for (let match = word.exec(text); match !== null; match = word.exec(text)) {
    const written = match[0]
    if (han.test(written)) continue
    const folded = fold(written)
    if (folded.length >= 4) {
      anchors.push({ key: `word:${folded.slice(0, 4)}`, kind: isCapitalised(written) ? 'name' : 'cognate', text: written })
    } else if (!first && folded.length >= 2 && isCapitalised(written)) {
      anchors.push({ key: `word:${folded}`, kind: 'name', text: written })
    }
    first = false
  }
  return anchors
}

/**
 * Chinese character pairs, so a Chinese quotation inside a French or
 * Vietnamese sentence meets the Chinese original it quotes.
 */
export function hanAnchors(text: string): Anchor[] {
  const anchors: Anchor[] = []
  hanRun.lastIndex = 0
  for (let match = hanRun.exec(text); match !== null; match = hanRun.exec(text)) {
    const run = match[0]
    for (let index = 0; index + 2 <= run.length; index++) {
      const pair = run.slice(index, index + 2)
      anchors.push({ key: `han:${pair}`, kind: 'Chinese', text: pair })
    }
  }
  return anchors
}

const punctuationKeys: Record<string, string> = {
  '?': '?', '？': '?', '¿': '?',
  '!': '!', '！': '!', '¡': '!',
  '«': 'quote', '»': 'quote', '“': 'quote', '”': 'quote', '„': 'quote', '"': 'quote', '「': 'quote', '」': 'quote', '『': 'quote', '』': 'quote',
  '(': '(', '（': '(',
  ':': ':', '：': ':',
  '…': '…'
}
const punctuation = /[?？¿!！¡«»“”„"「」『』(（:：…]|\.\.\./g

/**
 * Punctuation that translations keep: questions, exclamations, quotations,
 * parentheses, colons and ellipses, each written its several ways.
 */
export function punctuationAnchors(text: string): Anchor[] {
  const anchors: Anchor[] = []
  punctuation.lastIndex = 0
  for (let match = punctuation.exec(text); match !== null; match = punctuation.exec(text)) {
    const kind = match[0] === '...' ? '…' : punctuationKeys[match[0]]
    if (kind !== undefined) anchors.push({ key: `punct:${kind}`, kind: 'punctuation', text: match[0] })
  }
  return anchors
}

function isCapitalised(written: string): boolean {
  const initial = written[0]!
  return initial !== initial.toLowerCase() && initial === initial.toUpperCase()
}
