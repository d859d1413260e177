// Segmentation scoring on the Universal Dependencies treebanks of the shared
// development data (`<dev-data>/seg/`), with the definitions of its README:
// sentence boundary F1 on documents of ten consecutive sentences, and
// Vietnamese word F1 over spans of syllable indices. Used by `pnpm eval:seg`
// and by the accuracy floors in the tests.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'nlcst'
import { devDataFolder } from './paths.js'

/** The folder of the segmentation treebanks. */
export const segDevDataFolder = join(devDataFolder, 'seg')

/** Whether the segmentation treebanks are present. */
export const hasSegDevData = existsSync(join(segDevDataFolder, 'vi_vtb-ud-dev.conllu'))

/** One treebank sentence: its `# text =` line and its FORM column. */
export interface TreebankSentence {
  text: string
  forms: string[]
}

/** The sentences of a CoNLL-U file (multiword token ranges and empty nodes left out of the forms). */
export function readConllu(name: string): TreebankSentence[] {
  const sentences: TreebankSentence[] = []
  for (const block of readFileSync(join(segDevDataFolder, name), 'utf8').split(/\r?\n\r?\n/)) {
    let text: string | undefined
    const forms: string[] = []
    for (const line of block.split(/\r?\n/)) {
      // VTB writes `# text =Thanh…`, GSD `# text = Aviator…`.
      const header = /^# text =(.*)$/.exec(line)
      if (header) text = header[1]!.trim()
      else if (/^\d+\t/.test(line)) forms.push(line.split('\t')[1]!)
    }
    if (text !== undefined) sentences.push({ text, forms })
  }
  return sentences
}

/**
 * VTB's tokenised text detokenised: no space before `, . ; : ? ! ) ] …`,
 * none after `( [`. Straight quotes keep their spaces (which side they
 * belong to is what a splitter must find out).
 */
