// The outlets development corpus (../shared/dev-data/outlets: events of a
// Chinese original and the pages that render it, with hand-marked gold
// renderings) and its scoring, exactly as its README defines it:
//
// a gold rendering r (span t in file F) of a gold line g (span z in zh_file)
// is found when some candidate has (1) its target span in F covering at least
// half of t, and (2) its source span in zh_file covering at least half of z,
// or in another rendering file of g covering at least half of that
// rendering's text. Recall = found renderings / all renderings; a candidate
// is correct when it satisfies (1) and (2) for some gold rendering; precision
// = correct candidates / all candidates. Spans are located by substring
// search (any occurrence counts). Offsets are UTF-16 here, code points in the
// README's Python: the same for every text without characters outside the
// Basic Multilingual Plane, which these texts do not use in gold spans.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { cliBin, devDataFolder, repositoryRoot } from './paths.js'

/** The outlets corpus folder. */
export const outletsFolder = join(devDataFolder, 'outlets')

/** Whether it is present (tests that need it skip, saying so, when it is not). */
export const hasOutlets = existsSync(join(outletsFolder, 'README.md'))

interface GoldRendering {
  file: string
  text: string
}

/** A gold line of one event, its files resolved to absolute paths. */
export interface GoldLine {
  event: string
  zh: string
  zhFile: string
  renderings: GoldRendering[]
}

interface Span {
  start: number
  end: number
}

/** A side of a candidate, as `renderings mine --json` prints it. */
interface EvidenceSide {
  doc: string
  start: number
  end: number
  text: string
}

/** A candidate as `renderings mine --json` prints it (the fields scored). */
export interface OutletCandidate {
  id: string
  method: string
  score: number
  conceptId?: string
  source: { lang: string; text: string }
  rendering: { lang: string; text: string }
  evidence: { rendering: EvidenceSide; source?: EvidenceSide; note?: string }
}

/** `renderings mine --json` output. */
export interface MineOutput {
  candidates: OutletCandidate[]
  documents: Array<{ id: string; path: string; event: string; outlet: string }>
  stats: Record<string, number>
}

/** Every gold line of every event folder. */
export function readOutletsGold(folder = outletsFolder): GoldLine[] {
  const lines: GoldLine[] = []
  for (const event of readdirSync(folder).sort()) {
    const file = join(folder, event, 'gold.jsonl')
    if (!existsSync(file)) continue
    for (const row of readFileSync(file, 'utf8').split('\n')) {
      if (row.trim() === '') continue
      const parsed = JSON.parse(row) as { zh: string; zh_file: string; renderings: GoldRendering[] }
      lines.push({
        event,
        zh: parsed.zh,
        zhFile: resolve(folder, event, parsed.zh_file),
        renderings: parsed.renderings.map((rendering) => ({ file: resolve(folder, event, rendering.file), text: rendering.text }))
      })
    }
  }
  return lines
}

/**
 * Run `renderings mine` on the corpus as a user would (the built CLI, a dry
 * run printing JSON) with a glossary file; `undefined` mines with an empty
 * glossary.
 */
