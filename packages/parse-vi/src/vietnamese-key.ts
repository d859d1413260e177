// Matching keys for Vietnamese syllables. The same syllable reaches us in
// several spellings: precomposed (NFC) or decomposed (NFD), with the tone
// mark on either vowel (old `hoà`, new `hòa`; `thuỷ`/`thủy`), and with i or y
// after a consonant (`kĩ`/`kỹ`, `lí`/`lý`). The key keeps what tells words
// apart (letters, vowel shapes, the tone) and drops where the tone sits.

/** The five tone marks, as combining characters, and their digits. */
const toneDigits = new Map<string, string>([
  ['\u0300', '2'], // huyền (grave)
  ['\u0301', '1'], // sắc (acute)
  ['\u0309', '3'], // hỏi (hook above)
  ['\u0303', '4'], // ngã (tilde)
  ['\u0323', '5'] // nặng (dot below)
])

/**
 * The key of one syllable: lower case, NFC letters without the tone mark,
 * then the tone as a digit (none for the level tone). `hòa`, `hoà` and their
 * NFD forms all give `hoa2`; `Mỹ` and `mĩ` give `mi4`.
 */
export function vietnameseSyllableKey(syllable: string): string {
  let tone = ''
  let letters = ''
  for (const character of syllable.normalize('NFD').toLowerCase()) {
    const digit = toneDigits.get(character)
    if (digit === undefined) letters += character
    else tone = digit
  }
  letters = letters.normalize('NFC')
  // A final y standing alone after consonants is spelt i as well (kỹ/kĩ, lý/lí).
  letters = letters.replace(/^([bcdđghklmnpqrstvx]+)y$/u, '$1i')
  return letters + tone
}

/** The key of a phrase: syllable keys joined by single spaces. */
export function vietnameseMatchKey(text: string): string {
  return (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(vietnameseSyllableKey).join(' ')
}
