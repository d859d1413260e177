// The official TBX-Basic checks, whole: the TBX core RELAX NG grammar (jing)
// and the TBX-Basic DCA Schematron (compiled to XSLT and run with Saxon HE).
// The schemas are LTAC-Global's, kept unchanged beside the repository in
// ../shared/reference/tbx-basic/.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jing, saxon, saxonJar, schematronSkeleton, schematronSkeletonFolder, type ExternalTool } from './external-tools.js'
import { repositoryRoot } from './paths.js'

export const tbxBasicFolder = join(repositoryRoot, '..', 'shared', 'reference', 'tbx-basic')
export const coreSchema = join(tbxBasicFolder, 'schemas', 'core', 'TBXcoreStructV03.rng')
export const dcaSchematron = join(tbxBasicFolder, 'schemas', 'dialect', 'DCA', 'TBX-Basic_DCA.sch')
export const astronomySample = join(tbxBasicFolder, 'Example_Astronomy_DCA_VALID.tbx')

/** The schemas themselves, as a "tool" a test needs (absent where ../shared is). */
export const tbxBasicSchemas: ExternalTool = {
  name: 'the TBX-Basic schemas (../shared/reference/tbx-basic beside the repository)',
  problem: () => (existsSync(dcaSchematron) && existsSync(coreSchema) ? undefined : `${tbxBasicFolder} not found`)
}

/** Everything `validateTbxBasic` needs. */
export const tbxBasicTools: readonly ExternalTool[] = [tbxBasicSchemas, jing, saxon, schematronSkeleton]

/** Errors of the RELAX NG grammar (jing), one per line; empty when valid. */
export function relaxNgErrors(file: string): string[] {
  const result = spawnSync('jing', [coreSchema, file], { encoding: 'utf8' })
  // Debian's jing wrapper warns about optional jars it does not find; only errors matter.
  const errors = `${result.stdout}${result.stderr}`.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('[warning]'))
  if (result.status !== 0 && errors.length === 0) errors.push(`jing exited ${result.status}`)
  return errors
}

function transform(source: string, stylesheet: string, output: string): void {
  const result = spawnSync('java', ['-cp', saxonJar, 'net.sf.saxon.Transform', `-s:${source}`, `-xsl:${stylesheet}`, `-o:${output}`], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`Saxon failed on ${source} with ${stylesheet}: ${result.stderr}`)
}

let compiled: string | undefined

/**
 * The DCA Schematron compiled to an XSLT 2 stylesheet by the ISO skeleton
 * (include, abstract-pattern expansion, SVRL), once per process. Debian
 * ships the skeleton's XSLT 1 edition only (python3-lxml); it refuses a
 * schema whose queryBinding is not `xslt`, so the copy it compiles says
 * `xslt`, and the stylesheet it writes is marked version 2.0, so that Saxon
 * evaluates the schema's XPath 2.0 assertions (`matches()`, `./local-name()`)
 * with XSLT 2 semantics rather than in 1.0 backwards-compatible mode. The
 * assertions themselves are copied unchanged.
 */
export function compiledSchematron(): string {
  if (compiled !== undefined) return compiled
  const folder = mkdtempSync(join(tmpdir(), 'renderings-schematron-'))
  const included = join(folder, 'included.sch')
  const expanded = join(folder, 'expanded.sch')
  const stylesheet = join(folder, 'TBX-Basic_DCA.xsl')
  transform(dcaSchematron, join(schematronSkeletonFolder, 'iso_dsdl_include.xsl'), included)
  transform(included, join(schematronSkeletonFolder, 'iso_abstract_expand.xsl'), expanded)
  const schema = readFileSync(expanded, 'utf8')
  if (!schema.includes('queryBinding="xslt2"')) throw new Error(`${dcaSchematron}: expected queryBinding="xslt2"`)
  writeFileSync(expanded, schema.replace('queryBinding="xslt2"', 'queryBinding="xslt"'))
  transform(expanded, join(schematronSkeletonFolder, 'iso_svrl_for_xslt1.xsl'), stylesheet)
  const xslt = readFileSync(stylesheet, 'utf8')
  const root = /<xsl:stylesheet\b[^>]*?\bversion="1\.0"/.exec(xslt)
  if (root === null) throw new Error(`${stylesheet}: no version="1.0" on the root stylesheet`)
  writeFileSync(stylesheet, xslt.slice(0, root.index) + root[0].replace('version="1.0"', 'version="2.0"') + xslt.slice(root.index + root[0].length))
  compiled = stylesheet
  return stylesheet
}

/** Failed assertions and successful reports of the DCA Schematron, as `message at location`. */
export function schematronErrors(file: string): string[] {
  const report = join(mkdtempSync(join(tmpdir(), 'renderings-svrl-')), 'report.svrl')
  transform(file, compiledSchematron(), report)
  const svrl = readFileSync(report, 'utf8')
  return [...svrl.matchAll(/<svrl:(failed-assert|successful-report)\b[^>]*?location="([^"]*)"[^>]*>\s*<svrl:text>([\s\S]*?)<\/svrl:text>/g)].map(
    (match) => `${match[3]!.replace(/\s+/g, ' ').trim()} at ${match[2]!.replace(/\*\[local-name\(\)='([^']+)' and namespace-uri\(\)='[^']*'\]/g, '$1')}`
  )
}
