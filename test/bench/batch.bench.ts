// `renderings align --batch` against one `renderings align` process per
// document pair, on the same 1,000 pairs of the development data in the
// same run (whole processes, start-up included), with a check that both
// give the same beads; then the memory of one batch process over a stream
// of 10,000 pairs read by a slow reader; then the Spark driver's partition
// function on the same 1,000 pairs beside the batch process alone, and
// Spark local[2] where PySpark and Java 17 are present.
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { formatBeadLine } from '@renderings/align'
import { documentPairs, jsonLines, type PairRecord } from '../support/batch-corpus.js'
import { java17, missingTools, pyspark, python, pythonCommand } from '../support/external-tools.js'
import { cliBin, hasDevData, repositoryRoot } from '../support/paths.js'
import { median, row } from './measure.js'

const gnuTime = '/usr/bin/time'

interface Timed {
  wallMs: number
  /** User + system CPU time of the process and its children, when GNU time is there. */
  cpuMs: number | undefined
  /** Peak resident memory in MB, when GNU time is there (the largest of the processes). */
  peakMb: number | undefined
  stdout: string
}

/** Run a command to its end, timed, with GNU time's CPU and peak memory when it is installed. */
function timed(command: string, args: string[], options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Timed {
  const withTime = existsSync(gnuTime)
  const report = join(tmpdir(), `renderings-bench-time-${process.pid}`)
  const start = performance.now()
  const result = withTime
    ? spawnSync(gnuTime, ['-f', '%U %S %M', '-o', report, command, ...args], { ...options, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 })
    : spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 })
  const wallMs = performance.now() - start
  if (result.status !== 0) throw new Error(`${command} ${args.slice(0, 4).join(' ')} exited ${result.status}: ${result.stderr.slice(-500)}`)
  if (!withTime) return { wallMs, cpuMs: undefined, peakMb: undefined, stdout: result.stdout }
  const [user, system, peakKb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
  rmSync(report, { force: true })
  return { wallMs, cpuMs: (user! + system!) * 1000, peakMb: peakKb! / 1024, stdout: result.stdout }
}

