import * as align from '@renderings/align'
import { alignGaleChurch, alignSentences, formatBeadLine, numberAndDateAnchors, parseBeadLines, scoreAlignments, type IndexBead } from '@renderings/align'
import type { Bead } from '@renderings/types'
import { describe, expect, it } from 'vitest'

/** Every sentence of both sides in exactly one bead, in order. */
function expectCovering(beads: readonly Bead[], sourceCount: number, targetCount: number): void {
  expect(beads.flatMap((bead) => bead.source)).toEqual(Array.from({ length: sourceCount }, (_, index) => index))
  expect(beads.flatMap((bead) => bead.target)).toEqual(Array.from({ length: targetCount }, (_, index) => index))
  for (const bead of beads) {
    expect(bead.source.length + bead.target.length).toBeGreaterThan(0)
    expect(bead.score).toBeGreaterThanOrEqual(0)
    expect(bead.score).toBeLessThanOrEqual(1)
  }
}

/** A deterministic pseudo-random generator, so "random" tests are reproducible. */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

const french = [
  'Le 5 juin, le président américain Donald Trump a eu un entretien téléphonique avec le président chinois Xi Jinping.',
  'Cette conversation a été présentée comme un succès.',
  'Un cessez-le-feu tarifaire de 90 jours a été conclu à Genève le 12 mai.',
  'Les différends structurels persistent-ils ?',
  'La Chine semble mieux préparée.'
]
const vietnamese = [
  'Ngày 5/6, Tổng thống Mỹ Donald Trump đã có cuộc điện đàm với Chủ tịch Trung Quốc Tập Cận Bình.',
  'Cuộc trò chuyện được mô tả là thành công.',
  'Hai bên đã đạt thỏa thuận ngừng bắn thuế quan 90 ngày tại Geneva vào 12/5.',
  'Những bất đồng cơ bản vẫn tồn tại?',
  'Trung Quốc dường như đã chuẩn bị tốt hơn.'
]

