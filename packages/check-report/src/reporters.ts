import type { VFile } from 'vfile'
import { reportGithub } from './github.js'
import { reportJson } from './json.js'
import { reportSarif } from './sarif.js'
import { reportStylish } from './stylish.js'

export const reporterNames = ['stylish', 'json', 'sarif', 'github'] as const
export type ReporterName = (typeof reporterNames)[number]

export interface ReporterOptions {
  color?: boolean
  verbose?: boolean
  quiet?: boolean
  toolVersion?: string
}

/** The reporters by name, as `renderings check --reporter NAME` picks them. */
export const reporters: Record<ReporterName, (files: readonly VFile[], options?: ReporterOptions) => string> = {
  stylish: (files, options = {}) => reportStylish(files, options),
  json: (files) => reportJson(files),
  sarif: (files, options = {}) => reportSarif(files, options.toolVersion === undefined ? {} : { toolVersion: options.toolVersion }),
  github: (files) => reportGithub(files)
}
