import type { VFile } from 'vfile'
import { fileName, levelOf, placeOf, sortedMessages, type ReportMessage } from './message-fields.js'

/** Options of {@link reportJson}. */
export interface JsonOptions {
  /**
   * Indentation (default 0: one line, as vfile-reporter-json and ESLint
   * write JSON for programs; indenting nearly doubled the report of a
   * large file and the time to write it).
   */
  pretty?: number
}

/**
 * Every field of every message as JSON: what vfile-reporter-json gives
 * (`reason`, `ruleId`, `source`, `line`, `column`, `place`, `fatal`, `actual`,
 * `expected`, `note`, `url`) plus the fields it drops: `level`, `conceptId`,
 * `lang`, `status`, `attestation`, `related`, `suppressed`, and `cause`.
 * An array of `{ path, messages }`, files in the order checked.
 */
export function reportJson(files: readonly VFile[], options: JsonOptions = {}): string {
  const value = files.map((file) => ({ path: fileName(file), messages: sortedMessages(file).map(messageJson) }))
  return `${JSON.stringify(value, null, options.pretty ?? 0)}\n`
}

function messageJson(message: ReportMessage): Record<string, unknown> {
  const place = placeOf(message)
  const json: Record<string, unknown> = {
    reason: message.reason,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    level: levelOf(message),
    fatal: message.fatal ?? null,
    line: place?.start.line ?? null,
    column: place?.start.column ?? null,
    place: place ?? null
  }
  for (const field of ['actual', 'expected', 'note', 'url', 'conceptId', 'lang', 'status', 'severity', 'attestation', 'related', 'suppressed'] as const) {
    const value = message[field]
    if (value !== undefined) json[field] = value
  }
  if (message.cause && typeof message.cause === 'object' && 'reason' in message.cause) {
    const cause = message.cause as ReportMessage
    json['cause'] = { reason: cause.reason, place: placeOf(cause) ?? null }
  }
  return json
}
