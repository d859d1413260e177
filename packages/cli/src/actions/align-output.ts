import { RenderingsError } from '@renderings/errors'
import {
  type AlignmentReport,
  renderAlignmentBeads,
  renderAlignmentHtml,
  renderAlignmentJsonl,
  renderAlignmentMarkdown,
  renderAlignmentTmx,
  renderAlignmentTsv
} from '@renderings/report'
import { createRequire } from 'node:module'

export const alignFormats = ['tmx', 'tsv', 'jsonl', 'beads', 'html', 'md'] as const
export type AlignFormat = (typeof alignFormats)[number]

/** Check a --format value. */
export function checkFormat(format: string): AlignFormat {
  if (!(alignFormats as readonly string[]).includes(format)) {
    throw new RenderingsError(`unknown --format "${format}", expected one of ${alignFormats.join(', ')}`, { code: 'EUSAGE' })
  }
  return format as AlignFormat
}

/** The report in the chosen format. */
export function renderAlignment(report: AlignmentReport, format: AlignFormat): string {
  switch (format) {
    case 'tmx':
      return renderAlignmentTmx(report, { creationToolVersion: toolVersion() })
    case 'tsv':
      return renderAlignmentTsv(report)
    case 'jsonl':
      return renderAlignmentJsonl(report)
    case 'beads':
      return renderAlignmentBeads(report)
    case 'html':
      return renderAlignmentHtml(report)
    case 'md':
      return renderAlignmentMarkdown(report)
  }
}

function toolVersion(): string {
  const require = createRequire(import.meta.url)
  return (require('../../package.json') as { version: string }).version
}
