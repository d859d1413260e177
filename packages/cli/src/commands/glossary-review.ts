import type { Command } from 'commander'

export interface GlossaryReviewOptions {
  db?: string
  accept?: string
  reject?: string
  text?: string
  concept?: string
  status?: string
  reason?: string
  all?: boolean
  json?: boolean
}

/** `renderings glossary review`: the review queue of mined candidates. */
export function registerGlossaryReview(glossary: Command): void {
  glossary
    .command('review')
    .description('list mined candidates, and accept (optionally edited) or reject them; interactive on a terminal')
    .option('--accept <id>', 'accept candidate ID: it becomes an admitted rendering with its attestation')
    .option('--text <text>', 'with --accept: the rendering as it should be stored')
    .option('--concept <id>', 'with --accept: attach to this concept')
    .option('--status <status>', 'with --accept: admitted (default), deprecated, superseded, forbidden, or preferred')
    .option('--reject <id>', 'reject candidate ID')
    .option('--reason <text>', 'with --reject: why, kept for the record')
    .option('--all', 'list accepted and rejected candidates too')
    .option('--json', 'print the list as JSON')
    .option('--db <path>', 'glossary database (default: $RENDERINGS_DB, else glossary/renderings.sqlite in the repository)')
    .addHelpText('after', '\nExamples:\n  renderings glossary review\n  renderings glossary review --accept 12 --text "ordre international post-guerre"\n  renderings glossary review --reject 13 --reason "not a rendering"')
    .action(async (options: GlossaryReviewOptions) => {
      const { runGlossaryReview } = await import('../actions/glossary-review.js')
      await runGlossaryReview(options)
    })
}
