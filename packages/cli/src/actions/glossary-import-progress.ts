/** What the import tells its progress reporter. */
export interface ImportProgress {
  /** Bytes of the file read. */
  read: (bytes: number) => void
  /** One more entry read. */
  entry: () => void
  /** Clear the bar before another line goes to stderr. */
  interrupt: () => void
  /** The import is committed. */
  done: () => void
}

const megabyte = 1024 * 1024

/**
 * Progress of a streamed import on stderr: a bar redrawn in place (five
 * times a second at most) when stderr is a terminal; with `--progress`
 * elsewhere, one line per tenth of the file, so a log shows a long import
 * moving. Files under 8 MB print nothing unless asked.
 */
export function importProgress(file: string, totalBytes: number, asked: boolean): ImportProgress | undefined {
  const stream = process.stderr
  const terminal = stream.isTTY === true
  if (!asked && (!terminal || totalBytes < 8 * megabyte)) return undefined
  const started = performance.now()
  let bytes = 0
  let entries = 0
  let shown = 0
  let lastDraw = 0
  let drawn = false
  const status = (): string => {
    const seconds = (performance.now() - started) / 1000
    const percent = totalBytes > 0 ? Math.floor((100 * bytes) / totalBytes) : 100
    const rate = seconds > 0 ? (bytes / megabyte / seconds).toFixed(1) : '…'
    return `${percent}% (${(bytes / megabyte).toFixed(1)} of ${(totalBytes / megabyte).toFixed(1)} MB, ${rate} MB/s, ${entries.toLocaleString('en')} entries)`
  }
  const draw = (): void => {
    if (terminal) {
      const now = performance.now()
      if (now - lastDraw < 200 && bytes < totalBytes) return
      lastDraw = now
      const fraction = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 1
      const width = 24
      const filled = Math.round(fraction * width)
      stream.write(`\rimport [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${status()} `)
      drawn = true
      return
    }
    const tenth = totalBytes > 0 ? Math.floor((10 * bytes) / totalBytes) : 10
    if (tenth <= shown) return
    shown = tenth
    stream.write(`import ${file}: ${status()}\n`)
  }
  return {
    read: (count) => {
      bytes += count
      draw()
    },
    entry: () => {
      entries++
    },
    interrupt: () => {
      if (drawn) stream.write('\n')
      drawn = false
    },
    done: () => {
      if (terminal) {
        lastDraw = 0
        draw()
        stream.write('\n')
        drawn = false
      } else {
        stream.write(`import ${file}: written (${entries.toLocaleString('en')} entries)\n`)
      }
    }
  }
}
