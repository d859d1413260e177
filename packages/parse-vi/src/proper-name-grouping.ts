import type { Lexicon } from './lexicon.js'
import type { Syllable } from './syllables.js'

/**
 * Groups runs of capitalised single syllables into names (`Tập Cận Bình`,
 * `Donald Trump`): Vietnamese capitalises every syllable of a personal or
 * foreign name, and no lexicon can list them all. Words the lexicon already
 * matched stay as they are, which is what separates `Trung Quốc` from the
 * `Tập Cận Bình` after it; but after a common family name the capitalised
 * words that follow are the rest of the personal name, up to four syllables
 * (`Nguyễn Thành Công`, `Lê Thanh Hải`, though `Thành Công` and `Thanh Hải`
 * are also place names). Known starters at the front of a run (`Ông`,
 * `Theo`, a one-syllable country such as `Mỹ`) are left out of the name.
 * Takes and returns word lengths in syllables.
 */
export function groupProperNames(chain: readonly Syllable[], lengths: readonly number[], lexicon: Lexicon): number[] {
  const grouped: number[] = []
  let index = 0
  let position = 0
  while (index < lengths.length) {
    const runEnd = capitalisedSingleRunEnd(chain, lengths, index, position)
    // Lengths in the run are all 1, so run indices map one to one onto syllables.
    let runStart = index
    while (runEnd - runStart >= 2 && lexicon.nameStarters.has(chain[position + runStart - index]!.key)) runStart++
    let nameEnd = runEnd
    let nameLength = runEnd - runStart
    if (nameLength >= 1 && lexicon.familyNames.has(chain[position + runStart - index]!.key)) {
      let syllable = position + runEnd - index
      while (nameEnd < lengths.length && nameLength + lengths[nameEnd]! <= maximumNameLength && allCapitalised(chain, syllable, lengths[nameEnd]!)) {
        nameLength += lengths[nameEnd]!
        syllable += lengths[nameEnd]!
        nameEnd++
      }
    }
    if (nameLength < 2) {
      grouped.push(lengths[index]!)
      position += lengths[index]!
      index++
      continue
    }
    for (let starter = index; starter < runStart; starter++) grouped.push(1)
    grouped.push(nameLength)
    position += runStart - index + nameLength
    index = nameEnd
  }
  return grouped
}

/** Most syllables a Vietnamese personal name is grouped to after a family name. */
const maximumNameLength = 4

function allCapitalised(chain: readonly Syllable[], from: number, length: number): boolean {
  for (let syllable = from; syllable < from + length; syllable++) if (!chain[syllable]!.capitalised) return false
  return true
}

/** End (exclusive, in words) of the run of capitalised one-syllable words starting at word `index`. */
function capitalisedSingleRunEnd(chain: readonly Syllable[], lengths: readonly number[], index: number, position: number): number {
  let end = index
  let syllable = position
  while (end < lengths.length && lengths[end] === 1 && chain[syllable]!.capitalised) {
    end++
    syllable++
  }
  return end
}
