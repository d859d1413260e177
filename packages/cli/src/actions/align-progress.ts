/**
 * Progress on stderr for long alignments: a bar redrawn in place when
 * stderr is a terminal (the search reports every 2,048 rows), otherwise one
 * line per stage (logs stay readable).
 * Short inputs print nothing.
 */
export function progressReporter(totalSentences: number): ((stage: string, fraction: number) => void) | undefined {
  if (totalSentences < 5_000) return undefined
  const stream = process.stderr
  if (stream.isTTY) {
    return (stage, fraction) => {
      const width = 30
      const filled = Math.round(fraction * width)
      stream.write(`\ralign [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(fraction * 100)}% ${stage.padEnd(12)}`)
      if (fraction >= 1) stream.write('\n')
    }
  }
  let lastStage: string | undefined
  return (stage, fraction) => {
    if (stage === lastStage) return
    lastStage = stage
    stream.write(`align: ${stage} (${Math.round(fraction * 100)}%)\n`)
  }
}
