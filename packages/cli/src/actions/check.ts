import { stat } from 'node:fs/promises'
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path'
import { VFile } from 'vfile'
import { reporterNames, reporters, type ReporterName } from '@renderings/check-report'
import { readTextFile } from '@renderings/corpus'
import { isRenderingsError, RenderingsError } from '@renderings/errors'
import { addFindingMessage, checkAcrossFiles, createChecker, restoreChecker, retextRenderings, type Checker, type Policy } from '@renderings/retext-renderings'
import type { CheckOptions } from '../commands/check.js'
import { configFor } from './check-config.js'
import { inlineSmallFunctionsOnly } from './small-inlining.js'
import { findUpward, IgnoreRules, resolveInputs, type CheckInput } from './check-files.js'
import { cacheKey, readCachedChecker, writeCachedChecker } from './check-cache.js'
import { compiledDatabaseGlossary, glossaryFile, loadGlossary, type GlossaryLookAhead } from './check-glossary.js'

/** Files larger than this are checked piece by piece (bounded memory). */
const wholeFileLimit = 16 * 1024 * 1024

interface Group {
  checker: Checker
  files: VFile[]
}

/**
 * `renderings check`: returns the exit code (0 no errors, 1 errors, or
 * warnings under --frail); throws a RenderingsError (exit 2) when the check
 * cannot run: bad arguments, no or empty glossary, bad config, unreadable file.
 */
export async function runCheck(patterns: string[], options: CheckOptions, ahead?: GlossaryLookAhead): Promise<number> {
  // The matcher's scan is one call over the whole text: compiling it with
  // V8's default inlining took its optimiser 68 ms; with the limit a cold
  // check of 1 MB took 151–170 ms in the process instead of 173–219 (fastest
  // and median of 11), and 10 MB no longer.
  inlineSmallFunctionsOnly()
  if (!(reporterNames as readonly string[]).includes(options.reporter)) {
    throw new RenderingsError(`unknown --reporter "${options.reporter}", expected ${reporterNames.join(', ')}`, { code: 'EUSAGE' })
  }
  for (const [flag, value] of [['--lang', options.lang], ['--source-lang', options.sourceLang]] as const) {
    if (value !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/.test(value)) throw new RenderingsError(`${flag} "${value}" is not a language code such as fr`, { code: 'EUSAGE' })
  }
  const cwd = process.cwd()
  const inputs = await resolveInputs(patterns, cwd)
  if (options.source !== undefined && inputs.length !== 1) {
    throw new RenderingsError(`--source pairs one source with one translation, but ${inputs.length} files are checked`, { code: 'EUSAGE' })
  }
  const ignoreFile = options.ignore ? await findUpward(cwd, '.renderingsignore') : undefined
  const globalIgnore = ignoreFile ? await IgnoreRules.fromFile(ignoreFile) : undefined
  const configIgnores = new Map<string, Promise<IgnoreRules>>()

  const groups = new Map<string, Group>()
  const checkers = new Map<string, Promise<Checker>>()
  const output: VFile[] = []
  for (const input of inputs) {
    const config = await configFor(input.absolute, options.config)
    let configIgnore: Promise<IgnoreRules> | undefined
    if (options.ignore && config.path && config.policy.ignore) {
      configIgnore = configIgnores.get(config.path) ?? IgnoreRules.create(dirname(config.path), config.policy.ignore)
      configIgnores.set(config.path, configIgnore)
    }
    if (globalIgnore?.ignores(input.absolute) || (await configIgnore)?.ignores(input.absolute)) {
      if (input.explicit) {
        const file = new VFile({ path: input.display })
        file.info('Not checked: the file is ignored (.renderingsignore or the config’s "ignore")', { ruleId: 'ignored-file', source: 'renderings-check' })
        output.push(file)
      }
      continue
    }
    const key = config.path ?? ''
    let pending = checkers.get(key)
    if (!pending) {
      pending = buildChecker(config.path, config.policy, options, ahead)
      checkers.set(key, pending)
    }
    const checker = await pending
    let group = groups.get(key)
    if (!group) {
      group = { checker, files: [] }
      groups.set(key, group)
    }
    const file = await checkFile(input, checker, options)
    output.push(file)
    if (file.data.renderings) group.files.push(file)
  }
  for (const group of groups.values()) checkAcrossFiles(group.checker, group.files)

  const reporterOptions = { verbose: options.verbose === true, quiet: options.quiet === true, color: false }
  process.stdout.write(reporters[options.reporter as ReporterName](output, reporterOptions))
  const messages = output.flatMap((file) => file.messages)
  if (messages.some((message) => message.fatal === true)) return 1
  if (options.frail && messages.some((message) => message.fatal === false)) return 1
  return 0
}

