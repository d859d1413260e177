/**
 * French–English cognates by orthographic similarity (Melamed's longest
 * common subsequence ratio, on folded words whose regular suffixes are
 * first brought to one form: -té/-ty, -isme/-ism, -ique/-ic(al),
 * -iser/-ize, -eux/-ous, -aire/-ary, -oire/-ory, -ie/-y, -el/-al, -eur/-or,
 * French plurals). `souveraineté` meets `sovereignty`, `fondamentaux`
 * `fundamental`, `multipolarisation` `multipolarization`, none of them
 * sharing the five-letter stem opening a prefix key needs.
 *
 * Comparing a French word with a whole English vocabulary would cost too
 * much, so the vocabulary is bucketed by a consonant skeleton (the first
 * three consonant classes after the first letter class: `svr` for both
 * `souverain…` and `sovereign…`), and a French word is compared with its
 * bucket only.
 */

/** A suffix of one language and the form both languages' suffixes are brought to. */
type SuffixRule = readonly [suffix: string, common: string]

// Longest suffixes first within each language; the first that matches applies.
const frenchSuffixes: readonly SuffixRule[] = [
  ['iquement', 'ically'],
  ['isation', 'ization'],
  ['iser', 'ize'],
  ['isme', 'ism'],
  ['iste', 'ist'],
  ['ique', 'ic'],
  ['ite', 'ity'],
  ['te', 'ty'],
  ['euse', 'ous'],
  ['eux', 'ous'],
  ['ive', 'ive'],
  ['if', 'ive'],
  ['aire', 'ary'],
  ['oire', 'ory'],
  ['elle', 'al'],
  ['el', 'al'],
  ['eur', 'or'],
  ['ienne', 'ian'],
  ['ien', 'ian'],
  ['oise', 'ese'],
  ['ois', 'ese'],
  ['ie', 'y'],
  ['er', 'e']
]
const englishSuffixes: readonly SuffixRule[] = [
  ['ically', 'ically'],
  ['isation', 'ization'],
  ['ise', 'ize'],
  ['ical', 'ic']
]

/**
 * A folded word (lower case, no diacritics) in the common form cognates are
 * compared in: plural dropped, regular suffix rewritten.
 */
export function cognateForm(folded: string, lang: string): string {
  const word = folded.replace(/[^a-z]/g, '')
  if (word.length < 4) return word
  const rules = lang === 'fr' ? frenchSuffixes : englishSuffixes
  // A singular that ends in s or x (chinois, dangereux) takes its rule as it is; a plural loses its ending first.
  const singular = withSuffixRule(word, rules)
  if (singular !== undefined) return singular
  let stripped = word
  if (lang === 'fr') {
    if (word.endsWith('aux') && word.length > 5) stripped = `${word.slice(0, -3)}al`
    else if (/[^s][sx]$/.test(word)) stripped = word.slice(0, -1)
  } else if (/[^su]s$/.test(word) && !word.endsWith('ics')) stripped = word.slice(0, -1)
  return withSuffixRule(stripped, rules) ?? stripped
}

function withSuffixRule(word: string, rules: readonly SuffixRule[]): string | undefined {
  for (const [suffix, common] of rules) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) return word.slice(0, -suffix.length) + common
  }
  return undefined
}

/** The class of a letter in the skeleton: consonants that spell alike in French and English share one. */
function consonantClass(letter: string): string {
  switch (letter) {
    case 'c':
    case 'k':
    case 'q':
      return 'k'
    case 'a':
    case 'e':
    case 'i':
    case 'o':
    case 'u':
    case 'y':
    case 'h':
    case 'w':
      return ''
    default:
      return letter
  }
}

/** The bucket of a cognate form: its first letter's class and its next two consonant classes, doubles merged. */
export function cognateBucket(form: string): string {
  let key = ''
  let last = ''
  for (let index = 0; index < form.length && key.length < 3; index++) {
    let letter = form[index]!
    if (letter === 'p' && form[index + 1] === 'h') letter = 'f'
    const cls = consonantClass(letter)
    const vowel = cls === ''
    if (index === 0) {
      key = vowel ? '_' : cls
      last = key
      continue
    }
    if (vowel || cls === last) {
      if (vowel) last = ''
      continue
    }
    key += cls
    last = cls
  }
  return key
}

/** Longest common subsequence ratio: |LCS(a, b)| / max(|a|, |b|). */
export function lcsRatio(a: string, b: string): number {
  if (a.length === 0 || b.length === 0) return 0
  let previous = new Uint8Array(b.length + 1)
  let current = new Uint8Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    const character = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      current[j] = character === b.charCodeAt(j - 1) ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[b.length]! / Math.max(a.length, b.length)
}

/** An English word of the vocabulary a French word is compared with. */
export interface CognateCandidate {
  /** The word in cognate form. */
  form: string
  /** Its English stem: what a link through it is keyed on. */
  stem: string
}

/** Shortest cognate form compared (shorter words match by chance). */
export const minimumCognateLength = 5
/** Lowest similarity kept; between it and `sureSimilarity`, the last two letters must agree too (`souverainety`/`sovereignty`, not `relation`/`relative`). */
const minimumSimilarity = 0.7
const sureSimilarity = 0.8

/** How alike two cognate forms are (0 when they are not cognates). */
export function cognateSimilarity(a: string, b: string): number {
  const similarity = lcsRatio(a, b)
  if (similarity >= sureSimilarity) return similarity
  return similarity >= minimumSimilarity && a.slice(-2) === b.slice(-2) ? similarity : 0
}

/**
 * An English vocabulary bucketed for cognate lookup: `bucketOf(key)` gives
 * the words of a bucket (the build groups them, see `groupByBucket`).
 */
export class CognateIndex {
  private readonly bucketOf: (bucket: string) => readonly CognateCandidate[]

  constructor(bucketOf: (bucket: string) => readonly CognateCandidate[]) {
    this.bucketOf = bucketOf
  }

  /** The English stems whose words are cognates of the French folded word, with their similarity, best first. */
  cognatesOf(folded: string): Array<{ stem: string; similarity: number }> {
    const form = cognateForm(folded, 'fr')
    if (form.length < minimumCognateLength) return []
    const best = new Map<string, number>()
    for (const candidate of this.bucketOf(cognateBucket(form))) {
      if (Math.abs(candidate.form.length - form.length) > Math.max(2, form.length / 4)) continue
      const similarity = cognateSimilarity(form, candidate.form)
      if (similarity > (best.get(candidate.stem) ?? 0)) best.set(candidate.stem, similarity)
    }
    return [...best.entries()].map(([stem, similarity]) => ({ stem, similarity })).sort((x, y) => y.similarity - x.similarity || (x.stem < y.stem ? -1 : 1))
  }
}

/** English words (in cognate form, with their stems) grouped by bucket, for the compiled vocabulary. */
export function groupByBucket(words: Iterable<CognateCandidate>): Map<string, CognateCandidate[]> {
  const buckets = new Map<string, CognateCandidate[]>()
  for (const word of words) {
    if (word.form.length < minimumCognateLength) continue
    const bucket = cognateBucket(word.form)
    let list = buckets.get(bucket)
    if (list === undefined) buckets.set(bucket, (list = []))
    list.push(word)
  }
  return buckets
}
