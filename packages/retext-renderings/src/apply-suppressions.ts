import type { Checker } from './checker.js'
import type { Finding } from './finding.js'
import { ruleIds } from './rules.js'
import type { Suppression } from './suppressions.js'

/**
 * Let each inline ignore comment silence ONE finding of its rules on its
 * target line (the first in text order): the finding stays in the report as
 * info, with the reason, so JSON and SARIF keep the audit trail. A comment
 * without a reason or with an unknown rule silences nothing and is reported.
 */
export function applySuppressions(checker: Checker, findings: Finding[], suppressions: readonly Suppression[]): Finding[] {
  if (suppressions.length === 0) return findings
  const ordered = [...findings].sort((a, b) => a.place.start.offset - b.place.start.offset)
  const extra: Finding[] = []
  for (const suppression of suppressions) {
    const unknown = suppression.rules.filter((rule) => rule !== 'all' && !(ruleIds as readonly string[]).includes(rule))
    if (suppression.reason === '' || unknown.length > 0) {
      const severity = checker.severity('unexplained-suppression')
      if (severity === 'off') continue
      const why = unknown.length > 0 ? `names unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((rule) => `\`${rule}\``).join(', ')}` : 'gives no reason (write `-- reason`)'
      extra.push({
        ruleId: 'unexplained-suppression',
        severity,
        reason: `Ignored ignore comment: it ${why}`,
        place: suppression.place,
        actual: '',
        expected: [],
        note: 'Syntax: `<!-- renderings-ignore-next-line RULE -- REASON -->` (Markdown) or `%% renderings-ignore-next-line RULE -- REASON` (plain text); `renderings-ignore-line` targets its own line.',
        conceptId: '',
        lang: '',
        related: []
      })
      continue
    }
    const target = ordered.find(
      (finding) => finding.suppressed === undefined && finding.place.start.line === suppression.line && (suppression.rules.includes('all') || suppression.rules.includes(finding.ruleId))
    )
    if (!target) continue
    target.suppressed = { reason: suppression.reason, place: suppression.place, severity: target.severity }
    target.severity = 'info'
  }
  return [...findings, ...extra]
}
