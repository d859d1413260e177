import { retext } from 'retext'
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import * as api from '@renderings/retext-renderings'
import { checkAcrossFiles, createChecker, retextRenderings, type RenderingsMessage } from '@renderings/retext-renderings'
import { checkGlossary, restoredLikeBuilt } from '../../../test/support/check-glossary.js'

const fixtureIndex = checkGlossary()

async function check(text: string, options: Parameters<typeof retextRenderings>[0] = {}, path = 'traduction.txt'): Promise<RenderingsMessage[]> {
  const file = new VFile({ path, value: text })
  await retext().use(retextRenderings, { index: fixtureIndex, ...options }).process(file)
  return file.messages as RenderingsMessage[]
}

const brief = (messages: RenderingsMessage[]): string[] =>
  messages.map((message) => `${message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}` : '?'} ${message.ruleId} ${message.actual}`)

describe('@renderings/retext-renderings', () => {
  it('should expose the public api', () => {
    expect(Object.keys(api).sort()).toEqual([
      'Checker',
      'DocumentCheck',
      'GlossaryView',
      'LineIndex',
      'addFindingMessage',
      'checkAcrossFiles',
      'citedAttestation',
      'compileGlossary',
      'createChecker',
      'crossFileFindings',
      'default',
      'defaultSeverities',
      'keptOccurrences',
      'messageSource',
      'resolvePolicy',
      'restoreChecker',
      'retextRenderings',
      'ruleIds',
      'rules'
    ])
  })

  it('should report a deprecated rendering with place, expected renderings and evidence', async () => {
    const [message, ...rest] = await check('Titre\n\nIl défend l’ordre mondial d’après-guerre.')
    expect(rest).toEqual([])
    expect(message).toMatchObject({
      ruleId: 'deprecated-rendering',
      source: 'retext-renderings',
      fatal: true,
      line: 3,
      column: 13,
      actual: 'ordre mondial d’après-guerre',
      expected: ['ordre international d’après-guerre', 'ordre international post-guerre'],
      conceptId: 'postwar-order',
      lang: 'fr',
      status: 'deprecated'
    })
    expect(message!.place).toEqual({ start: { line: 3, column: 13, offset: 19 }, end: { line: 3, column: 41, offset: 47 } })
    expect(message!.reason).toBe('Unexpected deprecated rendering `ordre mondial d’après-guerre` of 战后国际秩序, use `ordre international d’après-guerre` or `ordre international post-guerre` instead')
    expect(message!.note).toContain('Le Grand Continent, 2025-11-25 (000_7cfc629149e3abd0, sentence 10)')
    expect(message!.attestation?.outlet).toBe('Le Grand Continent')
  })

  it('should treat renderings outside the policy’s agreed ones as deprecated', async () => {
    const policy = { preferred: { 战后国际秩序: { fr: 'ordre international d’après-guerre' } } }
    const messages = await check("Elle fait partie intégrante de l'ordre international post-guerre.", { policy })
    expect(brief(messages)).toEqual(['1:34-1:65 deprecated-rendering ordre international post-guerre'])
    expect(messages[0]!.expected).toEqual(['ordre international d’après-guerre'])
    expect(messages[0]!.note).toContain('according to the project policy')
  })

  it('should report a forbidden rendering, and match through case and no-break spaces', async () => {
    const messages = await check('Un ÉTAT\u00a0TAÏWANAIS ?')
    expect(brief(messages)).toEqual(['1:4-1:18 forbidden-rendering ÉTAT\u00a0TAÏWANAIS'])
    expect(messages[0]!.expected).toEqual(['région de Taïwan'])
  })

  it('should report a concept rendered two ways in one document, pointing at the first', async () => {
    const messages = await check('Un élément important.\nPuis un élément essentiel, et des éléments importants.')
    expect(brief(messages)).toEqual(['2:9-2:26 inconsistent-rendering élément essentiel'])
    expect(messages[0]!.expected).toEqual(['élément important'])
    expect(messages[0]!.reason).toContain('this document also uses `élément important` (line 1)')
    expect((messages[0]!.cause as RenderingsMessage).place).toMatchObject({ start: { line: 1, column: 4 } })
  })

  it('should give the findings of one inconsistency one related place and one cause message', async () => {
    const messages = await check('Un élément important. Puis un élément essentiel.\nEncore un élément essentiel, et une partie intégrante.')
    expect(brief(messages)).toEqual([
      '1:31-1:48 inconsistent-rendering élément essentiel',
      '2:11-2:28 inconsistent-rendering élément essentiel',
      '2:37-2:54 inconsistent-rendering partie intégrante'
    ])
    const causes = new Set(messages.map((message) => message.cause))
    expect(causes.size).toBe(1)
    expect(messages[0]!.cause).toMatchObject({ reason: '`élément important` is used here', place: { start: { line: 1, column: 4 } }, ruleId: 'inconsistent-rendering' })
    expect(messages.map((message) => message.related)).toEqual(messages.map(() => [{ place: messages[0]!.related![0]!.place, message: '`élément important` is used here' }]))
  })

  it('should let the preferred rendering be the reference even when it comes second', async () => {
    const messages = await check('L’ordre international post-guerre, puis l’ordre international d’après-guerre.')
    expect(brief(messages)).toEqual(['1:3-1:34 inconsistent-rendering ordre international post-guerre'])
  })

  it('should report missing renderings for aligned pairs', async () => {
    const file = new VFile({ path: 'cible.txt', value: 'Il faut défendre cet ordre.\nC’est un élément important.' })
    file.data.renderingsPairs = [
      { source: '捍卫战后国际秩序。', target: 'Il faut défendre cet ordre.', place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 28, offset: 27 } } },
      { source: '是重要组成部分。', target: 'C’est un élément important.', place: { start: { line: 2, column: 1, offset: 28 }, end: { line: 2, column: 28, offset: 55 } } }
    ]
    await retext().use(retextRenderings, { index: fixtureIndex, policy: { lang: 'fr' } }).process(file)
    const messages = file.messages as RenderingsMessage[]
    expect(brief(messages)).toEqual(['1:1-1:28 missing-rendering 战后国际秩序'])
    expect(messages[0]!.expected).toEqual(['ordre international d’après-guerre', 'ordre international post-guerre'])
  })

  it('should silence one finding per comment with a reason, and report comments without one', async () => {
    const text = [
      '<!-- renderings-ignore-next-line deprecated-rendering -- quoted from the 2015 speech -->',
      'L’ordre mondial d’après-guerre et l’ordre mondial d’après-guerre.',
      '%% renderings-ignore-next-line deprecated-rendering',
      'L’ordre mondial d’après-guerre.'
    ].join('\n')
    const messages = await check(text)
    expect(brief(messages)).toEqual([
      '2:3-2:31 deprecated-rendering ordre mondial d’après-guerre',
      '2:37-2:65 deprecated-rendering ordre mondial d’après-guerre',
      '3:1-3:52 unexplained-suppression ',
      '4:3-4:31 deprecated-rendering ordre mondial d’après-guerre'
    ])
    expect(messages[0]!.fatal).toBeUndefined()
    expect(messages[0]!.suppressed?.reason).toBe('quoted from the 2015 speech')
    expect(messages[1]!.fatal).toBe(true)
    expect(messages[2]!.fatal).toBe(false)
  })

  it('should set severities from the policy and turn rules off', async () => {
    const text = 'L’ordre mondial d’après-guerre. Un élément important, un élément essentiel.'
    const messages = await check(text, { policy: { rules: { 'deprecated-rendering': 'off', 'inconsistent-rendering': 'warning' } } })
    expect(brief(messages)).toEqual(['1:58-1:75 inconsistent-rendering élément essentiel'])
    expect(messages[0]!.fatal).toBe(false)
  })

  it('should compare the files checked together', async () => {
    const checker = createChecker(fixtureIndex)
    const files = [new VFile({ path: 'a.txt', value: 'Un élément important.' }), new VFile({ path: 'b.txt', value: 'Un élément essentiel.' }), new VFile({ path: 'c.txt', value: 'Un élément important.' })]
    const processor = retext().use(retextRenderings, { checker })
    for (const file of files) await processor.process(file)
    checkAcrossFiles(checker, files)
    expect(files.map((file) => brief(file.messages as RenderingsMessage[]))).toEqual([[], ['1:4-1:21 inconsistent-rendering élément essentiel'], []])
    expect(files[1]!.messages[0]!.reason).toContain('`élément important` is used in a.txt (line 1)')
  })

  it('should give the same places when the text comes in chunks', () => {
    const text = 'Un élément important.\n\nPuis, l’ordre mondial d’après-guerre\net un élément essentiel.'
    const checker = createChecker(fixtureIndex)
    const whole = checker.document('whole')
    whole.add(text)
    const chunked = checker.document('chunked')
    const cut = text.indexOf('\n\n') + 2
    chunked.add(text.slice(0, cut))
    chunked.add(text.slice(cut))
    expect(chunked.finish().findings.map((finding) => finding.place)).toEqual(whole.finish().findings.map((finding) => finding.place))
  })

  it('should refuse an empty glossary and a policy naming an unknown concept', () => {
    expect(() => createChecker({ concepts: [] })).toThrow(/glossary is empty/)
    expect(() => createChecker(fixtureIndex, { preferred: { 'no-such-concept': { fr: 'x' } } })).toThrow(/no concept "no-such-concept"/)
    expect(() => createChecker(fixtureIndex, { rules: { 'no-such-rule': 'error' } } as never)).toThrow(/unknown rule/)
  })
})

describe('checker snapshots', () => {
  it('should restore a checker that reports exactly what the built one reports', async () => {
    const { restoreChecker } = await import('@renderings/retext-renderings')
    const policy = { preferred: { 战后国际秩序: { fr: 'ordre international d’après-guerre' } }, rules: { 'inconsistent-rendering': 'warning' as const } }
    const built = createChecker(fixtureIndex, policy)
    const restored = restoreChecker(built.toBytes())!
    const text = 'Un élément important.\nPuis un élément essentiel et l’ordre international post-guerre, un ÉTAT TAÏWANAIS.'
    const report = (checker: typeof built) => {
      const document = checker.document('a.txt')
      document.add(text)
      return document.finish().findings
    }
    expect(report(restored)).toEqual(report(built))
    expect(report(built).length).toBe(3)
    // A restored checker snapshots again to the same checker.
    const again = restoreChecker(restored.toBytes())!
    expect(report(again)).toEqual(report(built))
    expect(restoredLikeBuilt(again.glossary.renderings, built.glossary.renderings)).toEqual({ fields: true, attestations: true })
    // Every rendering comes back field for field (statuses set by the policy, attestations).
    expect(restoredLikeBuilt(restored.glossary.renderings, built.glossary.renderings)).toEqual({ fields: true, attestations: true })
    expect(built.glossary.renderings.some((rendering) => rendering.decidedBy === 'policy')).toBe(true)
    expect(built.glossary.renderings.some((rendering) => rendering.attestations.length > 0)).toBe(true)
    expect(restoreChecker(new Uint8Array([1, 2, 3]))).toBeUndefined()
  })

  it('should make only the renderings a text matches, and the concepts its findings need', async () => {
    const { restoreChecker } = await import('@renderings/retext-renderings')
    const built = createChecker(fixtureIndex)
    const restored = restoreChecker(built.toBytes())!
    // What the restored view has made so far (its private lists: holes are not made yet).
    const made = () => {
      const view = restored.glossary as unknown as { renderingList: unknown[]; conceptList: unknown[] }
      return { renderings: view.renderingList.filter(Boolean).length, concepts: view.conceptList.filter(Boolean).length }
    }
    expect(made()).toEqual({ renderings: 0, concepts: 0 })
    const document = restored.document('a.txt')
    document.add('Un élément important, puis un élément essentiel.')
    expect(made()).toEqual({ renderings: 2, concepts: 0 })
    const [finding] = document.finish().findings
    expect(finding).toMatchObject({ ruleId: 'inconsistent-rendering', conceptId: 'integral-part', expected: ['élément important'] })
    // The inconsistency's note needs its concept: that one is made, with its four renderings.
    expect(made()).toEqual({ renderings: 4, concepts: 1 })
    expect(restored.glossary.renderingCount).toBe(built.glossary.renderingCount)
    expect(restored.glossary.concept('taiwan-region')?.entry.sourceText).toBe('台湾地区')
    expect(restored.glossary.concept('no-such-concept')).toBeUndefined()
  })
})

describe('concepts by id', () => {
  it('should find every concept by id, searched one at a time and then all numbered, built or restored', async () => {
    const { restoreChecker } = await import('@renderings/retext-renderings')
    const built = createChecker(fixtureIndex)
    const ids = fixtureIndex.concepts.map((concept) => concept.id)
    const answers = (checker: typeof built) => [
      // More misses than the view searches one by one, so the last lookups go through the numbering of every concept.
      ...Array.from({ length: 20 }, (_, miss) => checker.glossary.concept(`no-such-concept-${miss}`)?.entry.id ?? null),
      ...ids.map((id) => checker.glossary.concept(id)?.entry.id ?? null),
      checker.glossary.concept('no-such-concept')?.entry.id ?? null
    ]
    const expected = [...Array.from({ length: 20 }, () => null), ...ids, null]
    expect(answers(createChecker(fixtureIndex))).toEqual(expected)
    expect(answers(restoreChecker(built.toBytes())!)).toEqual(expected)
    // Found one at a time: a few ids, each the concept of that id.
    const restored = restoreChecker(built.toBytes())!
    for (const id of [...ids].reverse()) expect(restored.glossary.concept(id)?.entry.id).toBe(id)
  })
})

describe('policies', () => {
  it('should find concepts named by a rendering, whatever the case and accents', () => {
    const checker = createChecker(fixtureIndex, { preferred: { 'ETAT TAIWANAIS': { fr: 'région de Taïwan' }, 'élément important': { fr: 'élément important' } } })
    expect(checker.glossary.concept('taiwan-region')!.renderings.map((rendering) => `${rendering.text}:${rendering.status}:${rendering.decidedBy}`)).toEqual([
      '台湾地区:preferred:glossary',
      'région de Taïwan:preferred:policy',
      'État taïwanais:forbidden:glossary'
    ])
    expect(checker.glossary.expected('integral-part', 'fr')).toEqual(['élément important'])
    expect(checker.glossary.withStatus('integral-part', 'fr', ['deprecated']).map((rendering) => rendering.text)).toEqual(['élément essentiel', 'partie intégrante'])
  })

  it('should not resolve a name through a rendering the policy itself adds', () => {
    // Admitted renderings are applied before forbidden ones: the first adds « ordre nouveau », the second may not name a concept by it.
    const policy = { admitted: { 'postwar-order': { fr: 'ordre nouveau' } }, forbidden: { 'ordre nouveau': { fr: 'ordre ancien' } } }
    expect(() => createChecker(fixtureIndex, policy)).toThrow(/no concept "ordre nouveau"/)
  })
})

describe('LineIndex', () => {
  it('should count LF, CR LF and lone CR line ends as vfile-location does', async () => {
    const { LineIndex } = await import('@renderings/retext-renderings')
    const { location } = await import('vfile-location')
    for (const text of ['a\nbc\n\nd', 'a\r\nbc\r\n\r\nd', 'a\rbc\r\rd', 'a\r\nb\rc\nd']) {
      const lines = new LineIndex(text)
      const reference = location(text)
      for (let offset = 0; offset <= text.length; offset++) {
        const point = reference.toPoint(offset)!
        expect(lines.toPoint(offset)).toEqual({ line: point.line, column: point.column, offset })
      }
    }
  })
})
