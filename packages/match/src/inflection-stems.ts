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

/** Letters the cut reads (after case folding). */
const letterA = 0x61
const letterE = 0x65
const letterF = 0x66
const letterI = 0x69
const letterL = 0x6c
const letterN = 0x6e
const letterR = 0x72
const letterS = 0x73
const letterU = 0x75
const letterV = 0x76
const letterX = 0x78
const letterEGrave = 0xe8

/** Whether a unit is one the cut takes off the end of a run (-s, -x, -e). */
export function isCutLetter(unit: number): boolean {
  return unit === letterS || unit === letterX || unit === letterE
}

/** What the last {@link stemTail} changed: the first place (in `units`) it removed or rewrote a unit at; `from + length` when none. */
export const lastCut = { firstChange: 0 }

/**
 * Cut the end of a run of stem letters: `units[from, from + length)` are
 * its last `length` units, of a run of `runLength` units; they must reach
 * back to the run's last two letters that are not -s, -x or -e (or to its
 * start). Changes them in place; gives how many remain (see {@link lastCut}).
 */
export function stemTail(units: Uint16Array, from: number, length: number, runLength: number): number {
  let end = from + length
  let run = runLength
  while (run > 1 && isCutLetter(units[end - 1]!)) {
    end--
    run--
  }
  lastCut.firstChange = end
  if (run < 2 || end - from < 2) return end - from
  const before = units[end - 2]!
  const last = units[end - 1]!
  if (before === last && (last === letterL || last === letterN)) lastCut.firstChange = --end
  else if (before === letterEGrave && last === letterR) {
    units[end - 2] = letterE
    lastCut.firstChange = end - 2
  } else if (before === letterI && last === letterV) {
    units[end - 1] = letterF
    lastCut.firstChange = end - 1
  } else if (before === letterA && last === letterU) {
    units[end - 1] = letterL
    lastCut.firstChange = end - 1
  }
  return end - from
}

/** {@link isStemLetter}, with the ASCII answer first (keys and texts are mostly ASCII). */
function isStemUnit(unit: number): boolean {
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
    written += stemTail(units, written, runLength, runLength)
    index = end
  }
  return written
}
