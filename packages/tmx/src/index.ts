export { writeTmx, writeTmxDocument, tmxDate, type TmxHeaderInput } from './write-tmx.js'
export { readTmx, readTmxStream, TmxReader, type ReadTmxOptions, type TmxItem } from './read-tmx.js'
export type { TmxDocument, TmxHeader, TmxProp, TmxUnit, TmxVariant } from './tmx-types.js'
