/**
 * Function words that carry no lexical evidence. They never serve as anchors,
 * never start or end a proposed span, and are skipped when spans are compared.
 * Lists are short on purpose: a word missing here only costs a little score.
 */
export const frenchStopwords: ReadonlySet<string> = foldedSet(
  (
    'le la les l un une des du de d au aux a à et ou ni mais or donc car que qu qui quoi dont où ' +
    'ce cet cette ces c se s son sa ses leur leurs lui eux elle elles il ils on nous vous je j me m te t y en ' +
    'ne n pas plus moins très aussi ainsi même tout tous toute toutes si sur sous dans par pour avec sans entre vers chez ' +
    'est sont était étaient été être a ont avait avaient avoir fait font sera seront ' +
    'cela ceci celui celle ceux celles notre nos votre vos mon ma mes ton ta tes lors comme selon'
  ).split(' ')
)

/** English function words, for English text (the same role as the French list). */
export const englishStopwords: ReadonlySet<string> = new Set(
  (
    'the a an of to in on at by for with from into onto about as and or nor but so if than that which who whom whose what ' +
    'this these those it its he him his she her they them their we us our you your i me my ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'not no also very too such there here then when where while all any each both some more most much other ' +
    'over under between among through during before after up out off per via'
  ).split(' ')
)

/**
 * Copulas and light verbs that may open a rendering of a Chinese predicate
 * ("est un élément", "fait partie"): trimmed from the edges of a variant.
 */
export const frenchLightVerbs: ReadonlySet<string> = foldedSet('est sont était fait font constitue constituent représente reste'.split(' '))

/** Vietnamese grammatical syllables (classifiers, particles, prepositions). */
export const vietnameseStopwords: ReadonlySet<string> = new Set(
  (
    'và của là có các những một cho với trong khi đã sẽ đang được bị này đó kia thì mà nếu để về từ tại theo ' +
    'như rằng cũng vẫn còn rất hơn nhất không chưa sau trước ra vào lên xuống hai ba hay hoặc do bởi vì nên ' +
    'cuộc sự việc ông bà anh chị họ ta tôi chúng nó người'
  ).split(' ')
)

// Matching compares folded words (no diacritics), so the lists are folded too.
function foldedSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map((word) => word.normalize('NFD').replace(/\p{M}+/gu, '')))
}
