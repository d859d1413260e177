// Tools from outside npm that some tests use: Debian packages that `.ci/run`
// installs. Each probe checks that the tool really runs (a file being there
// is not enough: /usr/bin/python3 without translate-toolkit, a jing wrapper
// without Java), once per test file. A test that needs a missing tool skips
// and says which one and which Debian package brings it.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { TestContext } from 'vitest'

/** A tool a test may need, and how to tell that it works here. */
export interface ExternalTool {
  /** What the skip message names: the tool and the Debian package that brings it. */
  readonly name: string
  /** Undefined when the tool works; otherwise why it does not. */
  readonly problem: () => string | undefined
}

function tool(name: string, check: () => string | undefined): ExternalTool {
  let result: { problem: string | undefined } | undefined
  return {
    name,
    problem: () => (result ??= { problem: check() }).problem
  }
}

/** Runs `command args` and reports why it failed, if it did. */
function runs(command: string, args: readonly string[], timeout = 30_000): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout, stdio: ['ignore', 'pipe', 'pipe'] })
  if (result.error !== undefined) return `${command}: ${(result.error as NodeJS.ErrnoException).code ?? result.error.message}`
  if (result.status !== 0) return `${[command, ...args].join(' ').slice(0, 80)} exited ${result.status}: ${result.stderr.trim().split('\n').pop() ?? ''}`
  return undefined
}

const present = (path: string): string | undefined => (existsSync(path) ? undefined : `${path} not found`)

export const systemPython = '/usr/bin/python3'
/** Debian's Java runtime, which jing and Saxon run on. */
export const java = tool('Java (Debian package default-jre-headless)', () => runs('java', ['-version']))
/** Debian's Saxon HE: the XSLT 2 processor that runs the compiled Schematron. */
export const saxonJar = '/usr/share/java/Saxon-HE.jar'
/**
 * The ISO Schematron "skeleton" compiler, as Debian ships it: the XSLT
 * pipeline of python3-lxml's isoschematron (include, abstract expansion,
 * SVRL), which we run with Saxon.
 */
export const schematronSkeletonFolder = '/usr/lib/python3/dist-packages/lxml/isoschematron/resources/xsl/iso-schematron-xslt1'

export const translateToolkit = tool('translate-toolkit (Debian package translate-toolkit)', () =>
  present(systemPython) ?? runs(systemPython, ['-c', 'import translate.storage.tbx, translate.storage.tmx'])
)
export const jing = tool('jing (Debian package jing)', () => present('/usr/bin/jing') ?? java.problem() ?? present('/usr/share/java/jing.jar'))
export const saxon = tool('Saxon HE (Debian package libsaxonhe-java)', () => java.problem() ?? present(saxonJar))
export const schematronSkeleton = tool('the ISO Schematron skeleton (Debian package python3-lxml)', () => present(`${schematronSkeletonFolder}/iso_svrl_for_xslt1.xsl`))
export const xmllint = tool('xmllint (Debian package libxml2-utils)', () => runs('xmllint', ['--version']))
export const chromium = tool('Chromium (Debian package chromium)', () => present('/usr/bin/chromium') ?? runs('/usr/bin/chromium', ['--headless', '--no-sandbox', '--version']))
export const unicodeData = tool('Unihan (Debian package unicode-data)', () =>
  existsSync('/usr/share/unicode/Unihan_Readings.txt') ? undefined : present('/usr/share/unicode/Unihan_Readings.txt.bz2')
)

/**
 * Python 3 as `python3` on the PATH (the one `pip` installs PySpark into),
 * or $RENDERINGS_PYTHON.
 */
export const pythonCommand = process.env['RENDERINGS_PYTHON'] ?? 'python3'
export const python = tool('Python 3 (Debian package python3)', () => runs(pythonCommand, ['-c', 'import sys; sys.exit(sys.version_info < (3, 8))']))
/** PySpark, which brings Spark itself (its jars) with it; PyPI is its only source. */
export const pyspark = tool('PySpark (python module pyspark: pip install pyspark)', () => python.problem() ?? runs(pythonCommand, ['-c', 'import pyspark']))
/** Java 17 or later, which Spark 3.5 and 4 both run on. */
export const java17 = tool('Java 17 (Debian package openjdk-17-jre-headless)', () => {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8', timeout: 30_000 })
  if (result.error !== undefined) return `java: ${(result.error as NodeJS.ErrnoException).code ?? result.error.message}`
  const major = /version "(\d+)/.exec(result.stderr)?.[1]
  return major !== undefined && Number(major) >= 17 ? undefined : `java -version says ${result.stderr.split('\n')[0] ?? 'nothing'}`
})

/** The tools among `tools` that do not work here, as one line (empty when all work). */
export function missingTools(...tools: readonly ExternalTool[]): string {
  return tools
    .map((candidate) => ({ name: candidate.name, problem: candidate.problem() }))
    .filter((candidate) => candidate.problem !== undefined)
    .map((candidate) => `${candidate.name}: ${candidate.problem}`)
    .join('; ')
}

/**
 * Skip the running test when one of `tools` does not work here, saying
 * which (in the test's skip note, and on stderr so a whole-suite run shows
 * it too). `.ci/run` installs them all, so CI always runs these tests.
 */
export function requireTools(context: TestContext, ...tools: readonly ExternalTool[]): void {
  const missing = missingTools(...tools)
  if (missing === '') return
  const note = `skipped, needs ${missing}`
  process.stderr.write(`${context.task.name}: ${note}\n`)
  context.skip(note)
}
