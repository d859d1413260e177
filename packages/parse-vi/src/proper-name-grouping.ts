import type { Lexicon } from './lexicon.js'
import type { Syllable } from './syllables.js'

/**
 * Groups runs of capitalised single syllables into names (`Tập Cận Bình`,
 * `Donald Trump`): Vietnamese capitalises every syllable of a personal or
 * foreign name, and no lexicon can list them all. Words the lexicon already
 * matched stay as they are, which is what separates `Trung Quốc` from the
 * `Tập Cận Bình` after it. Known starters at the front of a run (`Ông`,
 * `Theo`, a one-syllable country such as `Mỹ`) are left out of the name.
 * Takes and returns word lengths in syllables.
 */
export function groupProperNames(chain: readonly Syllable[], lengths: readonly number[], lexicon: Lexicon): number[] {
  const grouped: number[] = []
  let index = 0
  let position = 0
  while (index < lengths.length) {
    const runEnd = capitalisedSingleRunEnd(chain, lengths, index, position)
    if (runEnd - index < 2) {
      grouped.push(lengths[index]!)
      position += lengths[index]!
      index++
      continue
    }
    // Lengths in the run are all 1, so run indices map one to one onto syllables.
    let runStart = index
    while (runEnd - runStart >= 2 && lexicon.nameStarters.has(chain[position + runStart - index]!.key)) runStart++
    for (let starter = index; starter < runStart; starter++) grouped.push(1)
    const nameLength = runEnd - runStart
    if (nameLength >= 2) grouped.push(nameLength)
    else if (nameLength === 1) grouped.push(1)
    position += runEnd - index
    index = runEnd
  }
  return grouped
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