export function detokenise(text: string): string {
  return text.replace(/ (?=[,.;:?!)\]…])/gu, '').replace(/(?<=[([]) /gu, '')
}

/** A document of consecutive sentences joined by one space, with its gold boundaries. */
export interface BoundaryDocument {
  text: string
  /** Offsets of the first non-space character of every sentence but the first. */
  boundaries: number[]
}

/** Documents of `size` consecutive sentences joined by one space. */
export function boundaryDocuments(texts: readonly string[], size = 10): BoundaryDocument[] {
  const documents: BoundaryDocument[] = []
  for (let first = 0; first < texts.length; first += size) {
    let text = ''
    const boundaries: number[] = []
    for (const sentence of texts.slice(first, first + size)) {
      if (text.length > 0) {
        text += ' '
        boundaries.push(text.length)
      }
      text += sentence
    }
    documents.push({ text, boundaries })
  }
  return documents
}

/** A sentence splitter: the offsets where the sentences of `text` start. */
export type SentenceStarts = (text: string) => number[]

export interface Scores {
  precision: number
  recall: number
  f1: number
  /** Gold items and predicted items counted. */
  gold: number
  predicted: number
}

export interface BoundaryScores {
  all: Scores
  /** Only boundaries after `. ! ? …` (closing quotes allowed between), which running text must get. */
  afterSentenceMark: Scores
  /** Boundaries missed and boundaries made wrongly, with a little context, for reading. */
  missed: string[]
  spurious: string[]
}

/** Whether the text before `offset` ends with `. ! ? …`, optionally followed by closing quotes. */
function followsSentenceMark(text: string, offset: number): boolean {
  return /[.!?…](?:\s*["'”’»])*\s*$/u.test(text.slice(Math.max(0, offset - 20), offset))
}

/** Micro precision, recall and F1 of a splitter's internal boundaries over all documents. */
export function scoreBoundaries(documents: readonly BoundaryDocument[], starts: SentenceStarts): BoundaryScores {
  const all = new Counts()
  const marked = new Counts()
  const missed: string[] = []
  const spurious: string[] = []
  for (const document of documents) {
    const { text } = document
    const gold = new Set(document.boundaries)
    const firstCharacter = text.search(/\S/u)
    const predicted = new Set(starts(text).filter((start) => start > firstCharacter))
    for (const offset of gold) {
      const found = predicted.has(offset)
      all.add(found, true)
      if (followsSentenceMark(text, offset)) marked.add(found, true)
      if (!found) missed.push(context(text, offset))
    }
    for (const offset of predicted) {
      if (gold.has(offset)) continue
      all.add(false, false)
      if (followsSentenceMark(text, offset)) marked.add(false, false)
      spurious.push(context(text, offset))
    }
  }
  return { all: all.scores(), afterSentenceMark: marked.scores(), missed, spurious }
}

function context(text: string, offset: number): string {
  return `${text.slice(Math.max(0, offset - 40), offset)}‖${text.slice(offset, offset + 30)}`
}

class Counts {
  correct = 0
  gold = 0
  predicted = 0

  /** One item: whether it is both gold and predicted (`hit`), or only one of them (`isGold` tells which). */
  add(hit: boolean, isGold: boolean): void {
    if (hit) {
      this.correct++
      this.gold++
      this.predicted++
    } else if (isGold) this.gold++
    else this.predicted++
  }

  addSets(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): void {
    for (const item of predicted) if (gold.has(item)) this.correct++
    this.gold += gold.size
    this.predicted += predicted.size
  }

  scores(): Scores {
    const precision = this.predicted === 0 ? 1 : this.correct / this.predicted
    const recall = this.gold === 0 ? 1 : this.correct / this.gold
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    return { precision, recall, f1, gold: this.gold, predicted: this.predicted }
  }
}

/** The sentences of `text` (trimmed) as a splitter cuts it. */
export function sentencesBy(starts: SentenceStarts, text: string): string[] {
  const offsets = starts(text)
  return offsets.map((start, index) => text.slice(start, offsets[index + 1] ?? text.length).trim()).filter((sentence) => sentence.length > 0)
}

/** Sentence starts of an nlcst tree (parse-latin, parse-fr, parse-vi). */
export function nlcstSentenceStarts(tree: Root): number[] {
  const starts: number[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') starts.push(sentence.position?.start.offset ?? 0)
  }
  return starts
}

/** Sentence starts of `Intl.Segmenter` (each segment carries its trailing spaces). */
export function intlSentenceStarts(locale: string): SentenceStarts {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })
  return (text) => Array.from(segmenter.segment(text), (segment) => segment.index + (segment.segment.length - segment.segment.trimStart().length))
}

/** A Vietnamese word segmenter: words as `[start, end)` spans of the text (syllables left out count as words of their own). */
export type WordSegmenter = (text: string) => ReadonlyArray<{ start: number; end: number }>

export interface WordScores {
  all: Scores
  /** Words of two syllables or more. */
  several: Scores
}

/**
 * Word F1 on treebank sentences: the input is the sentence's syllables (its
 * FORMs split at spaces) joined by single spaces; a predicted word joins the
 * syllables whose spaces it covers, and every syllable no word joins is a
 * word of its own. Words are compared as spans of syllable indices.
 */
export function scoreWords(sentences: readonly TreebankSentence[], segment: WordSegmenter): WordScores {
  const all = new Counts()
  const several = new Counts()
  for (const sentence of sentences) {
    const syllables: string[] = []
    const goldJoined: boolean[] = []
    for (const form of sentence.forms) {
      const parts = form.split(' ').filter((part) => part.length > 0)
      parts.forEach((part, index) => {
        syllables.push(part)
        goldJoined.push(index < parts.length - 1)
      })
    }
    const text = syllables.join(' ')
    // The space after syllable i sits at spaceOffsets[i].
    const syllableOfSpace = new Map<number, number>()
    let offset = 0
    syllables.forEach((syllable, index) => {
      offset += syllable.length
      syllableOfSpace.set(offset, index)
      offset++
    })
    const predictedJoined = new Array<boolean>(syllables.length).fill(false)
    for (const word of segment(text)) {
      for (let index = word.start; index < word.end; index++) {
        const syllable = text[index] === ' ' ? syllableOfSpace.get(index) : undefined
        if (syllable !== undefined) predictedJoined[syllable] = true
      }
    }
    const gold = spans(goldJoined)
    const predicted = spans(predictedJoined)
    all.addSets(predicted, gold)
    several.addSets(new Set([...predicted].filter(isSeveral)), new Set([...gold].filter(isSeveral)))
  }
  return { all: all.scores(), several: several.scores() }
}

/** Words as `first:last` syllable indices, from whether each syllable is joined to the next. */
function spans(joined: readonly boolean[]): Set<string> {
  const words = new Set<string>()
  let first = 0
  for (let index = 0; index < joined.length; index++) {
    if (joined[index]) continue
    words.add(`${first}:${index}`)
    first = index + 1
  }
  return words
}

function isSeveral(span: string): boolean {
  const [first, last] = span.split(':')
  return first !== last
}

/** How a splitter treats one kind of place in the gold: how many are boundaries, how many not, and how many of each it split. */
export interface PlaceTally {
  boundaries: number
  continuations: number
  splitBoundaries: number
  splitContinuations: number
}

/**
 * Every ellipsis followed by a capital (closing quotes and spaces between,
 * and an opening quote before the capital, allowed), by the form of the
 * ellipsis: `...` or `…`, four dots or more (`....`, an ellipsis and a full
 * stop), or after `?` or `!` (`?...`). Where the capital starts a gold
 * sentence, the ellipsis ended one. Each place is scored at the capital's
 * offset, or the opening quote's.
 */
export function tallyEllipsesBeforeCapitals(documents: readonly BoundaryDocument[], starts: SentenceStarts): Map<string, PlaceTally> {
  const tallies = new Map<string, PlaceTally>()
  for (const document of documents) {
    const gold = new Set(document.boundaries)
    const predicted = new Set(starts(document.text))
    // An ellipsis in brackets marks words left out (`(...)`), and is left out here.
    for (const match of document.text.matchAll(/(?<![([]\s*)([!?]?)(\.{3,}|…+)[»"”’)\]]*\s+(?=[«"“]?\s*\p{Lu})/gu)) {
      const form = match[1] ? 'after ? or !' : match[2]!.length >= 4 ? 'four dots or more' : '... or …'
      const at = match.index + match[0].length
      const tally = tallies.get(form) ?? { boundaries: 0, continuations: 0, splitBoundaries: 0, splitContinuations: 0 }
      if (gold.has(at)) {
        tally.boundaries++
        if (predicted.has(at)) tally.splitBoundaries++
      } else {
        tally.continuations++
        if (predicted.has(at)) tally.splitContinuations++
      }
      tallies.set(form, tally)
    }
  }
  return tallies
}
