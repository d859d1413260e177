import { resolve } from 'node:path'
import { RenderingsError } from '@renderings/errors'
import { writeFileAtomic } from '@renderings/corpus'
import { defaultDatabasePath, listCandidates, loadTermIndex, withStore, type Candidate } from '@renderings/glossary-store'
import type { ProposedRendering } from '@renderings/report'
import type { ReportRenderingsOptions } from '../commands/report.js'

const formats = ['html', 'md', 'json'] as const

/** `renderings report renderings`: the variation report from the glossary database. */
export async function runReportRenderings(options: ReportRenderingsOptions): Promise<void> {
  const format = options.format as (typeof formats)[number]
  if (!formats.includes(format)) {
    throw new RenderingsError(`unknown --format "${options.format}", expected ${formats.join(', ')}`, { code: 'EUSAGE' })
  }
  const database = resolve(options.db ?? (process.env['RENDERINGS_DB'] || defaultDatabasePath()))
  const { index, pending } = await withStore(database, { readonly: true }, async (store) => ({
    index: await loadTermIndex(store),
    pending: options.proposed ? await listCandidates(store, { status: 'pending' }) : []
  }))
  const { buildVariationReport, renderVariationHtml, renderVariationJson, renderVariationMarkdown } = await import('@renderings/report')
  const report = buildVariationReport({ index, proposed: pending.flatMap(toProposed), title: 'Renderings across outlets' })
  const text = format === 'html' ? renderVariationHtml(report) : format === 'md' ? renderVariationMarkdown(report) : renderVariationJson(report)
  if (options.out === undefined) {
    process.stdout.write(text)
    return
  }
  await writeFileAtomic(options.out, text)
  process.stderr.write(`renderings: wrote the variation report (${report.rows.length} concepts, ${report.outlets.length} outlets) to ${options.out}\n`)
}

/** A pending candidate as a proposed rendering (its evidence is its attestation). */
function toProposed(candidate: Candidate): ProposedRendering[] {
  const evidence = candidate.evidence
  if (!Number.isInteger(evidence.start) || !Number.isInteger(evidence.end)) return []
  const proposed: ProposedRendering = {
    sourceLang: candidate.sourceLang ?? 'zh',
    sourceText: candidate.sourceText ?? candidate.conceptId ?? '?',
    lang: candidate.lang,
    text: candidate.text,
    method: candidate.method,
    score: candidate.score,
    attestation: {
      doc: evidence.doc, outlet: candidate.outlet ?? '', date: typeof evidence['date'] === 'string' ? evidence['date'] : '',
      sentence: evidence.sentence, start: evidence.start, end: evidence.end, text: evidence.text,
      origin: candidate.origin === 'aligned' ? 'aligned' : 'mined'
    }
  }
  if (evidence.sentenceText !== undefined && evidence.sentenceStart !== undefined) {
    proposed.attestation.context = evidence.sentenceText
    proposed.attestation.contextStart = evidence.sentenceStart
  }
  if (candidate.conceptId !== undefined) proposed.conceptId = candidate.conceptId
  return [proposed]
}
