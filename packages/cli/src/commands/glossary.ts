import type { Command } from 'commander'

export interface GlossaryDbOptions {
  db?: string
}
export interface GlossaryBuildOptions extends GlossaryDbOptions {
  source?: string
  seeds?: string
}
export interface GlossaryQueryOptions extends GlossaryDbOptions {
  lang?: string
  outlet?: string
  json?: boolean
  limit: string
}
export interface GlossaryShowOptions extends GlossaryDbOptions {
  outlet?: string
  json?: boolean
}
export interface GlossaryAddOptions extends GlossaryDbOptions {
  lang?: string
  text?: string
  status?: string
  note?: string
  gloss?: string
  domain?: string
  contested?: string
  rendering?: string
  doc?: string
  outlet?: string
  date?: string
  sentence?: string
  start?: string
  end?: string
}
export interface GlossaryImportOptions extends GlossaryDbOptions {
  replace?: boolean
  /** true: skip entries that cannot be taken and list them on stderr; a string: list them in that file. */
  skipInvalid?: boolean | string
  progress?: boolean
}
export interface GlossaryExportOptions extends GlossaryDbOptions {
  format: string
  output?: string
  tbxVersion: string
}
export interface GlossaryListOptions extends GlossaryDbOptions {
  json?: boolean
}

const dbHelp = 'glossary database (default: $RENDERINGS_DB, else glossary/renderings.sqlite in the repository)'

/**
 * `renderings glossary …`. Returns the `glossary` command so that other
 * subcommands (the review queue's `glossary review`) can be registered on it
 * from their own file, next to this call in commands/index.ts.
 */
