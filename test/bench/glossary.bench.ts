// The glossary store at scale: 100,000 concepts × 3 renderings × 10
// attestations per rendering (3,000,000 attestations). Import must take under
// 30 s; the in-process query (search + load, what `glossary query` does) is
// timed next to the same search SQL run by the sqlite3 shell (the floor); the
// whole `renderings glossary query` process next to `node -e 0`. Then the
// streaming TBX import of IATE-like files (30 MB and 200 MB, generated):
// MB/s and peak memory, next to saxes alone over the same file (the floor)
// and, at 30 MB, the whole file read into memory then imported, each in its own process.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { closeStore, compiledGlossaryPath, defaultDatabasePath, getConcepts, importTermIndex, openStore, searchConcepts, type GlossaryStore } from '@renderings/glossary-store'
import { foldKey } from '@renderings/normalize'
import { cliBin, repositoryRoot } from '../support/paths.js'
import { writeIateLikeTbx } from '../support/iate-like-tbx.js'
import { hanName, syntheticIndex } from '../support/synthetic-glossary.js'
import { median, row, timeMedian, timeProcessMedian } from './measure.js'

// GLOSSARY_BENCH_CONCEPTS / GLOSSARY_BENCH_ATTESTATIONS scale it down for a quick look.
const conceptCount = Number(process.env['GLOSSARY_BENCH_CONCEPTS'] ?? 100_000)
const attestationsPerRendering = Number(process.env['GLOSSARY_BENCH_ATTESTATIONS'] ?? 10)
// GLOSSARY_BENCH_TBX_MB: sizes of the IATE-like TBX files (default 30,200; empty to skip).
const tbxSizes = (process.env['GLOSSARY_BENCH_TBX_MB'] ?? '30,200').split(',').filter((size) => size.trim() !== '').map(Number)

export default async function glossaryBenchmark(): Promise<void> {
  if (conceptCount > 0) await storeBenchmark()
  if (tbxSizes.length > 0) await tbxImportBenchmark()
}

async function storeBenchmark(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'renderings-glossary-bench-'))
  const path = join(folder, 'synthetic.sqlite')
  try {
    const index = syntheticIndex(conceptCount, attestationsPerRendering)
    const store = await openStore(path)
    const started = performance.now()
    const cpu = process.cpuUsage()
    const summary = await importTermIndex(store, index)
    const importSeconds = (performance.now() - started) / 1000
    const { user, system } = process.cpuUsage(cpu)
    process.stdout.write(`Synthetic glossary: ${summary.concepts} concepts, ${summary.renderings} renderings, ${summary.attestations} attestations.\n`)
    // On a shared machine the wall time depends on the load; CPU time (this process and SQLite's thread) does not.
    process.stdout.write(`Load average when measured: ${loadavg().map((value) => value.toFixed(1)).join(', ')} on ${cpus().length} CPUs.\n\n`)
    process.stdout.write('| step | wall time | CPU time | target | ok |\n|---|---|---|---|---|\n')
    row('import (one transaction)', `${importSeconds.toFixed(1)} s`, `${((user + system) / 1e6).toFixed(1)} s`, '< 30 s', importSeconds < 30 ? 'yes' : 'NO')

    const probe = Math.min(54_321, conceptCount - 1)
    const lookups: { name: string; query: string }[] = [
      { name: 'exact (Chinese source)', query: `${hanName(probe)}秩序` },
      { name: 'exact (French rendering)', query: `ordre numéro ${probe} d’après-guerre` },
      { name: 'substring (trigram FTS)', query: `numéro ${probe} d` },
      { name: 'accent-insensitive (Vietnamese)', query: `trat tu so ${probe} thoi hau chien` }
    ]
    process.stdout.write('\n| lookup | in-process query median | sqlite3 shell, same search SQL | ratio | concepts found |\n|---|---|---|---|---|\n')
    for (const lookup of lookups) {
      const found = (await searchConcepts(store, lookup.query)).length
      const inProcess = await timeMedian(() => fullQuery(store, lookup.query), 15)
      const shell = shellMedian(path, lookup.query)
      row(lookup.name, `${inProcess.toFixed(2)} ms`, shell === undefined ? 'n/a' : `${shell.toFixed(2)} ms`, shell === undefined ? 'n/a' : (inProcess / Math.max(shell, 0.01)).toFixed(1), found)
    }
    // Closing a store that was written compiles the glossary for the check
    // and writes it beside the database (see the glossary store's README).
    const closing = performance.now()
    await closeStore(store)
    const compiledSeconds = (performance.now() - closing) / 1000
    process.stdout.write(`\nClosing the store after the import: ${compiledSeconds.toFixed(1)} s (the glossary loaded, compiled for the check and written beside the database, ${(statSync(compiledGlossaryPath(path)).size / 1e6).toFixed(0)} MB).\n`)

    process.stdout.write('\n| whole process | median | ratio to `node -e 0` | target |\n|---|---|---|---|\n')
    const bare = timeProcessMedian(process.execPath, ['-e', '0'], 9)
    row('`node -e 0`', `${bare.toFixed(0)} ms`, '1.0', '')
    if (existsSync(cliBin)) {
      for (const query of [`${hanName(probe)}秩序`, `trat tu so ${probe}`]) {
        const whole = timeProcessMedian(process.execPath, [cliBin, 'glossary', 'query', query, '--db', path], 9)
        row(`\`renderings glossary query "${query}"\` (synthetic DB)`, `${whole.toFixed(0)} ms`, (whole / bare).toFixed(2), '≤ 4')
      }
      if (existsSync(defaultDatabasePath())) {
        const whole = timeProcessMedian(process.execPath, [cliBin, 'glossary', 'query', '战后国际秩序'], 9)
        row('`renderings glossary query 战后国际秩序` (the embedded glossary)', `${whole.toFixed(0)} ms`, (whole / bare).toFixed(2), '≤ 4')
      }
    } else {
      process.stdout.write('| (CLI not built: run `pnpm build` for the whole-process figures) | | | |\n')
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** What `renderings glossary query` does in-process: rank the matches, then load those concepts. */
async function fullQuery(store: GlossaryStore, query: string): Promise<number> {
  const hits = await searchConcepts(store, query, { limit: 10 })
  const concepts = await getConcepts(store, hits.map((hit) => hit.conceptId))
  return concepts.length
}

/**
 * The search statements of the store, run by the sqlite3 shell: the floor
 * for the SQL alone. The shell's timer only has millisecond resolution, so
 * the statements run `repeat` times in one shell process, and the time of a
 * shell that only sets up is subtracted (medians of several processes).
 */
function shellMedian(path: string, query: string, repeat = 200): number | undefined {
  if (!existsSync('/usr/bin/sqlite3')) return undefined
  const folded = foldKey(query)
  const literal = (value: string): string => `'${value.replaceAll("'", "''")}'`
  const fts = `"${folded.replaceAll('"', '""')}"`
  // The shell cannot bind parameters from a script safely, so the values sit in a one-row table.
  const setup = ['.output /dev/null', `CREATE TEMP TABLE p AS SELECT ${literal(query)} AS q, ${literal(folded)} AS f, ${literal(fts)} AS m;`]
  const statements = [
    'SELECT concept_id, lang, text FROM renderings WHERE text = (SELECT q FROM p) UNION ALL SELECT concept_id, lang, text FROM renderings WHERE folded = (SELECT f FROM p) LIMIT 500;',
    'SELECT r.concept_id, r.lang, r.text, instr(r.text, (SELECT q FROM p)) FROM renderings_fts f JOIN renderings r ON r.id = f.rowid WHERE renderings_fts MATCH (SELECT m FROM p) LIMIT 500;'
  ]
  const run = (script: string): number => {
    const start = performance.now()
    execFileSync('sqlite3', [path], { input: script, stdio: ['pipe', 'ignore', 'inherit'] })
    return performance.now() - start
  }
  const empty = setup.join('\n')
  const full = [...setup, ...Array.from({ length: repeat }, () => statements).flat()].join('\n')
  run(full)
  const times = Array.from({ length: 5 }, () => (run(full) - run(empty)) / repeat)
  return Math.max(0, median(times))
}

interface ChildResult {
  mode: string
  concepts: number
  seconds: number
  cpuSeconds: number
  maxRssMB: number
}

/** One import (or parse) in its own process, for its own peak memory. */
function measuredChild(mode: 'stream' | 'whole' | 'parse', file: string, database: string): ChildResult {
  rmSync(database, { force: true })
  for (const suffix of ['-wal', '-shm']) rmSync(`${database}${suffix}`, { force: true })
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--conditions', 'renderings-source', join(repositoryRoot, 'test', 'bench', 'glossary-import-child.ts'), mode, file, database], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024
  })
  return JSON.parse(output.trim().split('\n').pop()!) as ChildResult
}

