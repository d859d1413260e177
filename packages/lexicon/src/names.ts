/**
 * Names the dictionary lacks, through their pinyin. Two bridges:
 *
 * - **pinyin spelling**: a Chinese name written in pinyin (王琦瑶 → Wang
 *   Qiyao) has the same letters, syllables run together: `py:` and the
 *   folded toneless pinyin, on the Chinese side for each word and each two
 *   single characters in a row, on the Latin side for each capitalised word;
 * - **transliteration**: a foreign name written in Chinese characters
 *   (泽连斯基 ze lian si ji ↔ Zelensky, 布林肯 ↔ Blinken, 朔尔茨 ↔ Scholz)
 *   keeps the consonants of the name and adds vowels, so both sides are
 *   reduced to a skeleton of consonant classes (`ph:SLNSK`): letters that
 *   transliteration confuses share a class (l and r, f, v and w, the
 *   sibilants; pinyin j and q stand for k or s), vowels, h and y go, and a
 *   syllable's final n or ng counts as an n.
 */

/** Shortest skeleton compared: shorter ones match by chance. */
const minimumSkeleton = 3
/** Most skeletons one name gives (its j and q read either way). */
const maxSkeletons = 4

/** The key of a pinyin spelling: `py:` and the letters, folded, run together. */
export function pinyinSpellingKey(syllables: readonly string[]): string {
  return `py:${syllables.join('')}`
}

/** Toneless, lower-case pinyin syllables of CC-CEDICT's notation (`Ze2 lian2 si1 ji1` → ze, lian, si, ji; `u:` → u). */
export function pinyinSyllables(cedictPinyin: string): string[] {
  return cedictPinyin
    .toLowerCase()
    .replace(/u:/g, 'u')
    .split(/\s+/)
    .map((syllable) => syllable.replace(/[1-5]$/, ''))
    .filter((syllable) => /^[a-z]+$/.test(syllable))
}

const initials: ReadonlyArray<[string, string[]]> = [
  ['zh', ['S']],
  ['ch', ['S']],
  ['sh', ['S']],
  ['b', ['P']],
  ['p', ['P']],
  ['d', ['T']],
  ['t', ['T']],
  ['g', ['K']],
  ['k', ['K']],
  ['j', ['K', 'S']],
  ['q', ['K', 'S']],
  ['x', ['S']],
  ['z', ['S']],
  ['c', ['S']],
  ['s', ['S']],
  ['f', ['F']],
  ['w', ['F']],
  ['l', ['L']],
  ['r', ['L']],
  ['m', ['M']],
  ['n', ['N']],
  ['h', ['']],
  ['y', ['']]
]

/** The consonant-class skeletons of a name's pinyin syllables (several where j or q may be read k or s). */
export function pinyinSkeletons(syllables: readonly string[]): string[] {
  let skeletons = ['']
  for (const syllable of syllables) {
    let options = ['']
    let rest = syllable
    if (syllable === 'er') {
      options = ['L']
      rest = ''
    } else if (syllable === 'wu') rest = ''
    else {
      for (const [initial, classes] of initials) {
        if (syllable.startsWith(initial)) {
          options = classes
          rest = syllable.slice(initial.length)
          break
        }
      }
    }
    const final = /ng?$/.test(rest) ? 'N' : ''
    skeletons = skeletons.flatMap((skeleton) => options.map((option) => collapse(skeleton + option + final))).slice(0, maxSkeletons)
  }
  return [...new Set(skeletons)].filter((skeleton) => skeleton.length >= minimumSkeleton)
}

// Latin spellings, longest first: what each letter group sounds like, as a class.
const latinGroups: ReadonlyArray<[string, string]> = [
  ['sch', 'S'],
  ['tch', 'S'],
  ['ch', 'S'],
  ['sh', 'S'],
  ['ph', 'F'],
  ['th', 'T'],
  ['ck', 'K'],
  ['ts', 'S'],
  ['tz', 'S'],
  ['kh', 'K'],
  ['gh', 'K'],
  ['qu', 'K'],
  ['x', 'KS']
]
const latinLetters: Readonly<Record<string, string>> = { b: 'P', p: 'P', d: 'T', t: 'T', g: 'K', k: 'K', q: 'K', s: 'S', z: 'S', j: 'S', f: 'F', v: 'F', w: 'F', l: 'L', r: 'L', m: 'M', n: 'N' }

/**
 * The consonant-class skeletons of a Latin-script name (folded, lower
 * case): `zelensky` → SLNSK; a final r after a vowel may be dropped as
 * Chinese drops it (Kissinger, 基辛格).
 */
export function latinSkeletons(folded: string): string[] {
  let skeleton = ''
  for (let index = 0; index < folded.length; ) {
    const group = latinGroups.find(([letters]) => folded.startsWith(letters, index))
    if (group !== undefined) {
      skeleton += group[1]
      index += group[0].length
      continue
    }
    const letter = folded[index]!
    const next = folded[index + 1] ?? ''
    if (letter === 'c') skeleton += /[eiy]/.test(next) ? 'S' : 'K'
    // An m before a consonant or at the end is a syllable's nasal, which pinyin writes n (Trump, 特朗普).
    else if (letter === 'm') skeleton += /[aeiouy]/.test(next) ? 'M' : 'N'
    else skeleton += latinLetters[letter] ?? ''
    index++
  }
  const skeletons = [collapse(skeleton)]
  if (/[aeiouy]r$/.test(folded)) skeletons.push(collapse(skeleton.slice(0, -1)))
  return [...new Set(skeletons)].filter((candidate) => candidate.length >= minimumSkeleton)
}

/** A skeleton with doubled classes merged (Kissinger, ss → S). */
function collapse(skeleton: string): string {
  return skeleton.replace(/(.)\1+/g, '$1')
}

/** The key of a skeleton. */
export function skeletonKey(skeleton: string): string {
  return `ph:${skeleton}`
}
