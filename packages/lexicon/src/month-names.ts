/**
 * Month names in the Latin-script languages the toolkit meets, without
 * diacritics and lower-cased (the caller folds the text the same way).
 * A shared, language-neutral table rather than per-pair rules: a date
 * written `5 juin`, `June 5`, `5. Juni` or `5 de junio` becomes the same
 * anchor as `5/6` or `6月5日`.
 */
const monthsByLanguage: readonly (readonly string[])[] = [
  // French
  ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
  // English
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  // German
  ['januar', 'februar', 'marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  // Spanish
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  // Italian
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  // Portuguese
  ['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  // Dutch
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
]

/** Month number (1–12) of a folded month name, e.g. `juin` → 6. */
export const monthNumber: ReadonlyMap<string, number> = new Map(
  monthsByLanguage.flatMap((names) => names.map((name, index) => [name, index + 1] as const))
)
