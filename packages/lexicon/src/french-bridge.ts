import { readFileSync } from 'node:fs'
import { latinWords } from './latin-words.js'

/** A French rendering of an English word or phrase, and how sure it is. */
export interface BridgeRendering {
  text: string
  /** 1 for a whole-entry translation, less for a word of a longer entry. */
  factor: number
}

/**
 * English ↔ French through FreeDict (`data/freedict-en-fr.txt`): English
 * phrases by their content stems, and French stems back to the English
 * stems they translate. Read on first use only.
 */
export class FrenchBridge {
  private readonly byEnglishKey = new Map<string, string[]>()
  private readonly englishOfFrench = new Map<string, Map<string, number>>()

  constructor(file: URL | string) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (line === '' || line.startsWith('#')) continue
      const [english = '', french = ''] = line.split('\t')
      const englishStems = contentStems(english, 'en')
      if (englishStems.length === 0) continue
      const renderings = french.split('|')
      const key = englishStems.join(' ')
      const known = this.byEnglishKey.get(key)
      if (known === undefined) this.byEnglishKey.set(key, [...renderings])
      else for (const rendering of renderings) if (!known.includes(rendering)) known.push(rendering)
      for (const rendering of renderings) {
        const frenchStems = contentStems(rendering, 'fr')
        // A one-word entry on both sides is a translation; a word of a longer entry only takes part in one.
        const factor = frenchStems.length === 1 && englishStems.length === 1 ? 1 : 0.6
        for (const frenchStem of frenchStems) {
          let english = this.englishOfFrench.get(frenchStem)
          if (english === undefined) this.englishOfFrench.set(frenchStem, (english = new Map()))
          for (const englishStem of englishStems) english.set(englishStem, Math.max(english.get(englishStem) ?? 0, factor))
        }
      }
    }
  }

  /** French renderings of an English word or phrase: the whole phrase's entry, else one composed word by word (weighted lower). */
  frenchOf(english: string): BridgeRendering[] {
    const stems = contentStems(english, 'en')
    if (stems.length === 0) return []
    const whole = this.byEnglishKey.get(stems.join(' '))
    if (whole !== undefined) return whole.map((text) => ({ text, factor: 1 }))
    if (stems.length === 1) return []
    let partial: BridgeRendering[] = [{ text: '', factor: 0.6 }]
    // English puts the modifier first, French mostly after the head (rare earth → terre rare): two words swap.
    for (const stem of stems.length === 2 ? [stems[1]!, stems[0]!] : stems) {
      const words = this.byEnglishKey.get(stem)
      if (words === undefined) return []
      partial = partial.flatMap((prefix) => words.slice(0, 2).map((text, rank) => ({ text: prefix.text === '' ? text : `${prefix.text} ${text}`, factor: prefix.factor * (rank === 0 ? 1 : 0.8) })))
    }
    return partial
  }

  /** The English stems a French stem translates, each with how sure the pairing is. */
  englishStemsOf(frenchStem: string): ReadonlyMap<string, number> | undefined {
    return this.englishOfFrench.get(frenchStem)
  }
}

/** Stems of the content words of a phrase, in order. */
export function contentStems(phrase: string, lang: string): string[] {
  return latinWords(phrase, lang)
    .filter((word) => !word.stop && !word.number)
    .map((word) => word.stem)
}