/** The beads of batch answers, as one `renderings align --format beads` per pair prints them, concatenated. */
function beadText(answers: string): string {
  return answers
    .split('\n')
    .slice(0, -1)
    .map((line) => (JSON.parse(line) as { beads: Array<[number[], number[]]> }).beads.map(([source, target]) => `${formatBeadLine({ source, target })}\n`).join(''))
    .join('')
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`
}

const range = (values: readonly number[], digits = 0): string => `${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)}`

export default async function batchBenchmark(): Promise<void> {
  if (!hasDevData) {
    process.stdout.write('skipped: the development data (../shared/dev-data/align) is absent\n')
    return
  }
  const folder = mkdtempSync(join(tmpdir(), 'renderings-bench-batch-'))
  try {
    const pairs = documentPairs(1000)
    const sentences = pairs.reduce((sum, pair) => sum + pair.src.length + pair.tgt.length, 0)
    const corpus = join(folder, 'pairs.jsonl')
    writeFileSync(corpus, jsonLines(pairs))
    // The per-process reference: the same pairs as files, one `renderings align` each, from one shell script.
    const script = pairs
      .map((pair, index) => {
        const source = join(folder, `${index}.src.txt`)
        const target = join(folder, `${index}.tgt.txt`)
        writeFileSync(source, pair.src.join('\n') + '\n')
        writeFileSync(target, pair.tgt.join('\n') + '\n')
        return `${shellQuote(process.execPath)} ${shellQuote(cliBin)} align ${source} ${target} --presegmented --src-lang ${pair.srcLang} --tgt-lang ${pair.tgtLang}`
      })
      .join('\n')
    writeFileSync(join(folder, 'per-process.sh'), `set -e\n${script}\n`)
    process.stdout.write(`${pairs.length} document pairs of the development data (de→fr, en→fr, zh→en), ${(sentences / pairs.length).toFixed(1)} sentences a pair on average\n\n`)

    // Batch, per process, then batch twice more: machine load hits both sides.
    const batch: Timed[] = []
    const runBatch = (): Timed => timed(process.execPath, [cliBin, 'align', '--batch', corpus])
    batch.push(runBatch())
    const perProcess = timed('sh', [join(folder, 'per-process.sh')])
    batch.push(runBatch(), runBatch())
    const same = batch.every((run) => beadText(run.stdout) === perProcess.stdout)
    const rate = (run: Timed): number => pairs.length / (run.wallMs / 1000)
    const cpuPerPair = (run: Timed): number | undefined => (run.cpuMs === undefined ? undefined : run.cpuMs / pairs.length)
    row('1,000 pairs', 'wall s', 'pairs / s', 'CPU ms a pair', 'peak RSS MB')
    row('---', '---', '---', '---', '---')
    row('1,000 `renderings align` processes (reference)', perProcess.wallMs / 1000, rate(perProcess), cpuPerPair(perProcess) ?? '–', perProcess.peakMb ?? '–')
    for (const [index, run] of batch.entries()) row(`\`renderings align --batch\`, run ${index + 1}`, run.wallMs / 1000, rate(run), cpuPerPair(run) ?? '–', run.peakMb ?? '–')
    const ratios = batch.map((run) => rate(run) / rate(perProcess))
    process.stdout.write(
      `\nbatch / per process: ${median(ratios).toFixed(1)}× the pairs per second (runs ${range(ratios, 1)}; target ≥ 10×)` +
        (perProcess.cpuMs !== undefined ? `, ${(perProcess.cpuMs / median(batch.map((run) => run.cpuMs!))).toFixed(1)}× less CPU` : '') +
        `; same beads as the per-process runs: ${same ? 'yes' : 'NO'}\n\n`
    )

    await memoryOverStream(10_000)
    driverOverhead(corpus, folder, pairs, median(batch.map((run) => run.wallMs)))
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** VmRSS and VmHWM (peak) of a running process in MB (Linux); undefined once it has ended. */
function memoryMb(pid: number): { rss: number; peak: number } | undefined {
  let status: string
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch {
    return undefined
  }
  const field = (name: string): number => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) / 1024
  return { rss: field('VmRSS'), peak: field('VmHWM') }
}

/**
 * One batch process over `count` pairs, written as it takes them; the
 * reader stops for a second after every 1,000 answers (a slow consumer),
 * and the process's resident memory is read then.
 */
async function memoryOverStream(count: number): Promise<void> {
  if (!existsSync('/proc/self/status')) {
    process.stdout.write('memory over the stream: skipped (needs /proc)\n\n')
    return
  }
  const pairs = documentPairs(count)
  const child = spawn(process.execPath, [cliBin, 'align', '--batch'], { cwd: repositoryRoot, stdio: ['pipe', 'pipe', 'inherit'] })
  const writing = (async () => {
    for (const pair of pairs) if (!child.stdin.write(`${JSON.stringify(pair)}\n`)) await once(child.stdin, 'drain')
    child.stdin.end()
  })()
  const samples: Array<[number, number]> = []
  let peak = 0
  let answered = 0
  const start = performance.now()
  // Answers counted by their line ends; after every 1,000th, nothing is read for a second.
  child.stdout.on('data', (chunk: Buffer) => {
    for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) {
      answered++
      if (answered % 1000 !== 0) continue
      child.stdout.pause()
      const at = answered
      setTimeout(() => {
        // The last answers may come after the process has ended: no sample then.
        const memory = memoryMb(child.pid!)
        if (memory !== undefined) {
          samples.push([at, memory.rss])
          peak = memory.peak
        }
        child.stdout.resume()
      }, 1000)
    }
  })
  const [code] = (await once(child, 'close')) as [number]
  await writing
  const seconds = (performance.now() - start) / 1000
  if (code !== 0 || answered !== count) throw new Error(`the memory run ended with ${code} after ${answered} answers`)
  row('answers', ...samples.map(([at]) => at.toLocaleString('en')))
  row('---', ...samples.map(() => '---'))
  row('RSS MB', ...samples.map(([, mb]) => mb))
  const settled = samples.slice(1).map(([, mb]) => mb)
  process.stdout.write(
    `\n${count.toLocaleString('en')} pairs in ${seconds.toFixed(0)} s with the reader stopping 1 s per 1,000 answers; RSS from 2,000 answers on ${range(settled)} MB ` +
      `(last sample / at 2,000: ${(settled.at(-1)! / settled[0]!).toFixed(2)}); peak ${peak.toFixed(0)} MB at the last sample\n\n`
  )
}

