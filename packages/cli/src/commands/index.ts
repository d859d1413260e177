import type { Command } from 'commander'
import { registerSegment } from './segment.js'
import { registerCheck } from './check.js'
import { registerGlossary } from './glossary.js'
import { registerGlossaryReview } from './glossary-review.js'
import { registerMine } from './mine.js'
import { registerReport } from './report.js'
import { registerAlign } from './align.js'
import { registerStart } from './start.js'

/**
 * Every command, in the order `--help` lists them. Each register function
 * only declares arguments and options; the work is imported when it runs, so
 * `renderings --help` loads no segmenter, database or XML library.
 */
export function registerCommands(program: Command): void {
  // The main job first, then the data flow: text → segments → alignment →
  // glossary → mining → reports and checks.
  registerStart(program)
  registerSegment(program)
  registerAlign(program)
  // `glossary review` (the review queue) registers on the returned command.
  const glossary = registerGlossary(program)
  registerGlossaryReview(glossary)
  registerMine(program)
  registerReport(program)
  registerCheck(program)
}
