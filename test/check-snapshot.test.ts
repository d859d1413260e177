// A checker restored from its snapshot makes its glossary lazily (a
// rendering when a text matches it, a concept when a rule needs it): it must
// report exactly what the checker built from the glossary reports.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseGlossarySource } from '@renderings/glossary'
import { compileGlossary, createChecker, crossFileFindings, restoreChecker, type AlignedPair, type Checker, type DocumentReport, type Policy } from '@renderings/retext-renderings'
import { readTbx } from '@renderings/tbx'
import { restoredLikeBuilt } from './support/check-glossary.js'
import { repositoryRoot, seedsFolder } from './support/paths.js'

const fixtures = join(repositoryRoot, 'test', 'fixtures', 'check')
const example = join(fixtures, 'example')

const read = (path: string): string => readFileSync(path, 'utf8')

/** The seeds as [file name, text], in name order. */
const seedTexts = (): Array<[string, string]> =>
  readdirSync(seedsFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name): [string, string] => [name, read(join(seedsFolder, name))])

/** The built checker and the one restored from its bytes. */
function bothCheckers(index: Parameters<typeof createChecker>[0], policy: Policy): { built: Checker; restored: Checker } {
  const built = createChecker(index, policy)
  const restored = restoreChecker(built.toBytes())
  if (!restored) throw new Error('the snapshot did not restore')
  return { built, restored }
}

function checkAll(checker: Checker, texts: ReadonlyArray<[string, string]>, pairs: AlignedPair[] = []): { reports: DocumentReport[]; across: Map<string, unknown> } {
  const reports = texts.map(([file, text]) => {
    const document = checker.document(file)
    document.add(text)
    document.addPairs(pairs)
    return document.finish()
  })
  return { reports, across: crossFileFindings(checker, reports) }
}

// Everything a report says, without the objects shared with the glossary.
const findingsOf = (result: ReturnType<typeof checkAll>): unknown => ({
  findings: result.reports.map((report) => report.findings),
  usage: result.reports.map((report) => report.usage.map((concept) => ({ ...concept, uses: concept.uses.map((use) => [use.rendering, use.count, use.occurrences.length]) }))),
  across: [...result.across]
})

describe('restored checkers', () => {
  it('should report the worked example exactly as the built checker does, missing renderings included', () => {
    const index = readTbx(read(join(example, 'glossary.tbx')), 'glossary.tbx')
    const policy = JSON.parse(read(join(example, '.renderingsrc.json'))) as Policy
    const { built, restored } = bothCheckers(index, policy)
    const translation = read(join(example, 'traduction.fr.txt'))
    // One pair per line of the translation and the original (the example is written that way).
    const sources = read(join(example, 'original.zh.txt')).split('\n')
    let offset = 0
    const pairs: AlignedPair[] = translation.split('\n').map((line, number) => {
      const place = { start: { line: number + 1, column: 1, offset }, end: { line: number + 1, column: line.length + 1, offset: offset + line.length } }
      offset += line.length + 1
      return { source: sources[number] ?? '', target: line, targetLang: 'fr', place }
    })
    const expected = checkAll(built, [['traduction.fr.txt', translation]], pairs)
    const actual = checkAll(restored, [['traduction.fr.txt', translation]], pairs)
    expect(findingsOf(actual)).toEqual(findingsOf(expected))
    expect(expected.reports[0]!.findings.map((finding) => finding.ruleId).sort()).toEqual(['deprecated-rendering', 'inconsistent-rendering', 'missing-rendering'])
  })

  it('should report the seeds exactly as the built checker does, with the test glossary and with the project glossary', () => {
    const seeds = seedTexts()
    const policy = JSON.parse(read(join(fixtures, 'seeds-policy.json'))) as Policy
    for (const glossary of [join(fixtures, 'seeds-glossary.yaml'), join(repositoryRoot, 'glossary', 'concepts.yaml')]) {
      const { built, restored } = bothCheckers(parseGlossarySource(read(glossary), glossary), policy)
      const expected = checkAll(built, seeds)
      expect(findingsOf(checkAll(restored, seeds))).toEqual(findingsOf(expected))
      expect(expected.reports.some((report) => report.findings.length > 0)).toBe(true)
      // Restored renderings are the built ones, field for field, once made.
      expect(restoredLikeBuilt(restored.glossary.renderings, built.glossary.renderings)).toEqual({ fields: true, attestations: true })
      const concepts = (checker: Checker): unknown[] => [...checker.glossary.concepts.values()].map((view) => ({ entry: { ...view.entry, terms: [] }, renderings: view.renderings.map((rendering) => rendering.index) }))
      expect(concepts(restored)).toEqual(concepts(built))
    }
  })

  it('should apply a policy to a glossary compiled without one exactly as a checker built with the policy', () => {
    const seeds = seedTexts()
    // Statuses changed, agreed renderings named, and renderings the glossary
    // lacks: one with the key of another concept's rendering, one containing
    // two glossary renderings, one found often inside nothing.
    const policy = JSON.parse(read(join(fixtures, 'policy-adds-renderings.json'))) as Policy
    const glossary = join(repositoryRoot, 'glossary', 'concepts.yaml')
    const index = parseGlossarySource(read(glossary), glossary)
    const built = createChecker(index, policy)
    const restored = restoreChecker(compileGlossary(index), { policy })!
    const expected = checkAll(built, seeds)
    expect(findingsOf(checkAll(restored, seeds))).toEqual(findingsOf(expected))
    expect(restoredLikeBuilt(restored.glossary.renderings, built.glossary.renderings)).toEqual({ fields: true, attestations: true })
    expect(restored.policy).toEqual(built.policy)
    const compiled = restoreChecker(compileGlossary(index))!.glossary.renderingCount
    expect(built.glossary.renderings.slice(compiled).map((rendering) => rendering.text)).toEqual(['président chinois', 'numéro un chinois', 'restrictions d’exportation de terres rares', 'accord final', 'Pékin'])
    const actual = expected.reports.flatMap((report) => report.findings.map((finding) => finding.actual))
    expect(actual).toContain('accord final')
    expect(actual).toContain('restrictions d’exportation de terres rares')
    // A restored and extended checker snapshots again to the same checker.
    const again = restoreChecker(restored.toBytes())!
    expect(findingsOf(checkAll(again, seeds))).toEqual(findingsOf(expected))
    // A snapshot that has a policy already takes no other.
    expect(() => restoreChecker(built.toBytes(), { policy })).toThrow(/compiled with a policy/)
  })

  it('should apply the worked example\'s policy to its glossary compiled without one', () => {
    const index = readTbx(read(join(example, 'glossary.tbx')), 'glossary.tbx')
    const policy = JSON.parse(read(join(example, '.renderingsrc.json'))) as Policy
    const translation = read(join(example, 'traduction.fr.txt'))
    const expected = checkAll(createChecker(index, policy), [['traduction.fr.txt', translation]])
    expect(findingsOf(checkAll(restoreChecker(compileGlossary(index), { policy })!, [['traduction.fr.txt', translation]]))).toEqual(findingsOf(expected))
  })
})
