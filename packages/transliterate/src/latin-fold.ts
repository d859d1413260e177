/**
 * Folds Latin-script text for comparison across spellings: lower case, no
 * diacritics (pinyin tone marks, Vietnamese tones and vowel marks), đ as d,
 * ü and v as u (pinyin `lü`, `lv`), and no spaces, hyphens, apostrophes or
 * other non-letters. `Xí Jìn-píng` and `xijinping` fold alike.
 */
export function foldLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .replace(/[üv]/g, 'u')
    .replace(/[^\p{L}\p{N}]+/gu, '')
}

/** Syllables of a Latin-script name: split at spaces, hyphens and apostrophes, each folded. */
export function foldedSyllables(text: string): string[] {
  return text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map(foldLatin)
    .filter((syllable) => syllable.length > 0)
}

const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/u

/**
 * A Vietnamese syllable keyed with its tone but not where the tone sits
 * (`hòa` and `hoà`, NFC or NFD, give `hoa\u0300`): lower case, letters
 * recomposed without the tone mark, then the mark itself.
 */
export function vietnameseToneKey(syllable: string): string {
  let tone = ''
  let letters = ''
  for (const character of syllable.normalize('NFD').toLowerCase()) {
    if (toneMarks.test(character)) tone = character
    else if (/[\p{L}\p{M}\p{N}]/u.test(character)) letters += character
  }
  return letters.normalize('NFC') + tone
}

/** Whether `text` carries any diacritic (then it can be compared with its tones). */
export function hasDiacritics(text: string): boolean {
  return /\p{M}|đ/iu.test(text.normalize('NFD'))
}