export function mineOutlets(glossary: string | undefined, folder = outletsFolder, extra: readonly string[] = []): { output: MineOutput; milliseconds: number } {
  const scratch = mkdtempSync(join(tmpdir(), 'renderings-eval-mine-'))
  try {
    let glossaryFile = glossary
    if (glossaryFile === undefined) {
      glossaryFile = join(scratch, 'empty.yaml')
      writeFileSync(glossaryFile, 'concepts: []\n')
    }
    const started = performance.now()
    const result = spawnSync(process.execPath, [cliBin, 'mine', folder, '--glossary', glossaryFile, '--dry-run', '--json', '--db', join(scratch, 'none.sqlite'), ...extra], {
      encoding: 'utf8', cwd: repositoryRoot, maxBuffer: 512 * 1024 * 1024, env: { ...process.env, RENDERINGS_DB: '' }
    })
    const milliseconds = performance.now() - started
    if (result.status !== 0) throw new Error(`renderings mine failed (${result.status}): ${result.stderr}`)
    return { output: JSON.parse(result.stdout) as MineOutput, milliseconds }
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/** What one gold rendering needs, located in its file. */
interface LocatedRendering {
  line: GoldLine
  file: string
  occurrences: Span[]
}

/** The scores of one run. */
export interface OutletScores {
  renderings: number
  found: number
  recall: number
  candidates: number
  correct: number
  precision: number
  byEvent: Map<string, { renderings: number; found: number; candidates: number; correct: number }>
  /** Per gold line: how many of its renderings were found. */
  byLine: Array<{ line: GoldLine; found: number }>
  /** Candidates that satisfy no gold rendering (for sampling by hand). */
  unmatched: OutletCandidate[]
}

/** Score a mining run against the gold, as the corpus README defines it. */
export function scoreOutlets(output: MineOutput, gold: readonly GoldLine[]): OutletScores {
  const pathOf = new Map(output.documents.map((document) => [document.id, resolve(document.path)]))
  const eventOf = new Map(output.documents.map((document) => [document.id, document.event]))
  const texts = new Map<string, string>()
  const textOf = (file: string): string => {
    let text = texts.get(file)
    if (text === undefined) texts.set(file, (text = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '')))
    return text
  }
  const occurrences = (file: string, needle: string): Span[] => {
    const text = textOf(file)
    const spans: Span[] = []
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) spans.push({ start: at, end: at + needle.length })
    if (spans.length === 0) throw new Error(`gold span not in ${file}: ${needle}`)
    return spans
  }
  const covers = (side: EvidenceSide | undefined, file: string, spans: readonly Span[]): boolean =>
    side !== undefined && pathOf.get(side.doc) === file && spans.some((span) => overlap(side, span) >= 0.5 * (span.end - span.start))

  const located = gold.map((line) => ({
    line,
    zh: occurrences(line.zhFile, line.zh),
    renderings: line.renderings.map((rendering): LocatedRendering => ({ line, file: rendering.file, occurrences: occurrences(rendering.file, rendering.text) }))
  }))
  // Does `candidate` find rendering `target` of gold line `entry`?
  const finds = (candidate: OutletCandidate, entry: (typeof located)[number], target: LocatedRendering): boolean => {
    if (!covers(candidate.evidence.rendering, target.file, target.occurrences)) return false
    if (covers(candidate.evidence.source, entry.line.zhFile, entry.zh)) return true
    return entry.renderings.some((other) => other !== target && other.file !== target.file && covers(candidate.evidence.source, other.file, other.occurrences))
  }

  const byEvent = new Map<string, { renderings: number; found: number; candidates: number; correct: number }>()
  const eventEntry = (event: string) => {
    let entry = byEvent.get(event)
    if (entry === undefined) byEvent.set(event, (entry = { renderings: 0, found: 0, candidates: 0, correct: 0 }))
    return entry
  }
  const byLine: OutletScores['byLine'] = []
  let found = 0
  for (const entry of located) {
    let lineFound = 0
    for (const target of entry.renderings) {
      eventEntry(entry.line.event).renderings++
      if (output.candidates.some((candidate) => finds(candidate, entry, target))) {
        lineFound++
        eventEntry(entry.line.event).found++
      }
    }
    found += lineFound
    byLine.push({ line: entry.line, found: lineFound })
  }
  const unmatched: OutletCandidate[] = []
  let correct = 0
  for (const candidate of output.candidates) {
    const event = eventOf.get(candidate.evidence.rendering.doc) ?? '(unknown)'
    eventEntry(event).candidates++
    if (located.some((entry) => entry.renderings.some((target) => finds(candidate, entry, target)))) {
      correct++
      eventEntry(event).correct++
    } else unmatched.push(candidate)
  }
  const renderings = located.reduce((sum, entry) => sum + entry.renderings.length, 0)
  return {
    renderings, found, recall: found / Math.max(1, renderings),
    candidates: output.candidates.length, correct, precision: correct / Math.max(1, output.candidates.length),
    byEvent, byLine, unmatched
  }
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
}
