import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { RenderingsError } from '@renderings/errors'

/**
 * Write `data` to `path` so that readers see either the old file or the whole
 * new one, never half of it: write a temporary file beside it, then rename.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  // Math.random, not node:crypto: the name only has to differ from another
  // writer's, and loading crypto (about 6 ms) was paid by every command that
  // imports this package, whether it wrote a file or not.
  const suffix = Math.floor(Math.random() * 0x1_0000_0000).toString(16).padStart(8, '0')
  const temporary = join(dirname(path), `.renderings-tmp-${basename(path)}-${process.pid}-${suffix}`)
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
