import { associationPairs } from './parallel-association.js'
import { readForms, readingPairs, glossaryPairs } from './parallel-bridges.js'
import { foldedText, view, type ParallelProposal, type UnitView } from './parallel-view.js'
import type { KnownConcepts } from './known-concepts.js'
import type { MiningDocument, ParallelUnit, Readings } from './types.js'

export type { ParallelProposal } from './parallel-view.js'

/**
 * Term pairs from aligned units of parallel text (Latin-script language ↔ Vietnamese):
 * - readings: a Chinese form (glossary, or words of the corpus) whose pinyin
 *   is written on one side and its Sino-Vietnamese reading on the other
 *   (Xi Jinping ↔ Tập Cận Bình);
 * - glossary: a Vietnamese rendering of a concept on one side and, on the
 *   other, a word sharing a stem with a rendering of the same concept; both
 *   widen to the compound around them (cessez-le-feu tarifaire ↔ ngừng bắn thuế quan);
 * - association: phrases that occur in the same units and nowhere else
 *   (Dice ≥ 0.8, in three units at least), linked greedily best first so each phrase
 *   gets one partner (terres rares ↔ đất hiếm).
 */
export function mineParallel(
  documents: ReadonlyArray<{ document: MiningDocument; units: ParallelUnit[] }>,
  known: KnownConcepts,
  readings: Readings,
  chineseForms: ReadonlyArray<{ text: string; conceptId: string | undefined }>
): ParallelProposal[] {
  const proposals: ParallelProposal[] = []
  const forms = readForms(readings, chineseForms)
  for (const { document, units } of documents) {
    const views = units.map((unit) => view(document, unit)).filter((entry): entry is UnitView => entry !== undefined)
    const linkedLatin = new Set<string>()
    const linkedViet = new Set<string>()
    for (const entry of views) {
      for (const proposal of [...readingPairs(entry, forms), ...glossaryPairs(entry, known)]) {
        // A name written the same in both languages teaches nothing.
        if (foldedText(entry.latin, proposal.source) === foldedText(entry.viet, proposal.target)) continue
        proposals.push(proposal)
        linkedLatin.add(foldedText(entry.latin, proposal.source))
        linkedViet.add(foldedText(entry.viet, proposal.target))
      }
    }
    proposals.push(...associationPairs(document, views, linkedLatin, linkedViet))
  }
  return proposals
}

