import type { VFile } from 'vfile'
import { countLevels, fileName, levelOf, placeOf, sortedMessages, type Level, type ReportMessage } from './message-fields.js'

/** Options of {@link reportStylish}. */
export interface StylishOptions {
  /** ANSI colours (off by default, so output is stable in logs and tests). */
  color?: boolean
  /** Also show each message's expected renderings, note and related places. */
  verbose?: boolean
  /** Leave out info messages (silenced findings included) and files without messages. */
  quiet?: boolean
}

const colors = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m', dim: '\u001b[2m', reset: '\u001b[39m\u001b[22m' }

/**
 * A report for humans in the vfile-reporter layout: one block per file,
 * one line per message (`line:column-line:column  level  reason  ruleId  source`),
 * then a summary such as `3 messages (✖ 2 errors, ⚠ 1 warning)`. Silenced
 * findings show as info with their reason. Custom fields (expected, note,
 * related places) show with `verbose`.
 */
export function reportStylish(files: readonly VFile[], options: StylishOptions = {}): string {
  const paint = (level: Level | 'dim', text: string): string => (options.color ? `${colors[level]}${text}${colors.reset}` : text)
  const blocks: string[] = []
  for (const file of files) {
    const messages = sortedMessages(file).filter((message) => !options.quiet || levelOf(message) !== 'info')
    if (messages.length === 0) {
      if (!options.quiet) blocks.push(`${fileName(file)}: no issues found`)
      continue
    }
    const rows = messages.map((message) => {
      const level = levelOf(message)
      const reason = message.suppressed ? `${message.reason} (silenced: ${message.suppressed.reason})` : message.reason
      return { message, cells: [formatPlace(message), level, reason, message.ruleId ?? '', message.source ?? ''], level }
    })
    const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row.cells[column]!.length)))
    const lines = [fileName(file)]
    for (const row of rows) {
      const [place, level, reason, ruleId, source] = row.cells
      lines.push(`  ${place!.padEnd(widths[0]!)}  ${paint(row.level, level!.padEnd(widths[1]!))}  ${reason}  ${paint('dim', `${ruleId}  ${source}`.trim())}`.trimEnd())
      if (options.verbose) lines.push(...details(row.message).map((text) => `    ${paint('dim', text)}`))
    }
    blocks.push(lines.join('\n'))
  }
  const summary = summarise(countLevels(files))
  return `${blocks.join('\n\n')}${summary === '' ? '' : `\n\n${summary}`}\n`
}

function formatPlace(message: ReportMessage): string {
  const place = placeOf(message)
  if (!place) return '1:1'
  const start = `${place.start.line}:${place.start.column}`
  return place.end ? `${start}-${place.end.line}:${place.end.column}` : start
}

function details(message: ReportMessage): string[] {
  const lines: string[] = []
  if (message.expected && message.expected.length > 0) lines.push(`expected: ${message.expected.join(' | ')}`)
  if (message.note) lines.push(`note: ${message.note}`)
  for (const related of message.related ?? []) {
    lines.push(`see ${related.file ? `${related.file}:` : ''}${related.place.start.line}:${related.place.start.column}: ${related.message}`)
  }
  if (message.url) lines.push(`url: ${message.url}`)
  return lines
}

/** `✖ 2 errors`, `⚠ 1 warning`, or `3 messages (✖ 2 errors, ⚠ 1 warning)`, as vfile-reporter words it. */
function summarise(counts: Record<Level, number>): string {
  const parts: string[] = []
  if (counts.error > 0) parts.push(`✖ ${counts.error} ${counts.error === 1 ? 'error' : 'errors'}`)
  if (counts.warning > 0) parts.push(`⚠ ${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}`)
  if (counts.info > 0) parts.push(`${counts.info} info`)
  const total = counts.error + counts.warning + counts.info
  if (total === 0) return ''
  return parts.length === 1 && counts.info === 0 ? parts[0]! : `${total} ${total === 1 ? 'message' : 'messages'} (${parts.join(', ')})`
}
