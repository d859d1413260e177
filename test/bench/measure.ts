import { execFileSync } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Median wall time in milliseconds of `runs` calls of `task` (after one warm-up). */
export async function timeMedian(task: () => unknown, runs = 5): Promise<number> {
  await task()
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    await task()
    times.push(performance.now() - start)
  }
  return median(times)
}

/** Median wall time in milliseconds of a whole process, `runs` times. */
export function timeProcessMedian(command: string, args: readonly string[], runs = 7, options: { cwd?: string } = {}): number {
  const times: number[] = []
  for (let run = 0; run < runs + 1; run++) {
    const start = performance.now()
    execFileSync(command, args as string[], { stdio: 'ignore', cwd: options.cwd })
    if (run > 0) times.push(performance.now() - start)
  }
  return median(times)
}

/** A command to time as a whole process. */
export interface ProcessCommand {
  command: string
  args: readonly string[]
  cwd?: string
}

/**
 * Median wall time in milliseconds of each command as a whole process,
 * `runs` times after one warm-up, the commands taking turns in every round
 * so that load from other jobs on the machine hits them alike.
 */
export function timeProcessesMedian(commands: readonly ProcessCommand[], runs = 5): number[] {
  const times: number[][] = commands.map(() => [])
  for (let run = 0; run < runs + 1; run++) {
    commands.forEach((command, index) => {
      const start = performance.now()
      execFileSync(command.command, command.args as string[], { stdio: 'ignore', cwd: command.cwd })
      if (run > 0) times[index]!.push(performance.now() - start)
    })
  }
  return times.map(median)
}

/** Print a markdown table row. */
export function row(...cells: Array<string | number>): void {
  process.stdout.write(`| ${cells.map((cell) => (typeof cell === 'number' ? format(cell) : cell)).join(' | ')} |\n`)
}

function format(value: number): string {
  return Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2)
}

/**
 * Run a full garbage collection now, so a timed run does not pay for the
 * garbage the previous run left (a 10 MB run after an ICU run otherwise
 * starts with a 30–40 ms collection that belongs to the other side).
 */
export function collectGarbage(): void {
  if (typeof globalThis.gc !== 'function') {
    setFlagsFromString('--expose-gc')
    globalThis.gc = runInNewContext('gc') as typeof globalThis.gc
  }
  globalThis.gc!()
}
