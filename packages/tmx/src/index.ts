export { writeTmx, writeTmxDocument, tmxDate, type TmxHeaderInput } from './write-tmx.js'
export { readTmx, type ReadTmxOptions } from './read-tmx.js'
export type { TmxDocument, TmxHeader, TmxProp, TmxUnit, TmxVariant } from './tmx-types.js'
