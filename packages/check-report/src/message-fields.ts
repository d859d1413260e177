import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'

/** A point as unist counts it (1-based line and column, 0-based offset). */
export interface ReportPoint {
  line: number
  column: number
  offset?: number
}

/** Start and (when known) end of a message, whatever shape its `place` has. */
export interface ReportPlace {
  start: ReportPoint
  end?: ReportPoint
}

export type Level = 'error' | 'warning' | 'info'

/** Custom fields renderings messages may carry (see @renderings/retext-renderings). */
export interface ExtraFields {
  conceptId?: string
  lang?: string
  status?: string
  severity?: Level
  attestation?: unknown
  related?: Array<{ file?: string; place: ReportPlace; message: string }>
  suppressed?: { reason: string; place?: ReportPlace; severity?: Level }
}

export type ReportMessage = VFileMessage & ExtraFields

/** vfile-message v4 keeps the place in `place` (a point or a position); `line`/`column` mirror its start. */
export function placeOf(message: VFileMessage): ReportPlace | undefined {
  const place = message.place as unknown
  if (place && typeof place === 'object') {
    if ('start' in place) {
      const position = place as { start: ReportPoint; end?: ReportPoint }
      return position.end ? { start: position.start, end: position.end } : { start: position.start }
    }
    if ('line' in place) return { start: place as ReportPoint }
  }
  if (typeof message.line === 'number') return { start: { line: message.line, column: message.column ?? 1 } }
  return undefined
}

/** error (fatal), warning (fatal false) or info (fatal undefined), as unified-engine counts. */
export function levelOf(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** A file's name as reports show it. */
export function fileName(file: VFile): string {
  return file.path || '<stdin>'
}

/** Messages in place order (files keep their own order). */
export function sortedMessages(file: VFile): ReportMessage[] {
  // Each message's place is read once, not at each of the sort's comparisons.
  const keyed = (file.messages as ReportMessage[]).map((message) => {
    const start = placeOf(message)?.start
    return { message, line: start?.line ?? 0, column: start?.column ?? 0 }
  })
  keyed.sort((a, b) => a.line - b.line || a.column - b.column || String(a.message.ruleId).localeCompare(String(b.message.ruleId)))
  return keyed.map((entry) => entry.message)
}

/** Counts of errors, warnings and info messages (silenced ones are info). */
export function countLevels(files: readonly VFile[]): Record<Level, number> {
  const counts: Record<Level, number> = { error: 0, warning: 0, info: 0 }
  for (const file of files) for (const message of file.messages) counts[levelOf(message)]++
  return counts
}
