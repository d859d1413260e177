import type { Command } from 'commander'

export interface SegmentOptions {
  format: 'text' | 'jsonl'
  glossary?: string
}

export function registerSegment(program: Command): void {
  program
    .command('segment')
    .description('split documents into language blocks, sentences and Chinese words, with offsets')
    .argument('<file...>', 'UTF-8 text files')
    .option('--format <format>', 'text or jsonl (one JSON object per sentence)', 'text')
    .option('--glossary <file>', 'curated glossary whose Chinese terms stay whole words (default: glossary/concepts.yaml in the repository)')
    .addHelpText('after', '\nExample:\n  renderings segment seeds/000_7cfc629149e3abd0.txt --format jsonl')
    .action(async (files: string[], options: SegmentOptions) => {
      const { runSegment } = await import('../actions/segment.js')
      await runSegment(files, options)
    })
}
