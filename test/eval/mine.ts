// `pnpm eval:mine`: recall and precision of `renderings mine` on the outlets
// development corpus (../shared/dev-data/outlets, or $RENDERINGS_DEV_DATA/outlets),
// exactly as its README defines them, mined as a user would (the built CLI,
// `renderings mine outlets/ --glossary FILE --dry-run --json`), once with the
// curated glossary and once with an empty one. Prints markdown tables.
// MINE_EVAL_UNMATCHED=N also prints N candidates that match no gold line,
// spread over the run, for checking by hand. With --fit, it fits the
// miner's calibrated score instead (mine-fit.ts).
import { join } from 'node:path'
import { hasOutlets, mineOutlets, outletsFolder, readOutletsGold, scoreOutlets, type OutletCandidate } from '../support/mine-outlets.js'
import { repositoryRoot } from '../support/paths.js'

if (!hasOutlets) {
  process.stdout.write(`no outlets development corpus at ${outletsFolder}: nothing to evaluate\n`)
  process.exit(0)
}
// `pnpm eval:mine --fit`: fit the calibrated score instead (see mine-fit.ts).
if (process.argv.includes('--fit')) {
  await import('./mine-fit.js')
  process.exit(0)
}

const gold = readOutletsGold()
const unmatchedWanted = Number(process.env['MINE_EVAL_UNMATCHED'] ?? 0)
const runs: Array<[string, string | undefined, string[]]> = [
  ['curated (glossary/concepts.yaml)', join(repositoryRoot, 'glossary', 'concepts.yaml'), []],
  ['empty', undefined, []],
  ['empty, --min-documents 1 (every rendering found, not only those of clauses two documents render)', undefined, ['--min-documents', '1']]
]
process.stdout.write(`# Mining the outlets development corpus\n\n${gold.length} gold lines, ${gold.reduce((sum, line) => sum + line.renderings.length, 0)} renderings.\n`)
for (const [name, glossary, extra] of runs) {
  const { output, milliseconds } = mineOutlets(glossary, undefined, extra)
  const scores = scoreOutlets(output, gold)
  process.stdout.write(`\n## Glossary: ${name}\n\n`)
  process.stdout.write(`recall ${scores.recall.toFixed(3)} (${scores.found}/${scores.renderings}), precision ${scores.precision.toFixed(3)} (${scores.correct}/${scores.candidates} candidates), ${(milliseconds / 1000).toFixed(1)} s for the whole command\n\n`)
  process.stdout.write('| event | renderings found | recall | candidates | correct | precision |\n|---|---|---|---|---|---|\n')
  for (const [event, figures] of [...scores.byEvent].sort(([a], [b]) => a.localeCompare(b))) {
    process.stdout.write(`| ${event} | ${figures.found}/${figures.renderings} | ${(figures.found / Math.max(1, figures.renderings)).toFixed(3)} | ${figures.candidates} | ${figures.correct} | ${(figures.correct / Math.max(1, figures.candidates)).toFixed(3)} |\n`)
  }
  const methods = new Map<string, number>()
  for (const candidate of output.candidates) methods.set(candidate.method, (methods.get(candidate.method) ?? 0) + 1)
  process.stdout.write(`\nCandidates by method: ${[...methods].map(([method, count]) => `${method} ${count}`).join(', ') || 'none'}\n\n`)
  const linesFound = scores.byLine.filter((entry) => entry.found > 0).length
  process.stdout.write(`Gold lines with at least one rendering found: ${linesFound}/${scores.byLine.length}\n\n| event | gold line | found |\n|---|---|---|\n`)
  for (const entry of scores.byLine) process.stdout.write(`| ${entry.line.event.replace(/_.*/u, '')} | ${entry.line.zh} | ${entry.found}/${entry.line.renderings.length} |\n`)
  if (unmatchedWanted > 0) {
    process.stdout.write(`\n### ${Math.min(unmatchedWanted, scores.unmatched.length)} of ${scores.unmatched.length} candidates matching no gold line\n\n`)
    const step = Math.max(1, Math.floor(scores.unmatched.length / unmatchedWanted))
    for (let index = 0; index < scores.unmatched.length && index / step < unmatchedWanted; index += step) process.stdout.write(`${describe(scores.unmatched[index]!)}\n`)
  }
}

function describe(candidate: OutletCandidate): string {
  return `- ${candidate.evidence.rendering.doc} ${candidate.method} ${candidate.score.toFixed(2)}: ${candidate.evidence.source?.text ?? candidate.source.text} → ${candidate.evidence.rendering.text}`
}