async function tbxImportBenchmark(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'renderings-tbx-bench-'))
  try {
    process.stdout.write('\nStreaming TBX import of IATE-like files (numeric ids, subjectField, about ten languages an entry, termType and reliabilityCode on each term), each run in its own process; medians, peak RSS the highest of the runs.\n')
    process.stdout.write(`Load average when measured: ${loadavg().map((value) => value.toFixed(1)).join(', ')} on ${cpus().length} CPUs.\n\n`)
    process.stdout.write('| file | what | entries | median wall time | MB/s (wall) | median CPU time | MB per CPU second | peak RSS | target |\n|---|---|---|---|---|---|---|---|---|\n')
    for (const size of tbxSizes) {
      const file = join(folder, `iate-like-${size}.tbx`)
      const entries = await writeIateLikeTbx(file, size * 1024 * 1024)
      const megabytes = statSync(file).size / 1024 / 1024
      const runs = size <= 50 ? 3 : 2
      const report = (what: string, mode: 'stream' | 'whole' | 'parse', target: string): void => {
        const results = Array.from({ length: runs }, () => measuredChild(mode, file, join(folder, 'bench.sqlite')))
        const seconds = median(results.map((result) => result.seconds))
        const cpuSeconds = median(results.map((result) => result.cpuSeconds))
        const rss = Math.max(...results.map((result) => result.maxRssMB))
        const rate = megabytes / seconds
        const ok = target === '' ? '' : rate >= 10 && rss < 600 ? ' (met)' : ' (NOT met)'
        row(`${megabytes.toFixed(0)} MB`, what, results[0]!.concepts, `${seconds.toFixed(1)} s`, rate.toFixed(1), `${cpuSeconds.toFixed(1)} s`, (megabytes / cpuSeconds).toFixed(1), `${rss.toFixed(0)} MB`, `${target}${ok}`)
      }
      report('streaming import (`glossary import`)', 'stream', size >= 200 ? '≥ 10 MB/s, < 600 MB' : '')
      report('saxes alone, same stream (floor)', 'parse', '')
      if (size <= 50) report('whole file in memory, then one import (`readTbx` + `importTermIndex`)', 'whole', '')
      if (entries === 0) throw new Error('no entries generated')
      rmSync(file, { force: true })
    }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