/**
 * The driver's own cost: its partition function (the code every Spark task
 * runs: Python reading the records, a pipe each way, every answer checked
 * against its record) over the same pairs as one partition, beside the
 * batch process alone; then Spark local[2], where it runs.
 */
function driverOverhead(corpus: string, folder: string, pairs: readonly PairRecord[], batchMs: number): void {
  const driver = join(repositoryRoot, 'scripts', 'spark', 'renderings_spark.py')
  const pythonProblem = missingTools(python)
  if (pythonProblem !== '') {
    process.stdout.write(`the driver's partition function: not measured, missing ${pythonProblem}\n`)
  } else {
    const script = `
import sys
sys.path.insert(0, sys.argv[1])
import renderings_spark as spark
with open(sys.argv[2], encoding="utf-8") as handle:
    records = handle.read().split("\\n")[:-1]
count = sum(1 for _ in spark.partition_function("align", sys.argv[3], sys.argv[4], [])(iter(records)))
assert count == len(records), count
`
    const runs = [1, 2, 3].map(() => ({
      pipe: timed(pythonCommand, ['-c', script, join(repositoryRoot, 'scripts', 'spark'), corpus, repositoryRoot, process.execPath]),
      alone: timed(process.execPath, [cliBin, 'align', '--batch', corpus])
    }))
    // CPU time says more than wall time on a shared machine; both are shown.
    const perPair = (a: number | undefined, b: number | undefined): number | string => (a === undefined || b === undefined ? '–' : (a - b) / pairs.length)
    row("the driver's partition function, 1 partition", 'wall s', 'batch process alone, wall s', 'wall difference per pair, ms', 'CPU difference per pair, ms')
    row('---', '---', '---', '---', '---')
    for (const [index, { pipe, alone }] of runs.entries()) {
      row(`${pairs.length} pairs, run ${index + 1}`, pipe.wallMs / 1000, alone.wallMs / 1000, perPair(pipe.wallMs, alone.wallMs), perPair(pipe.cpuMs, alone.cpuMs))
    }
    process.stdout.write('\n')
  }
  const missing = missingTools(pyspark, java17)
  if (missing !== '') {
    process.stdout.write(`Spark local[2]: not measured, missing ${missing}\n`)
    return
  }
  const env = { ...process.env, PYSPARK_PYTHON: pythonCommand, PYSPARK_DRIVER_PYTHON: pythonCommand, SPARK_LOCAL_IP: '127.0.0.1' }
  const runs = [1, 2, 3].map((run) => {
    const out = join(folder, `spark-${run}.jsonl`)
    return timed(pythonCommand, [driver, 'align', corpus, out, '--single-file', '--master', 'local[2]', '--partitions', '2', '--node', process.execPath], { env }).wallMs
  })
  const sparkMs = median(runs)
  row('Spark local[2], 2 partitions', 'wall s (median of 3)', 'single batch process, wall s', 'difference per pair, ms')
  row('---', '---', '---', '---')
  row(`${pairs.length} pairs`, sparkMs / 1000, batchMs / 1000, (sparkMs - batchMs) / pairs.length)
}
