import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { describe, expect, it } from 'vitest'
import { parseVietnamese } from '@renderings/parse-vi'
import { seedsFolder } from '../../../test/support/paths.js'

function sentences(tree: Root, text: string): string[] {
  const found: string[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      // Positions must point at the same text the node holds.
      expect(text.slice(sentence.position?.start.offset, sentence.position?.end.offset)).toBe(toString(sentence))
      found.push(toString(sentence))
    }
  }
  return found
}

describe('parseVietnamese', () => {
  const seed = readFileSync(join(seedsFolder, '003_b9c731b561ac0d7c.txt'), 'utf8')
  const body = seed.slice(seed.indexOf('Cuộc điện đàm'))

  it('should be lossless with positions, on NFC and NFD text', () => {
    for (const text of [seed, body.normalize('NFD'), '', '\n\n  ']) {
      const tree = parseVietnamese(text)
      expect(toString(tree)).toBe(text)
      sentences(tree, text)
    }
  })

  it('should cut the Vietnamese title and body of seed 003 into its 16 sentences', () => {
    const found = sentences(parseVietnamese(body), body)
    expect(found).toHaveLength(16)
    expect(found[2]).toMatch(/^Đây là lần đầu tiên .* vào năm 2025\.$/u)
    expect(found[7]).toBe('Dù hai bên đã đạt thỏa thuận ngừng bắn thuế quan 90 ngày tại Geneva vào 12/5, những bất đồng cơ bản vẫn tồn tại.')
  })

  it('should end a sentence after a number when a capital follows, and keep abbreviations and closing quotes', () => {
    const text = 'Tháng 12. Năm 2025 thì sao? Còn 3.5% nữa! TP. Hồ Chí Minh và PGS. TS. Lan nói. Ông hỏi « Tại sao\u00a0? » Rồi đi.'
    expect(sentences(parseVietnamese(text), text)).toEqual([
      'Tháng 12.',
      'Năm 2025 thì sao?',
      'Còn 3.5% nữa!',
      'TP. Hồ Chí Minh và PGS. TS. Lan nói.',
      'Ông hỏi « Tại sao\u00a0? »',
      'Rồi đi.'
    ])
  })

  it('should open or close straight quotes by context', () => {
    const spaced = 'Anh nói : " Tôi về . " Rồi anh đi . " Trời mưa " , chị kể . " hôm ấy lạnh lắm " . Xong .'
    expect(sentences(parseVietnamese(spaced), spaced)).toEqual([
      'Anh nói : " Tôi về . "',
      'Rồi anh đi .',
      '" Trời mưa " , chị kể .',
      '" hôm ấy lạnh lắm " .',
      'Xong .'
    ])
    const attached = 'Anh nói: "Tôi về." Rồi đi. "Trời mưa", chị kể. Chị hỏi: "Sao?" và cười.'
    expect(sentences(parseVietnamese(attached), attached)).toEqual(['Anh nói: "Tôi về."', 'Rồi đi.', '"Trời mưa", chị kể.', 'Chị hỏi: "Sao?" và cười.'])
  })

  it('should keep a quoted question or exclamation followed by lower case or a dash in its sentence', () => {
    const text = 'Ai đến đấy ? " , bà hỏi . Đi ngay ! " - ông nói . Hết ! " . - " Vâng . "'
    expect(sentences(parseVietnamese(text), text)).toEqual(['Ai đến đấy ? " , bà hỏi .', 'Đi ngay ! " - ông nói .', 'Hết ! " .', '- " Vâng . "'])
  })

  it('should not end a sentence at thousands separators, abbreviations, initials or inside parentheses', () => {
    const text = 'Có 10 . 000 người và 25. 000 hộ ở tp . HCM , TP. HCM và TP.HCM . Ông H. Nam và V . H . đến ( ĐT : 84 . 4 ) . Từ A đến Z . Dài 40 m . Hết .'
    expect(sentences(parseVietnamese(text), text)).toEqual([
      'Có 10 . 000 người và 25. 000 hộ ở tp . HCM , TP. HCM và TP.HCM .',
      'Ông H. Nam và V . H . đến ( ĐT : 84 . 4 ) .',
      'Từ A đến Z .',
      'Dài 40 m .',
      'Hết .'
    ])
  })

  it('should end a sentence at an ellipsis before a capital, and not before lower case', () => {
    const text = 'Chờ mãi ... rồi về . Chờ mãi ... Sáng hôm sau anh đi… Chiều về .'
    expect(sentences(parseVietnamese(text), text)).toEqual(['Chờ mãi ... rồi về .', 'Chờ mãi ...', 'Sáng hôm sau anh đi…', 'Chiều về .'])
  })

  it('should open a sentence with an ellipsis set apart after a sentence end, and go on with a number after an ellipsis', () => {
    const text = 'Rồi hết . ... Rồi cũng chính con sông này . Hết ! ... Hết ... 500 người , sau ba năm là ... 98% . Năm 2005 … 2006 . Chờ ... 2 giờ .'
    expect(sentences(parseVietnamese(text), text)).toEqual([
      'Rồi hết .',
      '... Rồi cũng chính con sông này .',
      'Hết !',
      '... Hết ... 500 người , sau ba năm là ... 98% .',
      'Năm 2005 … 2006 .',
      'Chờ ... 2 giờ .'
    ])
  })

  it('should take a small consonant alone before a full stop for an initial, unless a number comes before it', () => {
    const text = 'Khi xảy ra vụ h. 15 tuổi . Biệt danh m . " khùng " là thế . Dài 40 m . " Xa quá " , anh nói . Giá 26.000 đ . Hết . Ông hiểu ý . Rồi đi .'
    expect(sentences(parseVietnamese(text), text)).toEqual([
      'Khi xảy ra vụ h. 15 tuổi .',
      'Biệt danh m . " khùng " là thế .',
      'Dài 40 m .',
      '" Xa quá " , anh nói .',
      'Giá 26.000 đ .',
      'Hết .',
      'Ông hiểu ý .',
      'Rồi đi .'
    ])
  })

  it('should start a sentence at a dateline in brackets after a headline, and not at an acronym in brackets', () => {
    const text = 'Hai vợ chồng nhập viện ( TP HCM ) Đang chạy trên quốc lộ . Người phụ nữ vô danh (TRUNG QUỐC) 35 năm qua , chồng đi tìm . Tin từ cố đô ( HUẾ ) Sáng qua mưa . Có 109 doanh nghiệp ( DN ) cổ phần hóa và ( WTO ) Việt Nam .'
    expect(sentences(parseVietnamese(text), text)).toEqual([
      'Hai vợ chồng nhập viện',
      '( TP HCM ) Đang chạy trên quốc lộ .',
      'Người phụ nữ vô danh',
      '(TRUNG QUỐC) 35 năm qua , chồng đi tìm .',
      'Tin từ cố đô',
      '( HUẾ ) Sáng qua mưa .',
      'Có 109 doanh nghiệp ( DN ) cổ phần hóa và ( WTO ) Việt Nam .'
    ])
  })

  it('should read the treebank words LBKT and RBKT as brackets, and judge what follows a closing bracket', () => {
    const text = 'Thợ săn K. LBKT xã Phù Long RBKT có thâm niên . Vẫn chờ kiểm điểm LBKT ? ! RBKT . Nhưng họ cũng đến ( sao ? ) . Rồi về .'
    expect(sentences(parseVietnamese(text), text)).toEqual([
      'Thợ săn K. LBKT xã Phù Long RBKT có thâm niên .',
      'Vẫn chờ kiểm điểm LBKT ? ! RBKT .',
      'Nhưng họ cũng đến ( sao ? ) .',
      'Rồi về .'
    ])
  })

  it('should make words of syllables', () => {
    const tree = parseVietnamese('Đất hiếm.')
    const sentence = tree.children[0]?.type === 'ParagraphNode' ? tree.children[0].children[0] : undefined
    const words = sentence?.type === 'SentenceNode' ? sentence.children.filter((node) => node.type === 'WordNode').map(toString) : []
    expect(words).toEqual(['Đất', 'hiếm'])
  })
})
