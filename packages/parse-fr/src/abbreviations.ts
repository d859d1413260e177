/**
 * French abbreviations written with a full stop that never end a sentence.
 *
 * Sources: the Office québécois de la langue française, Banque de dépannage
 * linguistique, « Liste des abréviations courantes » and « Abréviation des
 * titres et des appellations »; the Lexique des règles typographiques en
 * usage à l’Imprimerie nationale (« Abréviations »). English titles common
 * in French news (Mr, Mrs, Dr) are added because translated wires keep them.
 *
 * Deliberately left out, because the word also ends sentences in running
 * text: `sept` (the number seven), `art` (l’art.), `nos` (our), `min`,
 * `max`, `Jr`, `Inc`, and the abbreviations that often close a sentence
 * (`etc.`, `J.-C.`, `ibid.`, `al.`): those end one when the next sentence
 * starts with a capital, as any full stop does.
 */

/** Titles and forms of address: always followed by a name. */
export const frenchTitleAbbreviations: readonly string[] = [
  'M', 'MM', 'Mme', 'Mmes', 'Mlle', 'Mlles', 'Me', 'Mes', 'Mgr', 'Mgrs', 'Dr', 'Drs', 'Pr', 'Prs',
  'St', 'Ste', 'Sts', 'Stes', 'Vve', 'Gén', 'Gal', 'Col', 'Cdt', 'Cne', 'Lt', 'Sgt', 'Adj', 'Prof',
  'Mr', 'Mrs', 'Ms'
]

/** Abbreviations used inside a phrase (`p. ex.`, `cf.`, `c.-à-d.`, `av.`). */
export const frenchInnerAbbreviations: readonly string[] = [
  'p', 'pp', 'ex', 'cf', 'c.-à-d', 'env', 'av', 'apr', 'bd', 'boul', 'vol', 'chap', 'fig', 'éd', 'coll',
  'réf', 'no', 'nº', 'tél', 'vs', 'resp', 'janv', 'févr', 'avr', 'juill', 'oct', 'nov', 'déc', 'dép',
  'hab', 'suiv', 'i.e', 'e.g', 'n.b', 'cit', 'op', 'id'
]

/**
 * Abbreviations that announce a number (`art. 5`, `p. 12`, `vol. 2`): they
 * end no sentence when a number follows, and may otherwise (`l’art.`).
 */
export const frenchNumberAbbreviations: readonly string[] = ['art', 'al', 'chap', 'fig', 'n', 'no', 'nos', 'p', 'pp', 'sect', 't', 'tab', 'vol', 'éd']

const beforeNumber = new Set(frenchNumberAbbreviations)

/** Whether `word` (before its full stop) continues its sentence when `next` starts with a digit. */
export function continuesBeforeNumber(word: string, next: string): boolean {
  return beforeNumber.has(word.toLowerCase()) && /^\d/u.test(next)
}

const neverFinal = new Set([...frenchTitleAbbreviations, ...frenchInnerAbbreviations].map((entry) => entry.toLowerCase()))

/**
 * Abbreviations that may close a sentence (see above), and the words left
 * out of the lists because they also end sentences: before lower case,
 * their full stop is the abbreviation's (`etc. et`, `& Co. à Lyon`).
 */
const frenchFinalAbbreviations: readonly string[] = ['etc', 'J.-C', 'ibid', 'al', 'Inc', 'Co', 'Cie', 'Ltd', 'Corp', 'Jr', 'Sr', 'sept', 'art', 'nos', 'min', 'max']

const mayEndSentence = new Set(frenchFinalAbbreviations.map((entry) => entry.toLowerCase()))

/**
 * Whether `word` (as written before its full stop) is an abbreviation of any
 * kind, an initial, or an initialism written with full stops (`Ph.D`, `A.G`).
 */
export function isFrenchAbbreviation(word: string): boolean {
  return isNeverFinalAbbreviation(word) || mayEndSentence.has(word.toLowerCase()) || /\p{L}\.\p{L}/u.test(word)
}

/**
 * Whether `word` (as written before its full stop) is an abbreviation after
 * which a sentence never ends. A single letter is an initial (`J. Dupont`,
 * `George W. Bush`) and counts as one.
 */
export function isNeverFinalAbbreviation(word: string): boolean {
  if (/^\p{L}$/u.test(word)) return true
  // Hyphenated initials of a first name (`J.-P. Sartre`, `J.-M. Le Pen`);
  // `J.-C.` (Jésus-Christ) ends sentences and is left out.
  if (/^\p{Lu}\.-\p{Lu}$/u.test(word)) return word !== 'J.-C'
  return neverFinal.has(word.toLowerCase())
}
