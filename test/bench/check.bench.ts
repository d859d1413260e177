// `pnpm bench check`: the terminology check's speed.
// 1. In process, 10,000 concepts: 1 / 5 / 10 MB of French (the seeds
//    repeated), against a reference pass over the same text in the same
//    process (NFC + lower case: the least any matcher must do): linearity.
// 2. In process, 10 MB: glossaries of 1,000 / 10,000 / 100,000 concepts:
//    check time should be nearly flat (build time shown apart).
// 3. Compiling a glossary (createChecker) in a fresh process, 10,000 and
//    100,000 concepts: what a check given a YAML or TBX file pays first.
// 4. Whole process against whole process, 1 MB × 10,000 concepts, same terms
//    and text: `renderings check` vs textlint + textlint-rule-terminology and
//    textlint + textlint-rule-prh (peers run once, capped; a capped run
//    gives a lower bound on the ratio). Then `renderings check` on 10 MB.
//    Our CLI is timed cold (--no-cache: a fresh CI checkout) against the
//    built database (which keeps its glossary compiled), against the YAML
//    source and the same glossary as TBX (each compiled at every run), and
//    with the YAML's compiled glossary cached.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { createChecker, type Checker } from '@renderings/retext-renderings'
import { cliBin, repositoryRoot } from '../support/paths.js'
import { closeStore, importTermIndex, openStore } from '@renderings/glossary-store'
import { writeTbx } from '@renderings/tbx'
import { benchGlossary, frenchText, glossarySourceYaml, replacementPairs } from './check-data.js'
import { median, row } from './measure.js'

const peerCapSeconds = Number(process.env['RENDERINGS_BENCH_PEER_CAP'] ?? 600)

export default async function checkBenchmark(): Promise<void> {
  inProcessSizes()
  inProcessGlossaries()
  compileInFreshProcesses()
  await wholeProcess()
}

function compileInFreshProcesses(): void {
  const child = join(dirname(fileURLToPath(import.meta.url)), 'check-compile-child.ts')
  process.stdout.write('### Compiling the glossary in a fresh process (createChecker: keys, French variants, automaton)\n\n')
  row('concepts', 'automaton keys', 'compile wall (ms), three processes', 'median wall (ms)', 'CPU (ms), same processes', 'target')
  row('---', '---', '---', '---', '---', '---')
  for (const [concepts, target] of [[10_000, '< 150 ms'], [100_000, '< 1,500 ms']] as const) {
    const runs = Array.from({ length: 3 }, () => {
      // The packages' compiled JavaScript, as the CLI runs it (no renderings-source condition).
      const output = execFileSync(process.execPath, ['--import', 'tsx', child, String(concepts)], { encoding: 'utf8', maxBuffer: 1 << 20 })
      return JSON.parse(output) as { keys: number; milliseconds: number; cpuMilliseconds: number }
    })
    const times = runs.map((run) => run.milliseconds)
    row(concepts.toLocaleString('en'), runs[0]!.keys, times.map((time) => time.toFixed(0)).join(', '), median(times), runs.map((run) => run.cpuMilliseconds.toFixed(0)).join(', '), target)
  }
  process.stdout.write('\n')
}

function checkOnce(checker: Checker, text: string): number {
  const document = checker.document('bench.txt')
  document.add(text)
  return document.finish().findings.length
}

function inProcessSizes(): void {
  const checker = createChecker(benchGlossary(10_000))
  process.stdout.write('### In process: text size (10,000 concepts)\n\n')
  row('text', 'check (ms)', 'MB/s', 'reference NFC+lower (ms)', 'check / reference', 'time / time at 1 MB', 'findings')
  row('---', '---', '---', '---', '---', '---', '---')
  let base = 0
  for (const megabytes of [1, 5, 10]) {
    const text = frenchText(megabytes)
    let findings = 0
    const check = medianOf(() => (findings = checkOnce(checker, text)), 5)
    const reference = medianOf(() => text.normalize('NFC').toLowerCase().length, 5)
    if (megabytes === 1) base = check
    row(`${megabytes} MB`, check, megabytes / (check / 1000), reference, check / reference, check / base, findings)
  }
  process.stdout.write('\n')
}

