// `pnpm bench check`: the terminology check's speed.
// 1. In process, 10,000 concepts: 1 / 5 / 10 MB of French (the seeds
//    repeated), against a reference pass over the same text in the same
//    process (NFC + lower case: the least any matcher must do): linearity.
// 2. In process, 10 MB: glossaries of 1,000 / 10,000 / 100,000 concepts:
//    check time should be nearly flat (build time shown apart).
// 3. Whole process against whole process, 1 MB × 10,000 concepts, same terms
//    and text: `renderings check` vs textlint + textlint-rule-terminology and
//    textlint + textlint-rule-prh (peers run once, capped; a capped run
//    gives a lower bound on the ratio). Then `renderings check` on 10 MB.
//    Our CLI is timed with its compiled-glossary cache warm (the steady
//    state in CI with a cached folder) and cold (--no-cache).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createChecker, type Checker } from '@renderings/retext-renderings'
import { cliBin, repositoryRoot } from '../support/paths.js'
import { closeStore, importTermIndex, openStore } from '@renderings/glossary-store'
import { benchGlossary, frenchText, replacementPairs } from './check-data.js'
import { median, row } from './measure.js'

const peerCapSeconds = Number(process.env['RENDERINGS_BENCH_PEER_CAP'] ?? 600)

export default async function checkBenchmark(): Promise<void> {
  inProcessSizes()
  inProcessGlossaries()
  await wholeProcess()
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
  // The glossary as the CLI reads it in production: a SQLite glossary database.
  const glossary = join(folder, 'glossary.sqlite')
  const store = await openStore(glossary)
  await importTermIndex(store, index)
  await closeStore(store)
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

  process.stdout.write(`### Whole process: 1 MB of French × 10,000 concepts (${pairs.length} replacement rules for the peers)\n\n`)
  row('tool', 'wall time (s)', 'runs', 'ratio to renderings check')
  row('---', '---', '---', '---')
  // Compiled glossaries are cached between runs (keyed by content); the
  // warm-up run fills the cache. The cold figure rebuilds every time.
  process.env['RENDERINGS_CACHE'] = join(folder, 'cache')
  const oursArgs = [cliBin, 'check', oneMegabyte, '--glossary', glossary, '--reporter', 'json']
  // The peers run for minutes while the machine's load may change: our CLI
  // is timed right before and right after each peer, and each ratio uses the
  // median of those runs.
  const peers: Array<{ name: string; seconds: number; capped: boolean; ours: number[]; cold: number[] }> = []
  for (const [name, config] of [
    ['textlint + textlint-rule-terminology', terminologyConfig],
    ['textlint + textlint-rule-prh', prhConfig]
  ] as const) {
    const ours = processTimes(oursArgs, 3, cwd)
    const cold = processTimes([...oursArgs, '--no-cache'], 2, cwd)
    const { seconds, capped } = timedOnce([textlint, '--format', 'json', '-c', config, oneMegabyte], cwd)
    ours.push(...processTimes(oursArgs, 3, cwd))
    cold.push(...processTimes([...oursArgs, '--no-cache'], 2, cwd))
    peers.push({ name, seconds, capped, ours, cold })
  }
  const allOurs = peers.flatMap((peer) => peer.ours)
  const allCold = peers.flatMap((peer) => peer.cold)
  row('renderings check (compiled glossary cached)', median(allOurs) / 1000, allOurs.length, 1)
  row('renderings check --no-cache', median(allCold) / 1000, allCold.length, `${(median(allCold) / median(allOurs)).toFixed(2)}×`)
  for (const peer of peers) {
    const ratio = (reference: number): string => `${peer.capped ? '> ' : ''}${((peer.seconds * 1000) / reference).toFixed(0)}×`
    const shown = peer.capped ? `> ${peer.seconds.toFixed(0)} (capped)` : peer.seconds
    row(peer.name, shown, 1, `${ratio(median(peer.ours))} (cold: ${ratio(median(peer.cold))})${peer.capped ? ', lower bound' : ''}`)
  }
  process.stdout.write('\n### Whole process: 10 MB of French × 10,000 concepts\n\n')
  row('tool', 'wall time (s)', 'runs', 'MB/s')
  row('---', '---', '---', '---')
  const ten = processMedian([cliBin, 'check', tenMegabytes, '--glossary', glossary, '--reporter', 'json'], 3, cwd)
  row('renderings check (compiled glossary cached)', ten / 1000, 3, 10 / (ten / 1000))
  const tenCold = processMedian([cliBin, 'check', tenMegabytes, '--glossary', glossary, '--reporter', 'json', '--no-cache'], 3, cwd)
  row('renderings check --no-cache', tenCold / 1000, 3, 10 / (tenCold / 1000))
  const startOnly = processMedian([cliBin, 'check', join(repositoryRoot, 'test', 'fixtures', 'check', 'example', 'traduction.fr.txt'), '--glossary', glossary, '--reporter', 'json'], 3, cwd)
  row('renderings check, same glossary, a 300-byte file (start-up and cached glossary)', startOnly / 1000, 3, '')
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

