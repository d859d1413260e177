import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { RenderingsError } from '@renderings/errors'
import type { Policy } from '@renderings/retext-renderings'
import { findUpward } from './check-files.js'

/** The config file's name, found upward from each checked file (unified-engine's `rcName` convention). */
export const configName = '.renderingsrc.json'

/** A loaded config: the policy and where it came from. */
export interface CheckConfig {
  /** The config file, or undefined when none applies (default policy). */
  path: string | undefined
  policy: Policy
}

const cache = new Map<string, Promise<CheckConfig>>()

/** The config that applies to a file: `--config`, else the nearest `.renderingsrc.json` above it, else none. */
export async function configFor(file: string, explicit: string | undefined): Promise<CheckConfig> {
  const path = explicit !== undefined ? resolve(explicit) : await findUpward(dirname(file), configName)
  if (path === undefined) return { path: undefined, policy: {} }
  let loaded = cache.get(path)
  if (!loaded) {
    loaded = readConfig(path)
    cache.set(path, loaded)
  }
  return loaded
}

async function readConfig(path: string): Promise<CheckConfig> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new RenderingsError(code === 'ENOENT' ? 'no such config file' : `cannot read the config file (${code ?? 'error'})`, { code: code ?? 'EREAD', file: path, cause: error })
  }
  try {
    return { path, policy: JSON.parse(text.replace(/^\uFEFF/, '')) as Policy }
  } catch (error) {
    throw new RenderingsError(`is not valid JSON (${(error as Error).message.split('\n')[0]})`, { code: 'ECONFIG', file: path, cause: error })
  }
}