describe('@renderings/align', () => {
  it('should expose the public api', () => {
    expect(Object.keys(align).sort()).toEqual([
      'alignDocumentLanguages',
      'alignGaleChurch',
      'alignSegments',
      'alignSentences',
      'formatBeadLine',
      'numberAndDateAnchors',
      'parseBeadLines',
      'scoreAlignments'
    ])
  })

  describe('numbers and dates across conventions', () => {
    const keys = (text: string): string[] => numberAndDateAnchors(text).map((anchor) => anchor.key)
    it('reads 5 juin, 5/6, June 5, 5. Juni, ngày 5 tháng 6 and 6月5日 as one date', () => {
      for (const text of ['le 5 juin', 'ngày 5/6', 'on June 5th', 'am 5. Juni', 'ngày 5 tháng 6', '6月5日']) expect(keys(text)).toContain('date:5/6')
    })
    it('reads 12 mai and 12/5 as one date, without also counting their digits as numbers', () => {
      expect(keys('le 12 mai')).toEqual(['date:12/5'])
      // A numeric date is also read month first (5 December) when that is a valid date.
      expect(keys('vào 12/5')).toEqual(['date:12/5', 'date:5/12'])
    })
    it('keeps other numbers, leading zeros dropped', () => {
      expect(keys('90 jours en 2025, cote 007')).toEqual(['number:90', 'number:2025', 'number:7'])
    })
    it('does not take a decimal or an impossible day for a date', () => {
      expect(keys('3.5 millions')).toEqual(['number:3.5', 'number:3500000'])
      expect(keys('le 45/13')).toEqual(['number:45', 'number:13'])
    })
  })

  describe('alignSentences', () => {
    it('aligns a translation sentence by sentence, with anchors as evidence', () => {
      const beads = alignSentences(french, vietnamese)
      expect(beads.map(formatBeadLine)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]', '[3]:[3]', '[4]:[4]'])
      expect(beads[0]!.evidence).toContain('date 5 juin ↔ 5/6')
      expect(beads[2]!.anchors).toContainEqual({ kind: 'date', source: '12 mai', target: '12/5' })
    })

    it('finds a sentence the translation left out', () => {
      // Eight reports of the same shape with their own dates and numbers:
      // evidence is weighed against chance, and in five sentences a shared
      // question mark or number is too likely by chance to decide anything.
      const source: string[] = []
      const target: string[] = []
      for (let copy = 0; copy < 8; copy++) {
        source.push(...french.map((text) => text.replace('5 juin', `${1 + copy} juin`).replace('90 jours', `${30 + 7 * copy} jours`).replace('12 mai', `${10 + copy} mai`)))
        target.push(...vietnamese.map((text) => text.replace('5/6', `${1 + copy}/6`).replace('90 ngày', `${30 + 7 * copy} ngày`).replace('12/5', `${10 + copy}/5`)))
      }
      target.splice(17, 1)
      const beads = alignSentences(source, target)
      expectCovering(beads, source.length, target.length)
      const notOneToOne = beads.filter((bead) => bead.source.length !== 1 || bead.target.length !== 1 || bead.source[0] !== (bead.target[0]! < 17 ? bead.target[0] : bead.target[0]! + 1))
      expect(notOneToOne.map(formatBeadLine)).toEqual(['[17]:[]'])
    })

    it('joins a sentence the translation split in two', () => {
      const target = [...vietnamese]
      target.splice(2, 1, 'Hai bên đã đạt thỏa thuận ngừng bắn thuế quan 90 ngày.', 'Thỏa thuận được ký tại Geneva vào 12/5.')
      expect(alignSentences(french, target).map(formatBeadLine)).toContain('[2]:[2, 3]')
    })

    it('links Chinese words to their English renderings through the lexicon', () => {
      const chinese = ['中方坚定维护国家核心利益，推动稀土出口。', '双方同意继续保持沟通。', '习近平同特朗普通电话。']
      const english = ['China firmly upholds its core interests and promotes rare earth exports.', 'The two sides agreed to keep in touch.', 'Xi Jinping spoke with Trump by phone.']
      const beads = alignSentences(chinese, english, { sourceLang: 'zh', targetLang: 'en' })
      expect(beads.map(formatBeadLine)).toEqual(['[0]:[0]', '[1]:[1]', '[2]:[2]'])
      // 稀土 "rare earth" links to both words; the evidence names the first by key ("earth").
      expect(beads[0]!.evidence).toEqual(expect.arrayContaining(['lexicon 核心 ↔ core', 'lexicon 利益 ↔ interests', 'lexicon 稀土 ↔ earth']))
      expect(beads[2]!.evidence).toEqual(expect.arrayContaining(['lexicon 习近平 ↔ Xi', 'lexicon 特朗普 ↔ Trump']))
      // Without the lexicon, the words are not linked at all.
      expect(alignSentences(chinese, english, { sourceLang: 'zh', targetLang: 'en', lexicon: false })[0]!.evidence.some((item) => item.startsWith('lexicon'))).toBe(false)
    })

    it('bridges Chinese names to pinyin and to Sino-Vietnamese readings', () => {
      const chinese = ['中国国家主席习近平应约同美国总统特朗普通电话。', '双方同意继续保持沟通。']
      // Pinyin is read when the lexicon is off (with it, CC-CEDICT renders the names it knows).
      const toFrench = alignSentences(chinese, ['Le président chinois Xi Jinping a parlé avec Donald Trump.', 'Les deux parties resteront en contact.'], { lexicon: false })
      expect(toFrench[0]!.evidence).toContain('pinyin 习近平 ↔ Xi Jinping')
      // With the lexicon, Chinese words link to French through CC-CEDICT's English and FreeDict.
      expect(alignSentences(chinese, ['Le président chinois Xi Jinping a parlé avec Donald Trump.', 'Les deux parties resteront en contact.'], { sourceLang: 'zh', targetLang: 'fr' })[0]!.evidence).toContain('lexicon 国家主席 ↔ président')
      const toVietnamese = alignSentences(chinese, ['Chủ tịch Trung Quốc Tập Cận Bình đã điện đàm với Tổng thống Mỹ Donald Trump.', 'Hai bên nhất trí tiếp tục duy trì liên lạc.'])
      expect(toVietnamese[0]!.evidence).toContain('Sino-Vietnamese 习近平 ↔ Tập Cận Bình')
    })

    it('aligns a long Chinese text with its English translation through dates, numbers and the lexicon', () => {
      const chinese = ['中国国家主席习近平6月5日应约同美国总统特朗普通电话。', '双方同意继续保持沟通，推动中美关系稳定发展。', '北京认为这次通话很重要，有助于增进相互理解和信任。']
      const english = ["On June 5, Chinese President Xi Jinping spoke by phone with US President Donald Trump at the latter's request.", 'The two sides agreed to keep in touch and promote the stable development of China-US relations.', 'Beijing considers the call important, as it helps enhance mutual understanding and trust.']
      const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
      const count = 1500
      const source = Array.from({ length: count }, (_, index) => chinese[index % 3]!.replace('6月5日', `${1 + (index % 12)}月${1 + (index % 28)}日`))
      const target = Array.from({ length: count }, (_, index) => english[index % 3]!.replace('June 5', `${months[index % 12]} ${1 + (index % 28)}`))
      // Drop one English sentence: the aligner must notice the gap and recover.
      target.splice(700, 1)
      const beads = alignSentences(source, target, { sourceLang: 'zh', targetLang: 'en' })
      expectCovering(beads, source.length, target.length)
      const right = beads.filter((bead) => bead.source.length === 1 && bead.target.length === 1 && bead.target[0] === (bead.source[0]! < 700 ? bead.source[0] : bead.source[0]! - 1))
      expect(right.length).toBeGreaterThanOrEqual(count - 4)
      expect(beads[0]!.evidence).toContain('lexicon 习近平 ↔ Xi')
    })

    it('uses a bilingual dictionary when given one', () => {
      const dictionary = [{ source: 'terres rares', target: 'đất hiếm' }]
      const source = ['Il annonce la reprise des exportations de terres rares.', 'Les tensions baissent.']
      const target = ['Ông thông báo nối lại xuất khẩu đất hiếm.', 'Căng thẳng giảm.']
      expect(alignSentences(source, target, { dictionary })[0]!.evidence).toContain('dictionary terres rares ↔ đất hiếm')
      expect(alignSentences(source, target)[0]!.evidence.some((item) => item.startsWith('dictionary'))).toBe(false)
    })

    it('leaves every sentence without counterpart when the other side is empty', () => {
      expect(alignSentences(french, []).map(formatBeadLine)).toEqual(['[0]:[]', '[1]:[]', '[2]:[]', '[3]:[]', '[4]:[]'])
      expect(alignSentences([], ['a', 'b']).map(formatBeadLine)).toEqual(['[]:[0]', '[]:[1]'])
      expect(alignSentences([], [])).toEqual([])
    })

    it('keeps beads within the configured sizes', () => {
      const random = generator(7)
      const sentence = (): string => 'x'.repeat(5 + Math.floor(random() * 200))
      const source = Array.from({ length: 300 }, sentence)
      const target = Array.from({ length: 420 }, sentence)
      for (const max of [1, 2, 3]) {
        const beads = alignSentences(source, target, { maxSource: max, maxTarget: max })
        expectCovering(beads, source.length, target.length)
        for (const bead of beads) expect(Math.max(bead.source.length, bead.target.length)).toBeLessThanOrEqual(max)
      }
    })

    it('covers both sides exactly once on long random input (the recursive, banded search)', () => {
      const random = generator(42)
      const words = ['alpha', 'Berlin', '1956', 'quand', '?', 'Everest', 'montagne', 'Alice']
      const sentence = (): string => Array.from({ length: 1 + Math.floor(random() * 15) }, () => words[Math.floor(random() * words.length)]).join(' ')
      const source = Array.from({ length: 3000 }, sentence)
      const target = Array.from({ length: 2500 }, sentence)
      expectCovering(alignSentences(source, target), source.length, target.length)
    })

    it('rejects impossible options', () => {
      expect(() => alignSentences(['a'], ['b'], { maxSource: 0 })).toThrow(/maxSource/)
    })
  })

  describe('alignGaleChurch (the baseline)', () => {
    it('aligns by length alone and covers both sides', () => {
      const beads = alignGaleChurch(french, vietnamese)
      expectCovering(beads, french.length, vietnamese.length)
      expect(beads.every((bead) => bead.evidence.length === 1 && bead.evidence[0]!.startsWith('length'))).toBe(true)
    })
  })

  describe('scoring (Vecalign score.py)', () => {
    const gold: IndexBead[] = parseBeadLines('[0]:[0]\n[1]:[1, 2]\n[2]:[]\n[3]:[3]\n')
    it('is perfect on the gold itself', () => {
      expect(scoreAlignments([{ gold, test: gold }])).toEqual({ precisionStrict: 1, recallStrict: 1, f1Strict: 1, precisionLax: 1, recallLax: 1, f1Lax: 1 })
    })
    it('counts strict and lax matches as score.py does', () => {
      const test = parseBeadLines('[0]:[0]\n[1]:[1]\n[]:[2]\n[2, 3]:[3]')
      const scores = scoreAlignments([{ gold, test }])
      // Precision over 4 test beads: [0]:[0] strict; [1]:[1] lax; []:[2] wrong; [2, 3]:[3] lax.
      expect(scores.precisionStrict).toBeCloseTo(1 / 4)
      expect(scores.precisionLax).toBeCloseTo(3 / 4)
      // Recall over the 3 gold beads with both sides against the 3 such test beads.
      expect(scores.recallStrict).toBeCloseTo(1 / 3)
      expect(scores.recallLax).toBeCloseTo(1)
    })
    it('reads and writes the bead format, and names a bad line', () => {
      expect(parseBeadLines('# fr→vi\n[1, 2]:[3]\n\n[4]:[]').map(formatBeadLine)).toEqual(['[1, 2]:[3]', '[4]:[]'])
      expect(() => parseBeadLines('[0]:[0]\n0-0')).toThrow(/line 2/)
    })
  })
})
