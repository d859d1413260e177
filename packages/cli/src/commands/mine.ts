import type { Command } from 'commander'

export interface MineOptions {
  json?: boolean
  db?: string
  minScore: string
  dryRun?: boolean
  glossary?: string
  minDocuments?: string
  batch?: boolean
}

export function registerMine(program: Command): void {
  program
    .command('mine')
    .description('find renderings in documents (quoted Chinese originals, the same statement across outlets, parallel texts) and queue them for review')
    .argument('[path...]', 'text files, or folders of them (one folder per event; a manifest.json or manifest.jsonl is optional; default: seeds/ in the repository); with --batch, a JSON Lines file (default: standard input)')
    .option('--json', 'print the candidates with their evidence as JSON')
    .option('--min-score <n>', 'lowest score of a same-statement match, 0 to 1', '0.5')
    .option('--min-documents <n>', 'fewest documents that must render a clause of a Chinese original for its renderings to be proposed', '2')
    .option('--dry-run', 'do not write to the review queue')
    .option('--glossary <file>', 'mine with this glossary (curated YAML or JSON, TBX, or a glossary database) instead of the database\'s')
    .option('--batch', 'read one event per line as JSON ({"event", "documents": [{"id", "outlet", "lang", "text"}, …]}), write its candidates as one line; queues nothing')
    .option('--db <path>', 'glossary database (default: $RENDERINGS_DB, else glossary/renderings.sqlite in the repository)')
    .addHelpText('after', '\nExamples:\n  renderings mine\n  renderings mine seeds/ --json > candidates.json\n  renderings glossary review\n  renderings mine --batch < events.jsonl > candidates.jsonl')
    .action(async (paths: string[], options: MineOptions) => {
      if (options.batch === true) {
        const { runMineBatch } = await import('../actions/mine-batch.js')
        await runMineBatch(paths, options)
        return
      }
      const { runMine } = await import('../actions/mine.js')
      await runMine(paths, options)
    })
}
