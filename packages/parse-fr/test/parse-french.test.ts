import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root, Sentence, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parseFrench, retextFrench } from '@renderings/parse-fr'
import { seedsFolder } from '../../../test/support/paths.js'

/** The sentences of a tree, as text. */
function sentences(tree: Root): string[] {
  return sentenceNodes(tree).map((sentence) => toString(sentence))
}

function sentenceNodes(tree: Root): Sentence[] {
  return tree.children.flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode' ? paragraph.children.filter((node): node is Sentence => node.type === 'SentenceNode') : []
  )
}

function words(tree: Root): Word[] {
  return sentenceNodes(tree).flatMap((sentence) => sentence.children.filter((node): node is Word => node.type === 'WordNode'))
}

/** Every node's offsets must cut exactly its own text out of the input. */
function expectOffsetsHold(text: string, node: { position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }): void {
  expect(node.position).toBeDefined()
  expect(text.slice(node.position!.start.offset, node.position!.end.offset)).toBe(toString(node as Root))
  for (const child of node.children ?? []) expectOffsetsHold(text, child as typeof node)
}

describe('parseFrench', () => {
  it('should keep a closing guillemet after a no-break space in its sentence', () => {
    const text = 'Il a dit\u00a0: «\u00a0Bonjour\u00a0!\u00a0» Puis il est parti. Qu’en penses-tu\u00a0? D’accord.'
    expect(sentences(parseFrench(text))).toEqual([
      'Il a dit\u00a0: «\u00a0Bonjour\u00a0!\u00a0»',
      'Puis il est parti.',
      'Qu’en penses-tu\u00a0?',
      'D’accord.'
    ])
  })

  it('should continue the sentence after a quoted question followed by lower case', () => {
    expect(sentences(parseFrench('« Quoi\u00a0? » a-t-il demandé. Rien.'))).toEqual(['« Quoi\u00a0? » a-t-il demandé.', 'Rien.'])
  })

  it('should end a sentence at a full stop before lower case, unless an abbreviation explains it', () => {
    expect(sentences(parseFrench('Il est parti. et puis rien. Voir p. ex. la suite, etc. et la fin. Chez Martin & Co. à Lyon.'))).toEqual([
      'Il est parti.',
      'et puis rien.',
      'Voir p. ex. la suite, etc. et la fin.',
      'Chez Martin & Co. à Lyon.'
    ])
    expect(sentences(parseFrench('Cesse de le flatter… il ne cédera pas. « C’est fini. » a-t-il dit. Tu viens ? dit-elle.'))).toEqual([
      'Cesse de le flatter… il ne cédera pas.',
      '« C’est fini. » a-t-il dit.',
      'Tu viens ? dit-elle.'
    ])
  })

  it('should not end a sentence at an ellipsis in brackets marking words left out, and open the next one with it after an end mark', () => {
    expect(sentences(parseFrench('Il a écrit (...) que tout allait bien. Puis [...] Marie est venue. Fin (…).'))).toEqual([
      'Il a écrit (...) que tout allait bien.',
      'Puis [...] Marie est venue.',
      'Fin (…).'
    ])
    const text = 'Ils jouèrent 42 matchs. (...) Les universités doivent rendre compte. Non ! […] Jamais.'
    const tree = parseFrench(text)
    expect(sentences(tree)).toEqual(['Ils jouèrent 42 matchs.', '(...) Les universités doivent rendre compte.', 'Non !', '[…] Jamais.'])
    expectOffsetsHold(text, tree)
  })

  it('should end a sentence at an ellipsis before a capital, whatever its form (see the README for the counts), and not before lower case', () => {
    expect(sentences(parseFrench("Deux serveurs au maximum.... N'importe quoi. Il se tait… Et vous ? Cesse... il part."))).toEqual([
      'Deux serveurs au maximum....',
      "N'importe quoi.",
      'Il se tait…',
      'Et vous ?',
      'Cesse... il part.'
    ])
  })

  it('should keep a straight quote that closes a quotation with the sentence before it', () => {
    expect(sentences(parseFrench('Il a crié : " Stop ! " Puis il est parti. " Encore ? " Oui.'))).toEqual([
      'Il a crié : " Stop ! "',
      'Puis il est parti.',
      '" Encore ? "',
      'Oui.'
    ])
    expect(sentences(parseFrench('Ils ont dit stop. "Ensuite tout a changé.'))).toEqual(['Ils ont dit stop.', '"Ensuite tout a changé.'])
    expect(sentences(parseFrench('et la fin de tout. " Ce sont eux.'))).toEqual(['et la fin de tout. "', 'Ce sont eux.'])
  })

  it('should split the cases LanguageTool’s French splitter is tested for', () => {
    const { cases } = JSON.parse(readFileSync(new URL('./fixtures/language-tool-style-cases.json', import.meta.url), 'utf8')) as {
      cases: Array<{ text: string; sentences: string[] }>
    }
    expect(cases.length).toBeGreaterThanOrEqual(37)
    for (const { text, sentences: expected } of cases) expect(sentences(parseFrench(text)), text).toEqual(expected)
  })

  it('should not end sentences at French abbreviations and initials', () => {
    const text = 'M. Dupont et MM. Durand sont venus, p. ex. hier, avec Mme Leroy et George W. Bush. Le Dr. House aussi.'
    expect(sentences(parseFrench(text))).toEqual([
      'M. Dupont et MM. Durand sont venus, p. ex. hier, avec Mme Leroy et George W. Bush.',
      'Le Dr. House aussi.'
    ])
  })

  it('should keep hyphenated initials in the sentence, and end one after av. J.-C.', () => {
    expect(sentences(parseFrench('Selon J.-P. Sartre, tout change. César meurt en 44 av. J.-C. Octave lui succède.'))).toEqual([
      'Selon J.-P. Sartre, tout change.',
      'César meurt en 44 av. J.-C.',
      'Octave lui succède.'
    ])
  })

  it('should let a sentence start with a number, and keep art. 5 together', () => {
    expect(sentences(parseFrench('Il est arrivé en 2019. 2020 a été difficile. Voir l’art. 5 du code. C’est de l’art. Le reste suit.'))).toEqual([
      'Il est arrivé en 2019.',
      '2020 a été difficile.',
      'Voir l’art. 5 du code.',
      'C’est de l’art.',
      'Le reste suit.'
    ])
  })

  it('should end a sentence at etc. when a capital follows, and not otherwise', () => {
    expect(sentences(parseFrench('Du soja, du maïs, etc. Le reste suit. Du blé, etc. et du riz.'))).toEqual([
      'Du soja, du maïs, etc.',
      'Le reste suit.',
      'Du blé, etc. et du riz.'
    ])
  })

  it('should keep footnote calls in their sentence and mark them', () => {
    const text = 'son homologue américain\u00a01. Or, entre Pékin et Tokyo\u00a02. Elle dit\u00a0: «\u00a0à tout moment\u00a0»\u00a04. Fin.'
    const tree = parseFrench(text)
    expect(sentences(tree)).toEqual([
      'son homologue américain\u00a01.',
      'Or, entre Pékin et Tokyo\u00a02.',
      'Elle dit\u00a0: «\u00a0à tout moment\u00a0»\u00a04.',
      'Fin.'
    ])
    expect(words(tree).filter((word) => word.data?.footnoteCall).map((word) => toString(word))).toEqual(['1', '2', '4'])
  })

  it('should not mark a quantity at the end of a sentence as a footnote call', () => {
    const tree = parseFrench('Le score final est de 3. Le taux monte à 100 %.')
    expect(sentences(tree)).toEqual(['Le score final est de 3.', 'Le taux monte à 100 %.'])
    expect(words(tree).some((word) => word.data?.footnoteCall)).toBe(false)
  })

  it('should keep a list number with its item', () => {
    expect(sentences(parseFrench('1. Lingling Wei, « China’s Xi Calls Trump », 24 novembre 2025.'))).toEqual([
      '1. Lingling Wei, « China’s Xi Calls Trump », 24 novembre 2025.'
    ])
  })

  it('should keep dates, ranges, percentages and decimals whole', () => {
    const tree = parseFrench('Depuis le 11 septembre 2001 et la guerre de 1939-1945, 100 % des 3,5 millions.')
    expect(sentences(tree)).toHaveLength(1)
    expect(words(tree).map((word) => toString(word))).toEqual(
      expect.arrayContaining(['11', 'septembre', '2001', '1939-1945', '100', '3,5'])
    )
  })

  it('should split elisions with both apostrophes, and keep aujourd’hui and quelqu’un whole', () => {
    const tree = parseFrench("L’ordre d’après-guerre, l'ordre, jusqu’à aujourd’hui, qu'un quelqu’un.")
    expect(words(tree).map((word) => toString(word))).toEqual([
      'L’', 'ordre', 'd’', 'après-guerre', "l'", 'ordre', 'jusqu’', 'à', 'aujourd’hui', "qu'", 'un', 'quelqu’un'
    ])
    expect(words(tree).filter((word) => word.data?.elision).map((word) => toString(word))).toEqual(['L’', 'd’', "l'", 'jusqu’', "qu'"])
  })

  it('should make each line a paragraph with offsets into the whole text', () => {
    const text = 'Titre\n\n  • Premier point. Suite.\u00a0\n  • Second point.\n'
    const tree = parseFrench(text)
    expect(tree.children.filter((node) => node.type === 'ParagraphNode')).toHaveLength(3)
    expect(sentences(tree)).toEqual(['Titre', '• Premier point.', 'Suite.', '• Second point.'])
    expectOffsetsHold(text, tree)
    const second = sentenceNodes(tree)[1]!
    expect(second.position?.start).toEqual({ line: 3, column: 3, offset: 9 })
  })

  it('should be lossless with exact offsets on every seed', () => {
    for (const name of readdirSync(seedsFolder).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(join(seedsFolder, name), 'utf8')
      const tree = parseFrench(text)
      expect(toString(tree), name).toBe(text)
      expectOffsetsHold(text, tree)
    }
  })

  it('should handle empty text, white space only, and CRLF line ends', () => {
    expect(parseFrench('').children).toEqual([])
    expect(toString(parseFrench(' \n\n '))).toBe(' \n\n ')
    const text = 'Un.\r\nDeux.\r\n'
    const tree = parseFrench(text)
    expect(sentences(tree)).toEqual(['Un.', 'Deux.'])
    expectOffsetsHold(text, tree)
  })

  it('should work as a unified parser plugin', () => {
    const processor = unified().use(retextFrench)
    const tree = processor.parse('M. Xi a parlé. Fin.') as Root
    expect(sentences(tree)).toEqual(['M. Xi a parlé.', 'Fin.'])
  })
})
