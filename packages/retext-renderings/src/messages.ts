import type { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { Finding, RelatedLocation } from './finding.js'
import { messageSource } from './rules.js'

/**
 * Fields a renderings message carries beyond vfile-message's well-known
 * ones (`actual`, `expected`, `note`, `url`). Stock vfile reporters drop
 * them; `@renderings/check-report` keeps them.
 */
export interface RenderingsMessageFields {
  conceptId: string
  lang: string
  status?: string
  severity: Finding['severity']
  attestation?: Finding['attestation']
  related: Finding['related']
  suppressed?: Finding['suppressed']
}

export type RenderingsMessage = VFileMessage & Partial<RenderingsMessageFields>

// The findings of one inconsistency share their related place (the
// reference's first use): they share its message too, rather than make
// thousands of identical ones for a large file.
const causes = new WeakMap<RelatedLocation, VFileMessage>()

/**
 * Turn a finding into a message on `file`: errors are fatal (`fatal: true`),
 * warnings not (`false`), info and silenced findings are info (`undefined`),
 * as unified-engine counts them for the exit code. A related place becomes
 * the message's `cause` (a message of its own, as remark-lint does for
 * "defined here").
 */
export function addFindingMessage(file: VFile, finding: Finding): RenderingsMessage {
  const related = finding.related[0]
  let cause = related ? causes.get(related) : undefined
  // A VFileMessage is an Error: its constructor captures a stack trace that
  // vfile-message then replaces with '' (a message's place is in the text,
  // not in the code). Capturing none saves that work on every finding.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: RenderingsMessage
  try {
    if (related && !cause) {
      cause = new VFileMessage(related.file ? `${related.message} (${related.file})` : related.message, { place: related.place, source: messageSource, ruleId: finding.ruleId })
      causes.set(related, cause)
    }
    message = file.message(finding.reason, { place: finding.place, ruleId: finding.ruleId, source: messageSource, ...(cause ? { cause } : {}) }) as RenderingsMessage
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined
  message.actual = finding.actual
  message.expected = finding.expected
  message.note = finding.note
  if (finding.url) message.url = finding.url
  message.conceptId = finding.conceptId
  message.lang = finding.lang
  message.severity = finding.severity
  if (finding.status) message.status = finding.status
  if (finding.attestation) message.attestation = finding.attestation
  message.related = finding.related
  if (finding.suppressed) message.suppressed = finding.suppressed
  return message
}
