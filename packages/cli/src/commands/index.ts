import type { Command } from 'commander'
import { registerSegment } from './segment.js'
import { registerCheck } from './check.js'

/**
 * Every command, in the order `--help` lists them. Each register function
 * only declares arguments and options; the work is imported when it runs, so
 * `renderings --help` loads no segmenter, database or XML library.
 */
export function registerCommands(program: Command): void {
  registerSegment(program)
  registerCheck(program)
}
