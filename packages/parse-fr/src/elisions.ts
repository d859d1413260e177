/**
 * Elided French words that are written joined to the next word with an
 * apostrophe (’ or '): `l’ordre`, `d’après-guerre`, `qu’un`, `jusqu’à`.
 * `aujourd’hui`, `quelqu’un` and `prud’homme` are single words and are not
 * listed.
 */
export const frenchElidedWords: readonly string[] = [
  'l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'ç', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'entr'
]

const elided = new Set(frenchElidedWords)

/** Whether `word` (without its apostrophe) is an elided form such as `l` or `qu`. */
export function isElidedWord(word: string): boolean {
  return elided.has(word.toLowerCase())
}

/** Whether `character` is an apostrophe: typographic ’ (U+2019) or straight '. */
export function isApostrophe(character: string): boolean {
  return character === '\u2019' || character === "'"
}
