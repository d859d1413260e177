import { createReadStream } from 'node:fs'
import { RenderingsError } from '@renderings/errors'
import type { DocumentCheck } from '@renderings/retext-renderings'

/** Size of the pieces a large file is checked in (UTF-16 units). */
export const pieceSize = 4 * 1024 * 1024
/** Text kept after a cut inside a paragraph, so a term across the cut is seen whole. */
export const pieceOverlap = 4096

/**
 * Check a file piece by piece, in bounded memory whatever its size: read it
 * as a stream, decode UTF-8 strictly, and hand the document check pieces of
 * about 4 MiB cut at a paragraph break (terms never cross one), or, inside
 * a huge paragraph, at a space with an overlap. A NUL byte makes the file
 * binary (EBINARY), invalid UTF-8 an EENCODING error, both naming the file.
 */
export async function checkInPieces(path: string, display: string, document: DocumentCheck): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let pending = ''
  const flush = (final: boolean): void => {
    while (pending.length > (final ? 0 : pieceSize + pieceOverlap)) {
      if (final && pending.length <= pieceSize + pieceOverlap) {
        document.add(pending)
        pending = ''
        return
      }
      const paragraph = pending.lastIndexOf('\n\n', pieceSize)
      if (paragraph > pieceSize / 2) {
        document.add(pending.slice(0, paragraph + 2))
        pending = pending.slice(paragraph + 2)
        continue
      }
      const space = pending.lastIndexOf(' ', pieceSize)
      const cut = space > pieceSize / 2 ? space + 1 : pieceSize
      document.add(pending.slice(0, cut + pieceOverlap), { end: cut })
      pending = pending.slice(cut)
    }
  }
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) throw new RenderingsError('looks binary (contains NUL bytes), expected UTF-8 text', { code: 'EBINARY', file: display })
      pending += decoder.decode(chunk, { stream: true })
      flush(false)
    }
    pending += decoder.decode()
  } catch (error) {
    if (error instanceof RenderingsError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new RenderingsError('no such file', { code, file: display, cause: error })
    if (code === 'EACCES' || code === 'EISDIR') throw new RenderingsError(code === 'EACCES' ? 'permission denied' : 'is a directory, expected a text file', { code, file: display, cause: error })
    if (error instanceof TypeError) throw new RenderingsError('is not valid UTF-8', { code: 'EENCODING', file: display, cause: error })
    throw error
  }
  flush(true)
}
