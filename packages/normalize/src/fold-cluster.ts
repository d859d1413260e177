import { isApostrophe, isCombiningMark, isHyphen, isInvisible, isSpaceSeparator } from './character-classes.js'

/** Which folds to apply, beyond NFC and the typographic unifications that are always on. */
export interface FoldOptions {
  /** Lower-case (full Unicode lower-casing, locale-independent). */
  foldCase?: boolean
  /** Remove diacritics (é→e, ậ→a, đ→d, œ→oe…). */
  foldDiacritics?: boolean
}

const nonSpacingMarks = /\p{Mn}/gu

// Letters whose "base" is not reachable by NFD (they carry no combining mark).
const strokedLetters: Record<string, string> = {
  đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', ħ: 'h', Ħ: 'H',
  œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', ı: 'i'
}
const strokedPattern = /[đĐðÐłŁøØħĦœŒæÆßı]/gu

/**
 * The matching form of one cluster (a base character and the combining marks
 * after it): NFC, then the typographic unifications (’ ʼ → ', no-break and
 * other spaces → space, U+2011 and other hyphens → -, invisible characters
 * dropped), then the requested folds. Returns '' for a dropped cluster.
 */
export function foldCluster(cluster: string, options: FoldOptions): string {
  const first = cluster.codePointAt(0)!
  if (cluster.length <= 2 && cluster.length === (first > 0xffff ? 2 : 1)) {
    if (isApostrophe(first)) return "'"
    if (isHyphen(first)) return '-'
    // A tab is a space like any other.
    if (isSpaceSeparator(first) || first === 0x09) return ' '
    if (isInvisible(first)) return ''
  }
  let folded = cluster.normalize('NFC')
  // Lower-case first: 'İ' lower-cases to i + combining dot, which the
  // diacritic fold then removes.
  if (options.foldCase) folded = folded.toLowerCase()
  if (options.foldDiacritics) {
    folded = folded.normalize('NFD').replace(nonSpacingMarks, '').replace(strokedPattern, (letter) => strokedLetters[letter] ?? letter)
    folded = folded.normalize('NFC')
  }
  return folded
}

/**
 * End of the cluster that starts at `index` with code point `first`: the
 * code point plus the combining marks after it (a Vietnamese vowel typed in
 * NFD is one cluster, folded as a whole).
 */
export function clusterEnd(text: string, index: number, first: number): number {
  let end = index + (first > 0xffff ? 2 : 1)
  while (end < text.length) {
    const mark = text.codePointAt(end)!
    if (!isCombiningMark(mark)) break
    end += mark > 0xffff ? 2 : 1
  }
  return end
}

/** `foldCluster`, remembered in `cache`: the same few hundred clusters make up almost all text. */
export function foldClusterCached(cache: Map<string, string>, cluster: string, options: FoldOptions): string {
  let folded = cache.get(cluster)
  if (folded === undefined) {
    folded = foldCluster(cluster, options)
    cache.set(cluster, folded)
  }
  return folded
}
