import type { Command } from 'commander'

export interface ReportRenderingsOptions {
  format: string
  out?: string
  db?: string
  proposed: boolean
}

export function registerReport(program: Command): Command {
  const report = program.command('report').description('write reports')
  report
    .command('renderings')
    .description('the variation report: how each outlet renders each concept, with counts, dates, attestations and two-ways flags')
    .option('--format <format>', 'html, md or json', 'html')
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .option('--no-proposed', 'leave out mined candidates still waiting for review')
    .option('--db <path>', 'glossary database (default: $RENDERINGS_DB, else glossary/renderings.sqlite in the repository)')
    .addHelpText('after', '\nExample:\n  renderings report renderings --format html --out renderings.html')
    .action(async (options: ReportRenderingsOptions) => {
      const { runReportRenderings } = await import('../actions/report-renderings.js')
      await runReportRenderings(options)
    })
  return report
}
