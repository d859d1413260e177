// The SARIF reporter's output validated against the SARIF 2.1.0 JSON schema
// (see test/fixtures/check/sarif/README.md for where the schema comes from).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { reportSarif } from '@renderings/check-report'
import { createChecker, retextRenderings } from '@renderings/retext-renderings'
import { checkGlossary } from './support/check-glossary.js'
import { repositoryRoot } from './support/paths.js'

// The schema has one pattern that is only valid without the u flag, hence unicodeRegExp: false below.
const schema = JSON.parse(readFileSync(join(repositoryRoot, 'test', 'fixtures', 'check', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object

// CommonJS packages: their classes sit on `default` under nodenext.
const Ajv = ajvDraft04.default
const addFormats = ajvFormats.default

// A forbidden rendering (errors, one silenced) and an admitted one beside the preferred (an inconsistency across files).
const index = checkGlossary({ 'ordre mondial d’après-guerre': 'forbidden' })

async function checkedFiles(): Promise<VFile[]> {
  const checker = createChecker(index)
  const files = [
    new VFile({ path: 'dossier été/a.txt', value: 'L’ordre international post-guerre.\n<!-- renderings-ignore-next-line forbidden-rendering -- cited title -->\nL’ordre mondial d’après-guerre.\nL’ordre mondial d’après-guerre.\n' }),
    new VFile({ path: 'dossier été/b.txt', value: 'L’ordre international d’après-guerre.' })
  ]
  files[0]!.data.renderingsPairs = [{ source: '战后国际秩序', target: 'Rien.', place: { start: { line: 5, column: 1, offset: 140 }, end: { line: 5, column: 6, offset: 145 } } }]
  const processor = unified()
    .use(function () {
      this.parser = () => ({ type: 'RootNode', children: [] }) as never
    })
    .use(retextRenderings, { checker })
  for (const file of files) await processor.run(processor.parse(file), file)
  const { checkAcrossFiles } = await import('@renderings/retext-renderings')
  checkAcrossFiles(checker, files)
  files.push(new VFile({ path: 'image.png' }))
  files[2]!.message('Skipped: binary file', { ruleId: 'skipped-file', source: 'renderings-check' }).fatal = false
  return files
}

describe('check: SARIF output', () => {
  it('should be valid SARIF 2.1.0 and carry every kind of result', async () => {
    const log = JSON.parse(reportSarif(await checkedFiles(), { toolVersion: '0.0.0' })) as {
      runs: Array<{ results: Array<{ ruleId: string; level: string; suppressions?: unknown[]; relatedLocations?: unknown[]; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>
    }
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
    addFormats(ajv)
    const validate = ajv.compile(schema)
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    const results = log.runs[0]!.results
    expect(results.map((result) => `${result.ruleId}:${result.level}`)).toEqual([
      'inconsistent-rendering:error',
      'forbidden-rendering:error',
      'forbidden-rendering:error',
      'missing-rendering:error',
      'skipped-file:warning'
    ])
    expect(results[1]!.suppressions).toEqual([{ kind: 'inSource', justification: 'cited title' }])
    expect(results[0]!.relatedLocations).toHaveLength(1)
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('dossier%20%C3%A9t%C3%A9/a.txt')
  })

  it('should be rejected by the schema when broken (the validation is real)', async () => {
    const log = JSON.parse(reportSarif(await checkedFiles())) as { runs: Array<{ results: Array<Record<string, unknown>> }> }
    log.runs[0]!.results[0]!['level'] = 'fatal'
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
    addFormats(ajv)
    expect(ajv.validate(schema, log)).toBe(false)
  })
})