async function buildChecker(configPath: string | undefined, policy: Policy, options: CheckOptions, ahead: GlossaryLookAhead | undefined): Promise<Checker> {
  // --glossary wins; else the config's "glossary", relative to the config file; else the built database.
  const glossary = options.glossary ?? (configPath && policy.glossary ? resolve(dirname(configPath), policy.glossary) : undefined)
  const effective: Policy = options.lang === undefined ? policy : { ...policy, lang: options.lang }
  const policyFile = configPath === undefined ? {} : { policyFile: configPath }
  const file = await glossaryFile(glossary)
  // A glossary database keeps its glossary compiled (the glossary commands
  // write it): restored with this policy, nothing is compiled, cached or hashed.
  const database = await (ahead?.file === file ? ahead.found : compiledDatabaseGlossary(file))
  const restored = database && 'compiled' in database ? restoreChecker(database.compiled, { policy: effective, ...policyFile }) : undefined
  if (restored) return restored
  // A database without a current compiled glossary (committed without its
  // .compiled file, or with one another version compiled) costs every run a
  // compile: say so, once the glossary has loaded, with the command that mends it.
  const problem = database === undefined ? undefined : 'problem' in database ? database.problem : 'its compiled glossary could not be restored'
  const warn = (done: string): void => {
    if (problem === undefined) return
    // As given; else (the config's, $RENDERINGS_DB, the built database) relative when below the working folder.
    const below = relative(process.cwd(), file)
    const shown = options.glossary ?? (below !== '' && !below.startsWith('..') && !isAbsolute(below) ? below : file)
    process.stderr.write(`renderings: warning: ${shown}: ${problem}, so this check ${done}; \`renderings glossary compile --db ${shown}\` compiles it once\n`)
  }
  // Else a compiled checker is cached by the glossary's bytes and the policy;
  // a missing glossary file fails in loadGlossary with its proper message.
  const key = options.cache && (await fileExists(file)) ? await cacheKey(file, effective) : undefined
  const cached = key === undefined ? undefined : await readCachedChecker(key)
  if (cached) {
    warn('read the glossary from its cache')
    return cached
  }
  const index = await loadGlossary(glossary)
  const checker = createChecker(index, effective, policyFile)
  warn('compiled the glossary')
  if (key !== undefined) await writeCachedChecker(key, checker)
  return checker
}

async function fileExists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

async function checkFile(input: CheckInput, checker: Checker, options: CheckOptions): Promise<VFile> {
  const file = new VFile({ path: input.display })
  const skip = (why: string): VFile => {
    file.message(`Skipped: ${why}`, { ruleId: 'skipped-file', source: 'renderings-check' }).fatal = false
    return file
  }
  let size: number
  try {
    size = (await stat(input.absolute)).size
  } catch (error) {
    throw new RenderingsError('no such file', { code: 'ENOENT', file: input.display, cause: error })
  }
  const targetLang = options.lang ?? checker.policy.lang
  const languages = { ...(options.sourceLang === undefined ? {} : { sourceLang: options.sourceLang }), ...(targetLang === undefined ? {} : { targetLang }) }
  try {
    if (size > wholeFileLimit) {
      if (options.source !== undefined || extname(input.absolute).toLowerCase() === '.tmx') {
        throw new RenderingsError(`is ${size} bytes: bilingual input is limited to ${wholeFileLimit} bytes`, { code: 'ETOOBIG', file: input.display })
      }
      const document = checker.document(input.display)
      const { checkInPieces } = await import('./check-stream.js')
      await checkInPieces(input.absolute, input.display, document)
      return withReport(file, document.finish())
    }
    const text = await readTextFile(input.absolute)
    if (extname(input.absolute).toLowerCase() === '.tmx') {
      const document = checker.document(input.display)
      const { checkTmx } = await import('./check-bilingual.js')
      await checkTmx(text, input.display, document, languages)
      return withReport(file, document.finish())
    }
    file.value = text
    if (options.source !== undefined) {
      const { alignedPairs } = await import('./check-bilingual.js')
      file.data.renderingsPairs = await alignedPairs(await readTextFile(resolve(options.source)), text, languages)
    }
  } catch (error) {
    if (isRenderingsError(error) && error.code === 'EBINARY' && error.file !== undefined && error.file.endsWith(input.display.split('/').pop()!)) {
      return skip('binary file (contains NUL bytes)')
    }
    throw error
  }
  // No tree is needed (terms are matched on the text): the plugin's
  // transformer runs on the file directly, without loading a unified
  // processor to parse nothing.
  await retextRenderings({ checker })(undefined as never, file)
  file.value = ''
  return file
}

function withReport(file: VFile, report: ReturnType<ReturnType<Checker['document']>['finish']>): VFile {
  file.data.renderings = report
  for (const finding of report.findings) addFindingMessage(file, finding)
  return file
}
