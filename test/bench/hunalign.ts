// hunalign (Varga et al. 2005), the peer the alignment benchmark runs side
// by side with `renderings align`. Its source tree lives beside the
// repository (`../shared/anchors/hunalign`); it is built here with g++ and
// make into a cache folder under the system's temporary folder (keyed by a
// hash of the sources, so it is built once), never into the repository.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { IndexBead } from '@renderings/align'
import { anchorsFolder } from '../support/paths.js'

/** The binary, or why there is none. */
export type HunalignBuild = { binary: string; note: string } | { missing: string }

/** Build hunalign (or find the cached build); never throws. */
export function buildHunalign(): HunalignBuild {
  const source = join(anchorsFolder, 'hunalign', 'src')
  if (!existsSync(join(source, 'hunalign', 'Makefile'))) return { missing: `no hunalign source tree at ${join(anchorsFolder, 'hunalign')}` }
  for (const tool of ['g++', 'make']) {
    try {
      execFileSync(tool, ['--version'], { stdio: 'ignore' })
    } catch {
      return { missing: `${tool} is not installed (needed to build hunalign)` }
    }
  }
  const folder = join(tmpdir(), 'renderings-bench', `hunalign-${sourceHash(source)}`)
  const binary = join(folder, 'hunalign')
  if (existsSync(binary)) return { binary, note: `hunalign: cached build in ${folder}` }
  const work = mkdtempSync(join(tmpdir(), 'renderings-hunalign-build-'))
  try {
    const start = performance.now()
    cpSync(source, join(work, 'src'), { recursive: true })
    execFileSync('make', ['-C', join(work, 'src', 'hunalign'), '-j2'], { stdio: 'pipe' })
    mkdirSync(folder, { recursive: true })
    // Copy then rename, so a concurrent or interrupted build never leaves a half-written binary.
    const partial = `${binary}.${process.pid}.partial`
    copyFileSync(join(work, 'src', 'hunalign', 'hunalign'), partial)
    renameSync(partial, binary)
    return { binary, note: `hunalign: built from ${source} in ${((performance.now() - start) / 1000).toFixed(0)} s (cached in ${folder})` }
  } catch (error) {
    const output = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n').at(-1) ?? (error as Error).message
    return { missing: `hunalign did not build: ${output}` }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function sourceHash(folder: string): string {
  const hash = createHash('sha256')
  const visit = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(directory, entry.name)
      if (entry.isDirectory()) visit(path)
      else if (entry.isFile()) hash.update(relative(folder, path)).update('\0').update(readFileSync(path)).update('\0')
    }
  }
  visit(folder)
  return hash.digest('hex').slice(0, 12)
}

/**
 * Write sentences one per line with no final line end: hunalign reads a
 * final newline as one more, empty, sentence.
 */
export function writeSentenceFile(file: string, sentences: readonly string[]): void {
  writeFileSync(file, sentences.join('\n'))
}

/** The arguments of a hunalign run: byte lengths (`-onebyteencoding`), the given dictionary file. */
export function hunalignArguments(dictionary: string, source: string, target: string, extra: readonly string[] = []): string[] {
  return ['-onebyteencoding', ...extra, dictionary, source, target]
}

/**
 * hunalign's ladder (`src TAB tgt TAB score` per rung, from (0, 0) to (n, m))
 * as beads: each two consecutive rungs delimit one bead.
 */
export function ladderBeads(ladder: string): IndexBead[] {
  const rungs = ladder
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t').slice(0, 2).map(Number) as [number, number])
  const beads: IndexBead[] = []
  for (let index = 1; index < rungs.length; index++) {
    const [s0, t0] = rungs[index - 1]!
    const [s1, t1] = rungs[index]!
    beads.push({ source: range(s0, s1), target: range(t0, t1) })
  }
  return beads
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, index) => from + index)
}
