import { francAll } from 'franc'
import type { LanguageCode } from '@renderings/types'

/** The languages franc may choose from by default (Chinese is found by script). */
export const defaultLanguages: readonly LanguageCode[] = ['fr', 'vi', 'en', 'de']

const toFranc: Record<string, string> = {
  fr: 'fra', vi: 'vie', en: 'eng', de: 'deu', es: 'spa', it: 'ita', pt: 'por', nl: 'nld', ru: 'rus', ja: 'jpn', ko: 'kor'
}
const fromFranc = new Map(Object.entries(toFranc).map(([short, long]) => [long, short]))

/** A Han ideograph (CJK unified ideographs and their extensions, compatibility ideographs). */
const francSample = 250
const minimumOrdinaryWords = 2
/** A word starting with a lower-case letter, after a space, a quote or the start. */
const lowerCaseWord = /(?:^|[\s«“"'’(])\p{Ll}/gu

const hanCharacter = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/gu
const latinLetter = /\p{Script=Latin}/gu

/**
 * The language of a paragraph, or undefined when the text says too little
 * (a one-word label, a line of names): the caller then takes its neighbour's.
 * Chinese is decided by script: Han ideographs outnumber Latin letters.
 * Everything else is franc restricted to `languages`, with a small minimum
 * length because titles and headings are short.
 */
export function detectLanguage(text: string, languages: readonly LanguageCode[] = defaultLanguages): LanguageCode | undefined {
  const han = countMatches(text, hanCharacter)
  if (han > 0 && han >= countMatches(text, latinLetter)) return 'zh'
  // Names and labels (`Xi Jinping`, `Photo: A. Harnik/Getty Images`) carry no
  // language of their own: franc needs some ordinary, lower-case words.
  if (countMatches(text, lowerCaseWord) < minimumOrdinaryWords) return undefined
  const only = languages.map((code) => toFranc[code]).filter((code): code is string => code !== undefined)
  if (only.length === 0) return undefined
  if (only.length === 1) return languages.find((code) => toFranc[code] === only[0])
  // The first 250 characters tell the language as well as the whole
  // paragraph does, and franc's trigram work grows with what it is given.
  const [best] = francAll(text.slice(0, francSample), { only, minLength: 3 })
  if (best === undefined || best[0] === 'und' || best[1] === 0) return undefined
  return fromFranc.get(best[0])
}

function countMatches(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0
  let count = 0
  while (pattern.exec(text) !== null) count++
  return count
}
