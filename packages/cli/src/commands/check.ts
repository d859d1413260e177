import type { Command } from 'commander'

export interface CheckOptions {
  glossary?: string
  config?: string
  reporter: string
  frail?: boolean
  source?: string
  sourceLang?: string
  lang?: string
  verbose?: boolean
  quiet?: boolean
  ignore: boolean
  cache: boolean
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('check translations against the glossary and the project policy (deprecated, forbidden, inconsistent, missing renderings)')
    .argument('<file...>', 'text, Markdown or TMX files, or globs (quoted) such as "docs/**/*.md"')
    .option('--glossary <file>', 'glossary: SQLite database, .tbx, or .yaml/.json source (default: the config\'s "glossary", else the built database)')
    .option('--config <file>', 'policy file (default: the nearest .renderingsrc.json above each checked file)')
    .option('--reporter <name>', 'stylish, json, sarif or github', 'stylish')
    .option('--frail', 'exit 1 on warnings too')
    .option('--source <file>', 'the source text of the (single) checked translation, aligned on the fly for missing-rendering')
    .option('--source-lang <code>', 'language of --source or of the TMX source side (default: each concept\'s source language)')
    .option('--lang <code>', 'language of the checked texts (default: the config\'s "lang")')
    .option('--verbose', 'stylish: show expected renderings, notes with attestations, related places')
    .option('--quiet', 'stylish: only errors and warnings')
    .option('--no-ignore', 'do not read .renderingsignore nor the config\'s "ignore"')
    .option('--no-cache', 'do not reuse nor keep the compiled glossary ($RENDERINGS_CACHE, default: a folder in the temporary directory)')
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 no errors, 1 errors found (warnings too with --frail), 2 the check could not run.',
        '',
        'Examples:',
        '  renderings check traduction.fr.txt --glossary glossary/concepts.yaml',
        '  renderings check "docs/**/*.md" --reporter sarif > renderings.sarif',
        '  renderings check traduction.fr.txt --source original.zh.txt --reporter github'
      ].join('\n')
    )
    .action(async (files: string[], options: CheckOptions) => {
      // The database opens and its compiled glossary is read on other threads while the check's modules load.
      const { lookAhead } = await import('../actions/check-glossary.js')
      const ahead = lookAhead(options.glossary)
      const { runCheck } = await import('../actions/check.js')
      process.exitCode = await runCheck(files, options, ahead)
    })
}
