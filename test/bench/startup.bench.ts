// Start-up cost of the CLI: median wall time of `renderings --help` against
// `node -e 0` measured side by side (alternating, so machine load hits both),
// plus `renderings segment` on a French-only seed, which must not load
// segmentit or SQLite (test/segment-cli.test.ts checks the modules loaded).
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { cliBin, seedsFolder } from '../support/paths.js'
import { median, row } from './measure.js'

function wallTime(args: readonly string[]): number {
  const start = performance.now()
  execFileSync(process.execPath, args as string[], { stdio: 'ignore' })
  return performance.now() - start
}

export default async function startupBenchmark(): Promise<void> {
  const frenchSeed = join(seedsFolder, '002_12f1d0057f4ed9ec.txt')
  const commands: Array<[string, string[]]> = [
    ['node -e 0 (reference)', ['-e', '0']],
    ['renderings --help (target ≤ 3)', [cliBin, '--help']],
    ['renderings segment, French-only seed 002', [cliBin, 'segment', frenchSeed, '--format', 'jsonl']]
  ]
  const times: number[][] = commands.map(() => [])
  const runs = 11
  for (let run = 0; run < runs + 1; run++) {
    for (const [index, [, args]] of commands.entries()) {
      const elapsed = wallTime(args)
      if (run > 0) times[index]!.push(elapsed)
    }
  }
  const reference = median(times[0]!)
  row('command', `median ms of ${runs}`, 'ratio to node -e 0')
  row('---', '---', '---')
  for (const [index, [name]] of commands.entries()) row(name, median(times[index]!), median(times[index]!) / reference)
}
