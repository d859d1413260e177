import { describe, expect, it } from 'vitest'
import { segmentDocument } from '@renderings/segment'
import { expectInvariants } from './invariants.js'

function outline(text: string): Array<[string, string, number]> {
  const document = segmentDocument(text, { doc: 'x' })
  expectInvariants(document)
  return document.blocks.map((block) => [block.lang, block.kind, block.paragraphs.length])
}

describe('segmentDocument rules', () => {
  it('should return nothing for empty or blank text', () => {
    expect(segmentDocument('', { doc: 'x' })).toEqual({ doc: 'x', text: '', blocks: [], segments: [] })
    expect(segmentDocument(' \n\n \t', { doc: 'x' }).segments).toEqual([])
  })

  it('should join hard-wrapped lines into one paragraph and keep finished lines apart', () => {
    const text = 'Le président a déclaré que les relations\nse stabilisaient depuis la rencontre. Il a ajouté,\nXi Jinping à ses côtés, que la coopération continuerait.\nUne autre ligne commence ici.\n'
    const document = segmentDocument(text, { doc: 'x' })
    expect(document.blocks[0]!.paragraphs).toHaveLength(2)
    expect(document.segments.map((segment) => segment.text)).toEqual([
      'Le président a déclaré que les relations\nse stabilisaient depuis la rencontre.',
      'Il a ajouté,\nXi Jinping à ses côtés, que la coopération continuerait.',
      'Une autre ligne commence ici.'
    ])
  })

  it('should find titles, headings, bylines and page furniture by general rules', () => {
    const text = [
      'Exclusif',
      'Les négociations reprennent à Genève',
      'Les délégations se sont retrouvées lundi matin. Elles doivent conclure avant vendredi.',
      'Un accord en vue',
      'Les deux parties ont évoqué un compromis sur les droits de douane.',
      'Jean Martin est correspondant à Genève.',
      'Lire aussi : les précédents rounds'
    ].join('\n')
    expect(outline(text)).toEqual([
      ['fr', 'boilerplate', 1],
      ['fr', 'title', 1],
      ['fr', 'body', 1],
      ['fr', 'heading', 1],
      ['fr', 'body', 1],
      ['fr', 'byline', 1],
      ['fr', 'boilerplate', 1]
    ])
  })

  it('should read a short sentence in a language the document hardly uses as a notice', () => {
    const body = 'Les deux dirigeants ont parlé pendant une heure de commerce, de sécurité et de la guerre en Ukraine. '.repeat(3).trim()
    const text = ['Les dirigeants se parlent', 'Dieser Artikel wurde automatisch übersetzt und geprüft.', body, body].join('\n\n')
    expect(outline(text)).toEqual([
      ['fr', 'title', 1],
      ['de', 'boilerplate', 1],
      ['fr', 'body', 2]
    ])
  })

  it('should mark a repeated title and open a new language with its own title', () => {
    const text = [
      'Un nouvel ordre mondial en discussion',
      'Un nouvel ordre mondial en discussion',
      'Le sommet a réuni les dirigeants des deux pays pendant trois heures. Ils ont parlé de commerce.',
      'Một trật tự thế giới mới đang được thảo luận',
      'Hội nghị thượng đỉnh đã quy tụ lãnh đạo hai nước trong ba giờ. Họ đã thảo luận về thương mại.'
    ].join('\n\n')
    const document = segmentDocument(text, { doc: 'x' })
    expectInvariants(document)
    expect(document.blocks.map((block) => [block.lang, block.kind, block.repeatOf])).toEqual([
      ['fr', 'title', undefined],
      ['fr', 'title', 0],
      ['fr', 'body', undefined],
      ['vi', 'title', undefined],
      ['vi', 'body', undefined]
    ])
    expect(document.segments.filter((segment) => segment.lang === 'vi').map((segment) => segment.text)).toEqual([
      'Một trật tự thế giới mới đang được thảo luận',
      'Hội nghị thượng đỉnh đã quy tụ lãnh đạo hai nước trong ba giờ.',
      'Họ đã thảo luận về thương mại.'
    ])
  })

  it('should make every bullet its own segment and every sources item one segment with its number', () => {
    const text = 'Le point\u00a01. Un autre point 2.\n\n  • Premier point.\n  – Second point, suivi.\n\nNotes\n  1. Auteur, « Un titre. Avec deux phrases. », 2025.\n  2. Autre source, 2024.\n'
    const document = segmentDocument(text, { doc: 'x' })
    expectInvariants(document)
    expect(document.segments.map((segment) => [segment.kind, segment.text, segment.label])).toEqual([
      ['sentence', 'Le point\u00a01.', undefined],
      ['sentence', 'Un autre point 2.', undefined],
      ['bullet', 'Premier point.', undefined],
      ['bullet', 'Second point, suivi.', undefined],
      ['heading', 'Notes', undefined],
      ['source-item', 'Auteur, « Un titre. Avec deux phrases. », 2025.', '1'],
      ['source-item', 'Autre source, 2024.', '2']
    ])
    // The second call is only known as one because the notes list has a 2.
    expect(document.segments.slice(0, 2).map((segment) => segment.footnotes.map((footnote) => footnote.label))).toEqual([['1'], ['2']])
  })

  it('should refuse an over-long line with a one-line error naming the document', () => {
    expect(() => segmentDocument('a'.repeat(200), { doc: 'big.txt', maxLineLength: 100 })).toThrow(/^big\.txt: line 1 is 200 characters long/)
  })

  it('should handle CRLF line ends with exact offsets', () => {
    const text = 'Premier titre\r\n\r\nLa phrase un. La phrase deux.\r\n'
    const document = segmentDocument(text, { doc: 'x' })
    expectInvariants(document)
    expect(document.segments.map((segment) => segment.text)).toEqual(['Premier titre', 'La phrase un.', 'La phrase deux.'])
  })
})
