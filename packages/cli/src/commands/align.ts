import type { Command } from 'commander'

export interface AlignCommandOptions {
  srcLang?: string
  tgtLang?: string
  presegmented?: boolean
  format: string
  out?: string
  maxBead: string
}

export function registerAlign(program: Command): void {
  program
    .command('align')
    .description('align a text with its translation sentence by sentence (two files, or the language blocks of one multilingual file)')
    .argument('<src>', 'UTF-8 source text, or one multilingual document')
    .argument('[tgt]', 'UTF-8 translation')
    .option('--src-lang <code>', 'source language (ISO 639-1); with one file, the language to align from')
    .option('--tgt-lang <code>', 'target language (ISO 639-1); with one file, the language to align to')
    .option('--presegmented', 'the files hold one sentence per line')
    .option('--format <format>', 'tmx, tsv, jsonl, beads, html or md', 'beads')
    .option('--out <file>', 'write here (atomically) instead of standard output')
    .option('--max-bead <n>', 'most sentences a side in one bead (4: 1-1, 1-0, 2-1, 2-2, 3-1, 1-4…; 2: the classic shapes)', '4')
    .addHelpText(
      'after',
      '\nExamples:\n  renderings align seeds/003_b9c731b561ac0d7c.txt --format html --out 003.html\n  renderings align de.txt fr.txt --presegmented --src-lang de --tgt-lang fr --format tmx --out de-fr.tmx'
    )
    .action(async (source: string, target: string | undefined, options: AlignCommandOptions) => {
      const { runAlign } = await import('../actions/align.js')
      await runAlign(source, target, options)
    })
}
