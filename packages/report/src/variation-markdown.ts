import { escapeMarkdownCell } from './variation-escape.js'
import type { VariationReport, VariationRendering } from './variation-model.js'

/**
 * The variation report in Markdown: the concept × outlet table, then one
 * line per attestation under each concept, then the flags.
 */
export function renderVariationMarkdown(report: VariationReport): string {
  const lines: string[] = [`# ${report.title}`, '']
  lines.push(`${report.rows.length} concepts, ${report.outlets.length} outlets, languages: ${report.languages.join(', ') || 'none'}.`, '')
  if (report.rows.length === 0) return `${lines.join('\n')}\nNo attested renderings.\n`
  lines.push(`| Concept | ${report.outlets.map(escapeMarkdownCell).join(' | ')} |`)
  lines.push(`| --- | ${report.outlets.map(() => '---').join(' | ')} |`)
  for (const row of report.rows) {
    const cells = report.outlets.map((outlet) => (row.cells[outlet] ?? []).map(cellEntry).join('<br>') || '—')
    lines.push(`| ${escapeMarkdownCell(row.source.text)}${row.gloss ? ` (${escapeMarkdownCell(row.gloss)})` : ''}${row.flags.length > 0 ? ' ⚑' : ''} | ${cells.join(' | ')} |`)
  }
  lines.push('', '## Attestations', '')
  for (const row of report.rows) {
    lines.push(`### ${row.source.text}${row.gloss ? ` — ${row.gloss}` : ''}`, '')
    for (const [outlet, renderings] of Object.entries(row.cells)) {
      for (const rendering of renderings) {
        for (const attestation of rendering.attestations) {
          lines.push(`- ${outlet} · ${attestation.doc} · ${attestation.date} · s${attestation.sentence + 1} · ${rendering.lang} «${rendering.text}» (${rendering.status}, ${attestation.origin})${attestation.context ? `: ${attestation.context.replace(/\s+/g, ' ')}` : ''}`)
        }
      }
    }
    lines.push('')
  }
  const flags = report.rows.flatMap((row) => row.flags.map((flag) => ({ row, flag })))
  lines.push('## Flags', '')
  if (flags.length === 0) lines.push('None: no document renders one original in two ways.')
  for (const { row, flag } of flags) {
    lines.push(`- ${flag.doc} (${flag.outlet}) renders ${row.source.text} in ${flag.lang} as ${flag.renderings.map((text) => `«${text}»`).join(' and ')}`)
  }
  return `${lines.join('\n')}\n`
}

function cellEntry(rendering: VariationRendering): string {
  const dates = rendering.firstDate === rendering.lastDate ? rendering.firstDate : `${rendering.firstDate}–${rendering.lastDate}`
  const marker = rendering.status === 'proposed' ? ' (proposed)' : ''
  return `${rendering.lang}: ${escapeMarkdownCell(rendering.text)} ×${rendering.count} ${dates}${marker}`
}
