import { letterA, letterE, letterEGrave, letterF, letterI, letterL, letterN, letterR, letterS, letterU, letterV, letterX } from './letter-units.js'
import { isStemLetter } from './word-characters.js'

/**
 * The automaton's keys and the text it scans are both cut down to what
 * French inflection leaves alone, so the glossary needs one key per term
 * instead of one per inflected form (a 10,000-concept glossary: 31,000 keys
 * and 260,000 states instead of 88,000 and 907,000). A match on these stems
 * is only a candidate: the matcher then checks that the text it covers is
 * one of the term's forms (see `french-inflection.ts`), so what it finds is
 * exactly what one key per form would find.
 *
 * The cut applies to the end of every run of stem letters (letters of the
 * scripts written with spaces; see {@link isStemLetter}), in keys and text
 * alike, and never empties a run:
 * 1. every final -s, -x and -e goes (`heureuses` → `heureu`);
 * 2. then -ll/-nn → -l/-n, -èr → -er, -iv → -if, -au → -al.
 * Every form `french-inflection.ts` makes of a word has the stem of the word
 * itself (`internationaux`, `internationales` → `international`;
 * `heureuses` → `heureu`; `actives` → `actif`; `premières` → `premier`),
 * which a test checks over every word of up to four letters of the alphabet
 * those rules read. Words that are not inflected forms may share a stem too
 * (`droite` and `droit`): the check after the match tells them apart.
 */

/** Whether the cut may change a run ending in `unit` (-s, -x, -e; -ll, -nn, -èr, -iv, -au). */
export function mayCut(unit: number): boolean {
  return isCutLetter(unit) || unit === letterL || unit === letterN || unit === letterR || unit === letterV || unit === letterU
}

/** Whether a unit is one the cut takes off the end of a run (-s, -x, -e). */
export function isCutLetter(unit: number): boolean {
  return unit === letterS || unit === letterX || unit === letterE
}

/**
 * What the last {@link stemTail} changes, as offsets from its `from`:
 * units from `firstChange` on are cut or rewritten (`firstChange` is the
 * number kept when none is rewritten); `rewritten` is the new unit at
 * `firstChange` (-1: none), the units after it up to the number kept stay.
 */
export const lastCut = { firstChange: 0, rewritten: -1 }

/**
 * The cut of the end of a run of stem letters: `units[(from + i) & mask]`
 * for `i` in `[0, length)` are its last `length` units (`mask` lets a ring
 * be read in place; -1 reads an array as it is), of a run of `runLength`
 * units; they must reach back to the run's last two letters that are not
 * -s, -x or -e (or to its start). Changes nothing: gives how many units
 * remain, and what changes in {@link lastCut}.
 */
export function stemTail(units: Uint16Array, from: number, length: number, runLength: number, mask: number): number {
  let end = length
  let run = runLength
  while (run > 1 && isCutLetter(units[(from + end - 1) & mask]!)) {
    end--
    run--
  }
  lastCut.firstChange = end
  lastCut.rewritten = -1
  if (run < 2 || end < 2) return end
  const before = units[(from + end - 2) & mask]!
  const last = units[(from + end - 1) & mask]!
  if (before === last && (last === letterL || last === letterN)) lastCut.firstChange = --end
  else if (before === letterEGrave && last === letterR) {
    lastCut.firstChange = end - 2
    lastCut.rewritten = letterE
  } else if (before === letterI && last === letterV) {
    lastCut.firstChange = end - 1
    lastCut.rewritten = letterF
  } else if (before === letterA && last === letterU) {
    lastCut.firstChange = end - 1
    lastCut.rewritten = letterL
  }
  return end
}

/** {@link isStemLetter}, with the ASCII answer first (keys and texts are mostly ASCII). */
export function isStemUnit(unit: number): boolean {
  if (unit < 0x80) return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a)
  return isStemLetter(unit)
}

/**
 * Cut every run of stem letters of `units[0, length)` in place (see
 * {@link stemTail}); gives the new length.
 */
export function stemRuns(units: Uint16Array, length: number): number {
  let written = 0
  let index = 0
  while (index < length) {
    if (!isStemUnit(units[index]!)) {
      units[written++] = units[index++]!
      continue
    }
    let end = index + 1
    while (end < length && isStemUnit(units[end]!)) end++
    // The run moves down to `written` first, then its end is cut in place.
    const runLength = end - index
    if (written !== index) units.copyWithin(written, index, end)
    const kept = stemTail(units, written, runLength, runLength, -1)
    if (lastCut.rewritten >= 0) units[written + lastCut.firstChange] = lastCut.rewritten
    written += kept
    index = end
  }
  return written
}
