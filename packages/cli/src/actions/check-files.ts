import { readFile, stat } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Ignore } from 'ignore'
import { RenderingsError } from '@renderings/errors'

/** A file to check: how to show it, where it is, and whether it was named (not found by a glob). */
export interface CheckInput {
  display: string
  absolute: string
  explicit: boolean
}

const globCharacters = /[*?[\]{}]/

/**
 * Expand the command's arguments: plain paths are kept as given (a missing
 * one fails when read), globs are expanded (sorted; one that matches
 * nothing is an error, as a typo in CI must not pass silently).
 */
export async function resolveInputs(patterns: readonly string[], cwd: string): Promise<CheckInput[]> {
  const inputs: CheckInput[] = []
  const seen = new Set<string>()
  const add = (path: string, explicit: boolean): void => {
    const absolute = resolve(cwd, path)
    if (seen.has(absolute)) return
    seen.add(absolute)
    inputs.push({ display: displayPath(absolute, cwd), absolute, explicit })
  }
  for (const pattern of patterns) {
    if (!globCharacters.test(pattern)) {
      add(pattern, true)
      continue
    }
    // Loaded only for globs: most checks name their files.
    const { glob } = await import('tinyglobby')
    const found = (await glob(pattern, { cwd, onlyFiles: true, absolute: true, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] })).sort()
    if (found.length === 0) throw new RenderingsError(`no files match "${pattern}"`, { code: 'ENOMATCH' })
    for (const path of found) add(path, false)
  }
  return inputs
}

/** A path as reports show it: relative to the working directory when inside it, with forward slashes. */
export function displayPath(absolute: string, cwd: string): string {
  const path = relative(cwd, absolute)
  return (path === '' || path.startsWith('..') || isAbsolute(path) ? absolute : path).split(sep).join('/')
}

/** The nearest file called `name` in `folder` or above it. */
export async function findUpward(folder: string, name: string): Promise<string | undefined> {
  let current = resolve(folder)
  for (;;) {
    const candidate = join(current, name)
    try {
      if ((await stat(candidate)).isFile()) return candidate
    } catch {
      // not here: go up
    }
    const parent = dirname(current)
    if (parent === current) return undefined
    current = parent
  }
}

/** gitignore-style patterns anchored at `base` (a .renderingsignore file's folder, or a config file's). */
export class IgnoreRules {
  private constructor(
    private readonly base: string,
    private readonly rules: Ignore
  ) {}

  /** Rules from patterns. The matcher is loaded only here: most checks have no ignore rules. */
  static async create(base: string, patterns: readonly string[]): Promise<IgnoreRules> {
    const { default: ignore } = await import('ignore')
    return new IgnoreRules(base, ignore().add(patterns as string[]))
  }

  /** Read `.renderingsignore` (gitignore syntax, as unified-engine's ignore files). */
  static async fromFile(path: string): Promise<IgnoreRules> {
    const text = await readFile(path, 'utf8')
    return IgnoreRules.create(dirname(path), text.split(/\r?\n/))
  }

  ignores(absolute: string): boolean {
    const path = relative(this.base, absolute)
    if (path === '' || path.startsWith('..') || isAbsolute(path)) return false
    return this.rules.ignores(path.split(sep).join('/'))
  }
}