function inProcessGlossaries(): void {
  const text = frenchText(10)
  process.stdout.write('### In process: glossary size (10 MB of French)\n\n')
  // "match" is the matcher's pass alone; "check" adds the rules, whose work
  // grows with the findings (a larger synthetic glossary hits more phrases).
  row('concepts', 'terms', 'automaton keys', 'build (ms)', 'match (ms)', 'match / match at 1,000', 'check (ms)', 'check / check at 1,000', 'findings')
  row('---', '---', '---', '---', '---', '---', '---', '---', '---')
  let baseMatch = 0
  let baseCheck = 0
  for (const concepts of [1_000, 10_000, 100_000]) {
    const index = benchGlossary(concepts)
    const start = performance.now()
    const checker = createChecker(index)
    const build = performance.now() - start
    const match = medianOf(() => checker.matcher.matchNested(text), 3)
    let findings = 0
    const check = medianOf(() => (findings = checkOnce(checker, text)), 3)
    if (concepts === 1_000) {
      baseMatch = match
      baseCheck = check
    }
    row(concepts.toLocaleString('en'), checker.matcher.size.terms, checker.matcher.size.keys, build, match, match / baseMatch, check, check / baseCheck, findings)
  }
  process.stdout.write('\n')
}

async function wholeProcess(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'renderings-bench-check-'))
  const index = benchGlossary(10_000)
  // The glossary as the CLI reads it in production: a SQLite glossary
  // database, which keeps its glossary compiled (closing the store writes it).
  const glossary = join(folder, 'glossary.sqlite')
  const store = await openStore(glossary)
  await importTermIndex(store, index)
  await closeStore(store)
  // And as its source, given directly.
  const source = join(folder, 'glossary.yaml')
  writeFileSync(source, glossarySourceYaml(index))
  // And as TBX, the interchange format a CI job is as likely to commit.
  const tbxSource = join(folder, 'glossary.tbx')
  writeFileSync(tbxSource, writeTbx(index))
  const oneMegabyte = join(folder, 'french-1mb.txt')
  writeFileSync(oneMegabyte, frenchText(1))
  const tenMegabytes = join(folder, 'french-10mb.txt')
  writeFileSync(tenMegabytes, frenchText(10))
  const pairs = replacementPairs(index)
  // textlint-rule-terminology: [RegExp source (case-insensitive), replacement].
  const terminologyConfig = join(folder, 'terminology.json')
  writeFileSync(terminologyConfig, JSON.stringify({ rules: { terminology: { defaultTerms: false, terms: pairs.map(([from, to]) => [escapeRegExp(from), to]) } } }))
  // prh escapes "-" in plain patterns, which its own u flag then refuses: give it regex patterns.
  const prhRules = join(folder, 'prh.yml')
  writeFileSync(prhRules, `version: 1\nrules:\n${pairs.map(([from, to]) => `  - expected: ${JSON.stringify(to)}\n    pattern: ${JSON.stringify(`/${escapeRegExp(from)}/`)}\n`).join('')}`)
  const prhConfig = join(folder, 'prh.json')
  writeFileSync(prhConfig, JSON.stringify({ rules: { prh: { rulePaths: [prhRules] } } }))
  const textlint = join(repositoryRoot, 'test', 'node_modules', 'textlint', 'bin', 'textlint.js')
  const cwd = join(repositoryRoot, 'test')

  // The database's compiled glossary must serve the CLI: a check with an
  // empty cache that is allowed to cache must leave it empty.
  const probe = join(folder, 'probe-cache')
  spawnSync(process.execPath, [cliBin, 'check', oneMegabyte, '--glossary', glossary, '--reporter', 'json'], { cwd, stdio: 'ignore', env: { ...process.env, RENDERINGS_CACHE: probe } })
  if (existsSync(probe) && readdirSync(probe).length > 0) process.stdout.write('**The database’s compiled glossary was not used: the figures below against it include compiling.**\n\n')

  process.stdout.write(`### Whole process: 1 MB of French × 10,000 concepts (${pairs.length} replacement rules for the peers)\n\n`)
  // The compiled-glossary cache serves the YAML source from its second run
  // on (the warm-up run fills it); --no-cache neither reads nor writes it.
  process.env['RENDERINGS_CACHE'] = join(folder, 'cache')
  const check = (file: string, glossaryFile: string, ...flags: string[]): string[] => [cliBin, 'check', file, '--glossary', glossaryFile, '--reporter', 'json', ...flags]
  const ours = [
    { name: 'renderings check, built database, --no-cache', args: check(oneMegabyte, glossary, '--no-cache') },
    { name: 'renderings check, YAML source, --no-cache', args: check(oneMegabyte, source, '--no-cache') },
    { name: 'renderings check, TBX source, --no-cache', args: check(oneMegabyte, tbxSource, '--no-cache') },
    { name: 'renderings check, YAML source, compiled glossary cached', args: check(oneMegabyte, source) }
  ]
  // The peers run for minutes while the machine's load may change: our CLI
  // is timed right before and right after each peer, and each ratio uses the
  // median of those runs.
  const peers: Array<{ name: string; seconds: number; capped: boolean; ours: number[][] }> = []
  for (const [name, config] of [
    ['textlint + textlint-rule-terminology', terminologyConfig],
    ['textlint + textlint-rule-prh', prhConfig]
  ] as const) {
    const before = ours.map((run) => processTimes(run.args, 2, cwd))
    const { seconds, capped } = timedOnce([textlint, '--format', 'json', '-c', config, oneMegabyte], cwd)
    const after = ours.map((run) => processTimes(run.args, 2, cwd))
    peers.push({ name, seconds, capped, ours: before.map((times, which) => [...times, ...after[which]!]) })
  }
  row('tool', 'wall time (s)', 'runs', ...peers.map((peer) => `${peer.name}: how many times slower`))
  row('---', '---', '---', ...peers.map(() => '---'))
  ours.forEach((run, which) => {
    const all = peers.flatMap((peer) => peer.ours[which]!)
    const ratios = peers.map((peer) => `${peer.capped ? '> ' : ''}${((peer.seconds * 1000) / median(peer.ours[which]!)).toFixed(0)}×`)
    row(run.name, median(all) / 1000, all.length, ...ratios)
  })
  for (const peer of peers) row(peer.name, peer.capped ? `> ${peer.seconds.toFixed(0)} (capped)` : peer.seconds, 1, ...peers.map(() => ''))
  process.stdout.write('\n### Whole process: 10 MB of French × 10,000 concepts\n\n')
  row('run', 'wall time (s)', 'runs', 'MB/s')
  row('---', '---', '---', '---')
  for (const [name, args] of [
    ['renderings check, built database, --no-cache', check(tenMegabytes, glossary, '--no-cache')],
    ['renderings check, YAML source, --no-cache', check(tenMegabytes, source, '--no-cache')],
    ['renderings check, YAML source, compiled glossary cached', check(tenMegabytes, source)]
  ] as const) {
    const time = processMedian([...args], 3, cwd)
    row(name, time / 1000, 3, 10 / (time / 1000))
  }
  const startOnly = processMedian(check(join(repositoryRoot, 'test', 'fixtures', 'check', 'example', 'traduction.fr.txt'), glossary, '--no-cache'), 3, cwd)
  row('renderings check, built database, a 300-byte file (start-up and the compiled glossary)', startOnly / 1000, 3, '')
  process.stdout.write('\n')
}

