/**
 * Inflected variants of a French term, generated as extra keys for the
 * automaton instead of stemming the text: the text is scanned once as it is,
 * and only the glossary grows (by at most five keys per term).
 *
 * The words of the term's head (before its first preposition or elided
 * article: `ordre international` in `ordre international d'après-guerre`)
 * agree together, so they are inflected together:
 * - plural: -al → -aux, -eau/-au/-eu → +x, words in -s/-x/-z unchanged, else +s;
 * - feminine (terms of two words or more only: `droit` → `droite` would be
 *   another word): -e unchanged, -er → -ère, -eux → -euse, -if → -ive,
 *   -el/-eil → +le, -en/-on → +ne, else +e; and the feminine plural;
 * - singular, when every head word ends in -s or -x (a glossary that lists
 *   `droits de douane` also finds `droit de douane`): -aux → -al, else drop
 *   the final -s/-x.
 * Hyphenated compounds (`cessez-le-feu`, `après-guerre`) and words with
 * digits are left as they are: their plurals are irregular.
 * Keys are in the matching form (lower case, one apostrophe `'`).
 */
export function frenchVariants(key: string): string[] {
  const words = key.split(' ')
  let headLength = 0
  while (headLength < words.length && !isHeadBreak(words[headLength]!)) headLength++
  if (headLength === 0) return [key]
  // Which head words inflect, decided once (glossaries have tens of thousands of French terms).
  const inflects = words.map((word, index) => index < headLength && inflectable(word))
  const build = (inflect: (word: string) => string): string => {
    let built = ''
    for (let index = 0; index < words.length; index++) {
      if (index > 0) built += ' '
      built += inflects[index] ? inflect(words[index]!) : words[index]!
    }
    return built
  }
  const variants = new Set<string>([key, build(plural)])
  if (words.length >= 2) {
    variants.add(build(feminine))
    variants.add(build((word) => plural(feminine(word))))
  }
  let allPlural = true
  for (let index = 0; index < headLength; index++) if (!endsWithAny(words[index]!, 's', 'x')) allPlural = false
  if (allPlural) variants.add(build(singular))
  return [...variants]
}

const prepositions = new Set(['de', 'du', 'des', 'à', 'au', 'aux', 'en', 'pour', 'sur', 'sous', 'contre', 'entre', 'avec', 'sans', 'par', 'dans', 'vers', 'chez', 'selon', 'le', 'la', 'les', 'un', 'une'])
const elidedPrefixes = new Set(['d', 'l', 'qu', 'j', 'n', 's', 'c', 'm', 't', 'jusqu', 'lorsqu', 'puisqu'])

function isHeadBreak(word: string): boolean {
  if (prepositions.has(word)) return true
  const apostrophe = word.indexOf("'")
  return apostrophe > 0 && elidedPrefixes.has(word.slice(0, apostrophe))
}

const letters = /^\p{L}+$/u

function inflectable(word: string): boolean {
  return word.length >= 2 && letters.test(word)
}

function endsWithAny(word: string, ...endings: string[]): boolean {
  for (const ending of endings) if (word.endsWith(ending)) return true
  return false
}

function plural(word: string): string {
  if (endsWithAny(word, 's', 'x', 'z')) return word
  if (word.endsWith('al')) return `${word.slice(0, -2)}aux`
  if (endsWithAny(word, 'eau', 'au', 'eu')) return `${word}x`
  return `${word}s`
}

function singular(word: string): string {
  if (word.endsWith('aux')) return `${word.slice(0, -3)}al`
  if (endsWithAny(word, 's', 'x') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

function feminine(word: string): string {
  if (word.endsWith('e')) return word
  if (word.endsWith('er')) return `${word.slice(0, -2)}ère`
  if (word.endsWith('eux')) return `${word.slice(0, -3)}euse`
  if (word.endsWith('if')) return `${word.slice(0, -2)}ive`
  if (endsWithAny(word, 'el', 'eil', 'en', 'on')) return `${word}${word.at(-1)}e`
  return `${word}e`
}
