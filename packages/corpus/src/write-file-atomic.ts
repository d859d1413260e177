import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { RenderingsError } from '@renderings/errors'

/**
 * Write `data` to `path` so that readers see either the old file or the whole
 * new one, never half of it: write a temporary file beside it, then rename.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.renderings-tmp-${basename(path)}-${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    await writeFile(temporary, data)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new RenderingsError('cannot write: the folder does not exist', { code: 'ENOENT', file: path, cause: error })
    if (code === 'EACCES' || code === 'EROFS') throw new RenderingsError('cannot write: permission denied', { code: 'EACCES', file: path, cause: error })
    if (code === 'EISDIR') throw new RenderingsError('cannot write: is a directory', { code: 'EISDIR', file: path, cause: error })
    throw error
  }
}
