import type { Bead } from '@renderings/types'
import { highlightAnchors } from './alignment-highlight.js'
import { escapeHtml, htmlPage } from './html-page.js'
import { alignmentStyle } from './alignment-html-style.js'
import { type AlignmentPair, type AlignmentReport, type AlignmentSide, beadShape, doubtfulScore, sideNumbers, summarizeAlignment } from './alignment-model.js'
import { beadLine } from './alignment-text-formats.js'

/** Beads at or above this score are shown green; between it and {@link doubtfulScore}, amber; below, red. */
const confidentScore = 0.8

/**
 * A self-contained HTML page (inline style, no script, no external
 * resource) for a linguist to review an alignment side by side: each bead a
 * row coloured by confidence, shared anchors highlighted in both texts,
 * sentences without counterpart shown as hatched empty cells, uneven bead
 * shapes (2-1, 1-2, …) marked, summary counts on top. All text is escaped.
 */
export function renderAlignmentHtml(report: AlignmentReport): string {
  const sections = report.pairs.map(renderPair).join('\n')
  return htmlPage(report.title, alignmentStyle, `<header><h1>${escapeHtml(report.title)}</h1></header>
<main>
${sections}
</main>`)
}

function renderPair(pair: AlignmentPair): string {
  const summary = summarizeAlignment(pair)
  const cards = [
    [String(summary.beads), 'beads'],
    [`${summary.sourceSentences} / ${summary.targetSentences}`, `${pair.source.lang} / ${pair.target.lang} sentences`],
    [summary.shapes.map((entry) => `${entry.shape}×${entry.count}`).join(' '), 'shapes'],
    [String(summary.unmatched), 'without counterpart'],
    [String(summary.doubtful), `doubtful pairings (score < ${doubtfulScore})`],
    [summary.meanScore.toFixed(2), 'mean score of pairings']
  ]
  return `<section>
<h2>${escapeHtml(pair.source.lang)} → ${escapeHtml(pair.target.lang)} <small>${escapeHtml(pair.source.doc)}${pair.target.doc === pair.source.doc ? '' : ` · ${escapeHtml(pair.target.doc)}`}</small></h2>
<div class="summary">${cards.map(([value, label]) => `<div class="card"><b>${escapeHtml(value!)}</b><span>${escapeHtml(label!)}</span></div>`).join('')}</div>
<div class="legend"><span><i style="background:var(--high-edge)"></i>confident (≥ ${confidentScore})</span><span><i style="background:var(--mid-edge)"></i>check (${doubtfulScore}–${confidentScore})</span><span><i style="background:var(--low-edge)"></i>doubtful (&lt; ${doubtfulScore})</span><span><i style="background:var(--gap-edge)"></i>no counterpart</span><span><mark>anchor</mark> shared by both sides</span></div>
<table>
<colgroup><col class="num"><col class="score"><col><col><col class="evidence"></colgroup>
<thead><tr><th>bead</th><th>score</th><th lang="${escapeHtml(pair.source.lang)}">${escapeHtml(pair.source.lang)}</th><th>${escapeHtml(pair.target.lang)}</th><th>evidence</th></tr></thead>
<tbody>
${pair.beads.map((bead, index) => renderBead(pair, bead, index)).join('\n')}
</tbody>
</table>
</section>`
}

function renderBead(pair: AlignmentPair, bead: Bead, index: number): string {
  // A sentence without counterpart is not a doubtful pairing but a gap: it
  // gets its own neutral colour so red stays for pairings to re-check.
  const gap = bead.source.length === 0 || bead.target.length === 0
  const level = gap ? 'gap' : bead.score >= confidentScore ? 'high' : bead.score >= doubtfulScore ? 'mid' : 'low'
  const shape = beadShape(bead)
  const uneven = shape !== '1-1' ? ' uneven' : ''
  const percent = Math.round(Math.max(0, Math.min(1, bead.score)) * 100)
  return `<tr class="${level}" id="b${index}"><td><b>${index + 1}</b><span class="shape${uneven}">${escapeHtml(shape)}</span><span class="shape">${escapeHtml(beadLine(bead))}</span></td>` +
    (gap ? '<td class="score">—</td>' : `<td class="score"><b>${bead.score.toFixed(2)}</b><div class="bar"><span style="width:${percent}%"></span></div></td>`) +
    side(pair.source, bead, 'source') +
    side(pair.target, bead, 'target') +
    `<td class="evidence"><ul>${bead.evidence.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul></td></tr>`
}

function side(sideData: AlignmentSide, bead: Bead, which: 'source' | 'target'): string {
  const indices = bead[which]
  const lang = escapeHtml(sideData.lang)
  if (indices.length === 0) return `<td class="none" lang="${lang}">no counterpart</td>`
  const numbers = sideNumbers(sideData, indices)
  const sentences = indices.map(
    (index, position) => `<div class="sentence"><small>#${numbers[position]}</small>${highlightAnchors(sideData.sentences[index] ?? '', bead.anchors ?? [], which)}</div>`
  )
  return `<td lang="${lang}">${sentences.join('')}</td>`
}