export function registerGlossary(program: Command): Command {
  const glossary = program
    .command('glossary')
    .description('the SQLite glossary of contested phrases: build, compile, query, show, add, import, export, outlets, stats')

  glossary
    .command('build')
    .description('build the database from the curated source and the attestations found in the seeds (atomic)')
    .option('--source <file>', 'curated glossary source (default: glossary/concepts.yaml in the repository)')
    .option('--seeds <folder>', 'a folder of .txt documents (a manifest.json or manifest.jsonl is optional; default: seeds/ in the repository)')
    .option('--db <path>', dbHelp)
    .action(async (options: GlossaryBuildOptions) => {
      const { runGlossaryBuild } = await import('../actions/glossary-build.js')
      await runGlossaryBuild(options)
    })

  glossary
    .command('compile')
    .description('compile the glossary for `renderings check` into FILE.compiled beside the database, if it is not current (write commands do it themselves)')
    .option('--db <path>', dbHelp)
    .action(async (options: GlossaryDbOptions) => {
      const { runGlossaryCompile } = await import('../actions/glossary-compile.js')
      await runGlossaryCompile(options)
    })

  glossary
    .command('query')
    .description('how a phrase has been rendered, by whom, where: renderings per language, outlets, attestations in context')
    .argument('<text>', 'any rendering or part of one, in any language; accents, case and apostrophes do not matter')
    .option('--lang <code>', 'only match renderings in this language')
    .option('--outlet <name>', 'only show attestations from this outlet')
    .option('--limit <n>', 'at most this many concepts', '10')
    .option('--json', 'print JSON')
    .option('--db <path>', dbHelp)
    .addHelpText('after', '\nExamples:\n  renderings glossary query 战后国际秩序\n  renderings glossary query "Tap Can Binh" --json')
    .action(async (text: string, options: GlossaryQueryOptions) => {
      const { runGlossaryQuery } = await import('../actions/glossary-query.js')
      await runGlossaryQuery(text, options)
    })

  glossary
    .command('show')
    .description('one concept by id, with all its renderings and attestations')
    .argument('<id>', 'concept id')
    .option('--outlet <name>', 'only show attestations from this outlet')
    .option('--json', 'print JSON')
    .option('--db <path>', dbHelp)
    .action(async (id: string, options: GlossaryShowOptions) => {
      const { runGlossaryShow } = await import('../actions/glossary-query.js')
      await runGlossaryShow(id, options)
    })

  glossary
    .command('add')
    .description('add a concept, a rendering or an attestation (validated)')
    .argument('<kind>', 'concept, rendering or attestation')
    .argument('<concept>', 'concept id (new for `concept`, existing otherwise)')
    .option('--lang <code>', 'language of the source phrase, rendering or attestation')
    .option('--text <text>', 'the source phrase, or the rendering')
    .option('--status <status>', 'rendering status: preferred, admitted (default), deprecated, superseded, forbidden')
    .option('--note <text>', 'a note on the concept or rendering')
    .option('--gloss <text>', 'concept: short English gloss')
    .option('--domain <text>', 'concept: subject field')
    .option('--contested <text>', 'concept: why it is contested')
    .option('--rendering <text>', 'attestation: the rendering attested, as stored (default: --text)')
    .option('--doc <id>', 'attestation: document id')
    .option('--outlet <name>', 'attestation: outlet (needed when the document is new)')
    .option('--date <date>', 'attestation: document date, YYYY-MM-DD')
    .option('--sentence <n>', 'attestation: sentence index in the document')
    .option('--start <n>', 'attestation: start offset (UTF-16) in the document')
    .option('--end <n>', 'attestation: end offset (UTF-16, exclusive)')
    .option('--db <path>', dbHelp)
    .addHelpText('after', '\nExamples:\n  renderings glossary add concept tariff-truce --lang zh --text 关税休战\n  renderings glossary add rendering tariff-truce --lang en --text "tariff truce" --status preferred')
    .action(async (kind: string, concept: string, options: GlossaryAddOptions) => {
      const { runGlossaryAdd } = await import('../actions/glossary-add.js')
      await runGlossaryAdd(kind, concept, options)
    })

  glossary
    .command('import')
    .description('merge a TBX (v2 or v3, DCA or DCT, of any size: read as a stream), CSV, JSON or YAML glossary into the database, in one transaction')
    .argument('<file>', 'FILE.tbx, FILE.csv, FILE.json or FILE.yaml')
    .option('--replace', 'make the file the whole glossary (concepts not in it are deleted)')
    .option('--skip-invalid [list]', 'TBX: skip entries that cannot be taken (no terms, unknown language or status, duplicate term or id) and list them in the file LIST (else on stderr), instead of importing nothing')
    .option('--progress', 'TBX: report progress on stderr even when it is not a terminal (one line per tenth of the file)')
    .option('--db <path>', dbHelp)
    .action(async (file: string, options: GlossaryImportOptions) => {
      const { runGlossaryImport } = await import('../actions/glossary-import.js')
      await runGlossaryImport(file, options)
    })

  glossary
    .command('export')
    .description('write the whole glossary as TBX-Basic, CSV or JSON')
    .option('--format <format>', 'tbx, csv or json', 'tbx')
    .option('--tbx-version <n>', 'TBX 3 (tbx/conceptEntry, default) or 2 (martif/termEntry, for older tools)', '3')
    .option('-o, --output <file>', 'write to this file (atomically) instead of stdout')
    .option('--db <path>', dbHelp)
    .action(async (options: GlossaryExportOptions) => {
      const { runGlossaryExport } = await import('../actions/glossary-export.js')
      await runGlossaryExport(options)
    })

  glossary
    .command('outlets')
    .description('outlets with their documents and attestations')
    .option('--json', 'print JSON')
    .option('--db <path>', dbHelp)
    .action(async (options: GlossaryListOptions) => {
      const { runGlossaryOutlets } = await import('../actions/glossary-stats.js')
      await runGlossaryOutlets(options)
    })

  glossary
    .command('stats')
    .description('counts of concepts, renderings, attestations, by language, status and origin')
    .option('--json', 'print JSON')
    .option('--db <path>', dbHelp)
    .action(async (options: GlossaryListOptions) => {
      const { runGlossaryStats } = await import('../actions/glossary-stats.js')
      await runGlossaryStats(options)
    })

  return glossary
}
