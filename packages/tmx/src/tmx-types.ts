/** A property of a unit or variant: `<prop type="x-doc">seed-003</prop>`. */
export interface TmxProp {
  type: string
  value: string
}

/** One language version of a unit: `<tuv xml:lang="fr"><seg>…</seg></tuv>`. */
export interface TmxVariant {
  lang: string
  text: string
  props?: TmxProp[]
}

/** A translation unit: its variants (at least one) and properties. */
export interface TmxUnit {
  id?: string
  props?: TmxProp[]
  variants: TmxVariant[]
}

/** The header attributes TMX 1.4b requires (and the optional creation date). */
export interface TmxHeader {
  srcLang: string
  creationTool: string
  creationToolVersion: string
  adminLang: string
  dataType: string
  segType: 'block' | 'paragraph' | 'sentence' | 'phrase'
  oTmf: string
  creationDate?: string
}

/** A whole TMX document. */
export interface TmxDocument {
  header: TmxHeader
  units: TmxUnit[]
}
