import type { Attestation } from '@renderings/types'
import { escapeHtml, htmlPage } from './html-page.js'
import type { VariationReport, VariationRendering, VariationRow } from './variation-model.js'

// Inline, so the file opens anywhere (mail, archive, CI artefact) with no
// network and no other file.
const style = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",sans-serif;margin:1.5rem;color:#1d232a;background:#fafaf7}
h1{font-size:1.4rem;margin:0 0 .3rem}
.summary{color:#555;margin:0 0 1rem}
table{border-collapse:collapse;width:100%;background:#fff;box-shadow:0 1px 3px #0002}
th,td{border:1px solid #d5d8dc;padding:.45rem .55rem;vertical-align:top;text-align:left}
thead th{background:#243b53;color:#fff;position:sticky;top:0}
tbody th{background:#f0f4f8;min-width:14rem;font-weight:normal}
.source{font-size:1.15rem;font-weight:600}
.gloss{color:#486581;font-style:italic}
.glossary{margin:.3rem 0 0;padding-left:1rem;font-size:.85rem;color:#334e68}
.langs{display:flex;gap:.6rem;flex-wrap:wrap}
.lang{flex:1 1 9rem;min-width:9rem}
.code{display:inline-block;font:600 .7rem monospace;background:#d9e2ec;border-radius:3px;padding:0 .3rem;margin-bottom:.2rem}
ul.renderings{list-style:none;margin:0;padding:0}
ul.renderings>li{margin:.15rem 0;padding:.1rem .3rem;border-left:4px solid #9fb3c8}
ul.renderings>li.preferred{border-color:#2f855a}ul.renderings>li.admitted{border-color:#3182ce}
ul.renderings>li.deprecated,ul.renderings>li.forbidden{border-color:#c53030}
ul.renderings>li.superseded{border-color:#975a16}ul.renderings>li.proposed{border-color:#b7791f;background:#fffbea}
.count{font-weight:600;color:#102a43}.dates{color:#627d98;font-size:.8rem}
.status{font-size:.7rem;text-transform:uppercase;color:#627d98}
details ol{margin:.3rem 0;padding-left:1.2rem;font-size:.85rem}
mark{background:#fde68a}
.flag{margin-top:.4rem;padding:.25rem .4rem;background:#fff5f5;border:1px solid #feb2b2;color:#9b2c2c;font-size:.85rem}
.empty{color:#bcccdc}
`

/** The variation report as one self-contained HTML page. */
export function renderVariationHtml(report: VariationReport): string {
  const flags = report.rows.reduce((sum, row) => sum + row.flags.length, 0)
  const head = report.outlets.map((outlet) => `<th scope="col">${escapeHtml(outlet)}</th>`).join('')
  return htmlPage(report.title, style, `<h1>${escapeHtml(report.title)}</h1>
<p class="summary">${report.rows.length} concepts · ${report.outlets.length} outlets · languages ${escapeHtml(report.languages.join(', ') || 'none')} · ${flags} flag${flags === 1 ? '' : 's'} (one document, one original, two renderings)</p>
<table id="variation">
<thead><tr><th scope="col">Concept</th>${head}</tr></thead>
<tbody>
${report.rows.map((row) => renderRow(row, report.outlets)).join('\n')}
</tbody>
</table>`)
}

function renderRow(row: VariationRow, outlets: readonly string[]): string {
  const glossary = row.glossary.length === 0 ? '' : `<ul class="glossary">${row.glossary
    .map((term) => `<li><span class="code">${escapeHtml(term.lang)}</span> ${escapeHtml(term.text)} <span class="status">${term.status}</span></li>`)
    .join('')}</ul>`
  const flags = row.flags
    .map((flag) => `<div class="flag">⚑ ${escapeHtml(flag.doc)} (${escapeHtml(flag.outlet)}) renders it ${flag.renderings.length} ways in ${escapeHtml(flag.lang)}: ${flag.renderings.map((text) => `«${escapeHtml(text)}»`).join(' / ')}</div>`)
    .join('')
  const cells = outlets.map((outlet) => renderCell(row.cells[outlet] ?? [])).join('')
  return `<tr id="concept-${escapeHtml(row.id)}"><th scope="row"><div class="source" lang="${escapeHtml(row.source.lang)}">${escapeHtml(row.source.text)}</div>${row.gloss ? `<div class="gloss">${escapeHtml(row.gloss)}</div>` : ''}${glossary}${flags}</th>${cells}</tr>`
}

function renderCell(renderings: readonly VariationRendering[]): string {
  if (renderings.length === 0) return '<td class="empty">—</td>'
  const languages = [...new Set(renderings.map((rendering) => rendering.lang))]
  const groups = languages.map((lang) => {
    const items = renderings.filter((rendering) => rendering.lang === lang).map(renderRendering).join('')
    return `<div class="lang" lang="${escapeHtml(lang)}"><span class="code">${escapeHtml(lang)}</span><ul class="renderings">${items}</ul></div>`
  })
  return `<td><div class="langs">${groups.join('')}</div></td>`
}

function renderRendering(rendering: VariationRendering): string {
  const dates = rendering.firstDate === rendering.lastDate ? rendering.firstDate : `${rendering.firstDate} – ${rendering.lastDate}`
  return `<li class="${rendering.status}"><details><summary>${escapeHtml(rendering.text)} <span class="count">×${rendering.count}</span> <span class="dates">${escapeHtml(dates)}</span> <span class="status">${rendering.status}</span></summary><ol>${rendering.attestations.map(renderAttestation).join('')}</ol></details></li>`
}

function renderAttestation(attestation: Attestation): string {
  const where = `${escapeHtml(attestation.doc)} · ${escapeHtml(attestation.date)} · sentence ${attestation.sentence + 1} · ${attestation.origin}`
  return `<li>${where}: ${keywordInContext(attestation)}</li>`
}

/** The sentence with the rendering marked, or the rendering alone when no sentence was kept. */
export function keywordInContext(attestation: Attestation): string {
  const { context, contextStart } = attestation
  if (context === undefined || contextStart === undefined) return `<mark>${escapeHtml(attestation.text)}</mark>`
  const from = attestation.start - contextStart
  const to = attestation.end - contextStart
  if (from < 0 || to > context.length || from > to) return `<mark>${escapeHtml(attestation.text)}</mark>`
  return `${escapeHtml(context.slice(0, from))}<mark>${escapeHtml(context.slice(from, to))}</mark>${escapeHtml(context.slice(to))}`
}
