import type { Command } from 'commander'

export interface AlignCommandOptions {
  srcLang?: string
  tgtLang?: string
  presegmented?: boolean
  format?: string
  out?: string
  maxBead: string
  batch?: boolean
  withText?: boolean
}

export function registerAlign(program: Command): void {
  program
    .command('align')
    .description('align a text with its translation sentence by sentence (two files, the language blocks of one multilingual file, or document pairs as JSON Lines with --batch)')
    .argument('[src]', 'UTF-8 source text, or one multilingual document (with --batch: a JSON Lines file, default standard input)')
    .argument('[tgt]', 'UTF-8 translation')
    .option('--src-lang <code>', 'source language (ISO 639-1); with one file, the language to align from')
    .option('--tgt-lang <code>', 'target language (ISO 639-1); with one file, the language to align to')
    .option('--presegmented', 'the files (with --batch: the texts) hold one sentence per line')
    .option('--format <format>', 'tmx, tsv, jsonl, beads, html or md (default: beads)')
    .option('--out <file>', 'write here (atomically) instead of standard output')
    .option('--batch', 'read one document pair per line as JSON ({"id", "src", "tgt", "srcLang", "tgtLang"}), write one alignment per line')
    .option('--with-text', 'with --batch: the answers carry the sentences of each side as text')
    .option('--max-bead <n>', 'most sentences a side in one bead (4: 1-1, 1-0, 2-1, 2-2, 3-1, 1-4…; 2: the classic shapes)', '4')
    .addHelpText(
      'after',
      '\nExamples:\n  renderings align seeds/003_b9c731b561ac0d7c.txt --format html --out 003.html\n  renderings align de.txt fr.txt --presegmented --src-lang de --tgt-lang fr --format tmx --out de-fr.tmx\n  renderings align --batch < pairs.jsonl > alignments.jsonl'
    )
    .action(async (source: string | undefined, target: string | undefined, options: AlignCommandOptions) => {
      if (options.batch === true) {
        const { runAlignBatch } = await import('../actions/align-batch.js')
        await runAlignBatch(source, target, options)
        return
      }
      const { runAlign } = await import('../actions/align.js')
      await runAlign(source, target, options)
    })
}
