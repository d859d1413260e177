import type { Command } from 'commander'

export interface StartOptions {
  out: string
  db?: string
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('the main job on the seed corpus: build the glossary, segment, align, mine, and write the reports')
    .option('--out <folder>', 'where to write the results (default: out/ in the repository)')
    .option('--db <path>', 'glossary database to build (default: $RENDERINGS_DB, else glossary/renderings.sqlite in the repository)')
    .addHelpText('after', '\nExample:\n  renderings start            # then open out/renderings.html and out/alignment-*.html')
    .action(async (options: StartOptions) => {
      const { runStart } = await import('../actions/start.js')
      await runStart(options)
    })
}