function medianOf(task: () => unknown, runs: number): number {
  task()
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    task()
    times.push(performance.now() - start)
  }
  return median(times)
}

/** Median wall time (ms) of a node process; exit codes 0 and 1 (findings) are both a completed run. */
function processMedian(args: string[], runs: number, cwd: string): number {
  return median(processTimes(args, runs, cwd))
}

/** Wall times (ms) of `runs` runs of a node process, after one warm-up run. */
function processTimes(args: string[], runs: number, cwd: string): number[] {
  const times: number[] = []
  for (let run = 0; run <= runs; run++) {
    const start = performance.now()
    const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 })
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')}: exit ${result.status}: ${String(result.stderr)}`)
    if (run > 0) times.push(performance.now() - start)
  }
  return times
}

/** One capped run of a peer: seconds, and whether the cap stopped it. */
function timedOnce(args: string[], cwd: string): { seconds: number; capped: boolean } {
  const start = performance.now()
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], timeout: peerCapSeconds * 1000, killSignal: 'SIGKILL' })
  const seconds = (performance.now() - start) / 1000
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { seconds, capped: true }
  if (result.signal === 'SIGKILL') return { seconds, capped: true }
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')}: exit ${result.status}: ${String(result.stderr).slice(0, 500)}`)
  return { seconds, capped: false }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

