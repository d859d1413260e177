import type { HanReader } from './bridges.js'
import type { DictionaryPair } from './dictionary-anchors.js'
import type { LengthUnit } from './text-length.js'

/** Options of the aligner. Every field has a default. */
export interface AlignOptions {
  /**
   * Most source sentences in one bead (default 4). Two a side (1-1, 1-0,
   * 0-1, 2-1, 1-2, 2-2) is the classic choice; four measured better on every
   * development set (strict F1 +0.09 on Text+Berg, +0.07 on LIMSI, +0.11 on
   * MAC against two; +0.03 on each against three), because translators do
   * join or split three and four sentences (a Chinese sentence often
   * becomes four English ones).
   */
  maxSource?: number
  /** Most target sentences in one bead (default 4, see maxSource). */
  maxTarget?: number
  /** Count lengths in characters or UTF-8 bytes (default `bytes`, which measured better). */
  lengthUnit?: LengthUnit
  /** Use lexical anchors at all (default true; false leaves the length model alone). */
  anchors?: boolean
  /** Bilingual dictionary pairs (e.g. the glossary's renderings). */
  dictionary?: readonly DictionaryPair[]
  /** Use Sino-Vietnamese bridges for Chinese, and pinyin ones when the lexicon is off (default true). */
  bridges?: boolean
  /** Where the bridges read Chinese characters. */
  hanReader?: HanReader
  /** Run the second pass with a lexicon induced from the first (default true). */
  secondPass?: boolean
  /** Largest matrix searched whole before down-sampling (default 40,000 cells). */
  fullMatrixCells?: number
  /** Band half-width around a coarse path, in sentences (default 3). */
  bandWidth?: number
  /** Language of the source sentences (ISO 639-1: `zh`, `en`, `fr`…); without it, Chinese is told by its script. */
  sourceLang?: string
  /** Language of the target sentences. */
  targetLang?: string
  /** Dictionary links between Chinese and the other side through @renderings/lexicon (default true). */
  lexicon?: boolean
  /** Called between stages, with the fraction of the work done. */
  onProgress?: (stage: string, fraction: number) => void
}

export interface ResolvedAlignOptions extends Required<Omit<AlignOptions, 'dictionary' | 'onProgress' | 'hanReader' | 'sourceLang' | 'targetLang'>> {
  sourceLang: string | undefined
  targetLang: string | undefined
  dictionary: readonly DictionaryPair[]
  hanReader: HanReader | undefined
  onProgress: (stage: string, fraction: number) => void
}

export function resolveOptions(options: AlignOptions): ResolvedAlignOptions {
  const resolved: ResolvedAlignOptions = {
    maxSource: options.maxSource ?? 4,
    maxTarget: options.maxTarget ?? 4,
    lengthUnit: options.lengthUnit ?? 'bytes',
    anchors: options.anchors ?? true,
    sourceLang: options.sourceLang,
    targetLang: options.targetLang,
    lexicon: options.lexicon ?? true,
    dictionary: options.dictionary ?? [],
    bridges: options.bridges ?? true,
    hanReader: options.hanReader,
    secondPass: options.secondPass ?? true,
    fullMatrixCells: options.fullMatrixCells ?? 40_000,
    bandWidth: options.bandWidth ?? 3,
    onProgress: options.onProgress ?? (() => {})
  }
  for (const name of ['maxSource', 'maxTarget'] as const) {
    const value = resolved[name]
    if (!Number.isInteger(value) || value < 1 || value > 8) throw new RangeError(`align: ${name} must be an integer from 1 to 8, got ${value}`)
  }
  if (!(resolved.bandWidth >= 1)) throw new RangeError(`align: bandWidth must be at least 1, got ${resolved.bandWidth}`)
  return resolved
}
