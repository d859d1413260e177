import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import * as api from '@renderings/check-report'
import { reportGithub, reportJson, reportStylish, reporters } from '@renderings/check-report'
import { fixtureFiles } from './fixture-files.js'

describe('@renderings/check-report', () => {
  it('should expose the public api', () => {
    expect(Object.keys(api).sort()).toEqual(['countLevels', 'levelOf', 'placeOf', 'reportGithub', 'reportJson', 'reportSarif', 'reportStylish', 'reporterNames', 'reporters'])
  })

  it('should write the stylish report like vfile-reporter', async () => {
    const files = await fixtureFiles()
    expect(reportStylish(files)).toBe(
      [
        'docs/a b.txt',
        '  1:3-1:34  error    Unexpected deprecated rendering `ordre international post-guerre` of 战后国际秩序, use `ordre international d’après-guerre` instead  deprecated-rendering  retext-renderings',
        '  2:4-2:21  warning  Inconsistent rendering `élément essentiel` of 重要组成部分: this document also uses `élément important` (line 1); use one rendering  inconsistent-rendering  retext-renderings',
        '  4:3-4:34  info     Unexpected deprecated rendering `ordre international post-guerre` of 战后国际秩序, use `ordre international d’après-guerre` instead (silenced: quoted, 100% verbatim)  deprecated-rendering  retext-renderings',
        '',
        'docs/b.txt: no issues found',
        '',
        '3 messages (✖ 1 error, ⚠ 1 warning, 1 info)',
        ''
      ].join('\n')
    )
  })

  it('should show the evidence with verbose and hide info with quiet', async () => {
    const files = await fixtureFiles()
    const verbose = reportStylish(files, { verbose: true })
    expect(verbose).toContain('    expected: ordre international d’après-guerre\n')
    expect(verbose).toContain('“ordre international d’après-guerre” is attested in Le Grand Continent, 2025-11-25 (000_7cfc629149e3abd0, sentence 10)')
    expect(verbose).toContain('    see 1:40: `élément important` is used here')
    const quiet = reportStylish(files, { quiet: true })
    expect(quiet).not.toContain('silenced')
    expect(quiet).not.toContain('docs/b.txt')
  })

  it('should keep every field in JSON', async () => {
    const [first] = JSON.parse(reportJson(await fixtureFiles())) as Array<{ path: string; messages: Array<Record<string, unknown>> }>
    expect(first!.path).toBe('docs/a b.txt')
    expect(first!.messages[0]).toMatchObject({
      ruleId: 'deprecated-rendering',
      source: 'retext-renderings',
      level: 'error',
      fatal: true,
      line: 1,
      column: 3,
      place: { start: { line: 1, column: 3, offset: 2 }, end: { line: 1, column: 34, offset: 33 } },
      actual: 'ordre international post-guerre',
      expected: ['ordre international d’après-guerre'],
      conceptId: 'postwar-order',
      lang: 'fr',
      status: 'deprecated',
      attestation: { outlet: 'Le Grand Continent', doc: '000_7cfc629149e3abd0' }
    })
    expect(first!.messages[1]).toMatchObject({ level: 'warning', related: [{ place: { start: { line: 1, column: 40 } } }], cause: { reason: '`élément important` is used here' } })
    expect(first!.messages[2]).toMatchObject({ level: 'info', fatal: null, suppressed: { reason: 'quoted, 100% verbatim', severity: 'error' } })
  })

  it('should write JSON on one line unless asked to indent, messages in place order', async () => {
    const files = await fixtureFiles()
    const compact = reportJson(files)
    expect(compact.split('\n')).toHaveLength(2)
    expect(compact.endsWith('\n')).toBe(true)
    const indented = reportJson(files, { pretty: 2 })
    expect(indented.split('\n').length).toBeGreaterThan(20)
    expect(JSON.parse(indented)).toEqual(JSON.parse(compact))
    const file = new VFile({ path: 'order.txt' })
    file.message('third', { place: { line: 2, column: 1 }, ruleId: 'b-rule' })
    file.message('second', { place: { start: { line: 1, column: 9 }, end: { line: 1, column: 12 } }, ruleId: 'a-rule' })
    file.message('fourth', { place: { line: 2, column: 1 }, ruleId: 'c-rule' })
    file.message('first', { place: { line: 1, column: 2 }, ruleId: 'z-rule' })
    file.message('second too', { place: { line: 1, column: 9 }, ruleId: 'b-rule' })
    const [report] = JSON.parse(reportJson([file])) as Array<{ messages: Array<{ reason: string }> }>
    expect(report!.messages.map((message) => message.reason)).toEqual(['first', 'second', 'second too', 'third', 'fourth'])
  })

  it('should write GitHub annotations with escaped properties and data', async () => {
    const output = reportGithub(await fixtureFiles())
    expect(output.split('\n')[0]).toBe(
      '::error file=docs/a b.txt,line=1,col=3,endLine=1,endColumn=34,title=retext-renderings%3Adeprecated-rendering::Unexpected deprecated rendering `ordre international post-guerre` of 战后国际秩序, use `ordre international d’après-guerre` instead'
    )
    expect(output.split('\n')[1]).toMatch(/^::warning file=docs\/a b.txt,line=2,col=4,endLine=2,endColumn=21,title=retext-renderings%3Ainconsistent-rendering::Inconsistent/)
    expect(output).not.toContain('silenced')
    expect(output.trimEnd().split('\n')).toHaveLength(2)
  })

  it('should pick reporters by name', async () => {
    const files = await fixtureFiles()
    expect(reporters.json(files)).toBe(reportJson(files))
    expect(JSON.parse(reporters.sarif(files)).version).toBe('2.1.0')
  })
})
