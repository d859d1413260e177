import { mkdtempSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeText, readTextChunks, readTextFile, writeFileAtomic } from '@renderings/corpus'

const folder = mkdtempSync(join(tmpdir(), 'renderings-corpus-'))

describe('readTextFile', () => {
  it('should read UTF-8 text and drop a byte-order mark', async () => {
    const file = join(folder, 'bom.txt')
    writeFileSync(file, '\uFEFFÀ l’heure')
    expect(await readTextFile(file)).toBe('À l’heure')
  })

  it('should read a large file whole and an empty one as nothing', async () => {
    const large = join(folder, 'large.txt')
    const text = 'L’ordre international d’après-guerre, 战后国际秩序, 🌏.\n'.repeat(20_000)
    writeFileSync(large, text)
    expect(await readTextFile(large)).toBe(text)
    const empty = join(folder, 'empty.txt')
    writeFileSync(empty, '')
    expect(await readTextFile(empty)).toBe('')
  })

  it('should name the file when it is missing', async () => {
    await expect(readTextFile(join(folder, 'missing.txt'))).rejects.toThrow(/missing\.txt: no such file/)
  })

  it('should refuse binary files', async () => {
    const file = join(folder, 'binary.bin')
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    await expect(readTextFile(file)).rejects.toMatchObject({ code: 'EBINARY' })
  })

  it('should refuse invalid UTF-8 and say where', async () => {
    const file = join(folder, 'latin1.txt')
    writeFileSync(file, Buffer.from([0x61, 0x62, 0xe9, 0x74, 0xe9]))
    await expect(readTextFile(file)).rejects.toThrow(/not valid UTF-8 \(first bad byte at offset 2\)/)
  })

  it('should decode ASCII, Latin, CJK and astral characters as TextDecoder does', () => {
    const samples = ['plain ASCII text\n', 'À l’heure, l’ordre d’après-guerre', '战后国际秩序 trật tự quốc tế', 'emoji 🌏 and 𠀀 beyond the BMP', '']
    for (const text of samples) {
      const bytes = new TextEncoder().encode(text)
      expect(decodeText(bytes, 'sample.txt')).toBe(text)
      // A Uint8Array view into a larger buffer, not only Node buffers.
      const padded = new Uint8Array(bytes.length + 4)
      padded.set(bytes, 2)
      expect(decodeText(padded.subarray(2, 2 + bytes.length), 'sample.txt')).toBe(text)
      expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), 'bom.txt')).toBe(text)
    }
    // Only the first byte-order mark is dropped.
    expect(decodeText(new TextEncoder().encode('\uFEFF\uFEFFx'), 'boms.txt')).toBe('\uFEFFx')
  })

  it('should refuse encoded surrogates, overlong forms and truncated sequences', () => {
    const cases: Array<[number[], number]> = [
      [[0x61, 0xed, 0xa0, 0x80], 1],
      [[0x61, 0x62, 0xc0, 0xaf], 2],
      [[0xe6, 0x88], 0],
      [[0x61, 0xf4, 0x90, 0x80, 0x80], 1]
    ]
    for (const [bytes, offset] of cases) {
      expect(() => decodeText(new Uint8Array(bytes), 'bad.txt')).toThrow(`bad.txt: is not valid UTF-8 (first bad byte at offset ${offset})`)
    }
  })

  it('should refuse a directory and files over the size limit', async () => {
    mkdirSync(join(folder, 'dir'), { recursive: true })
    await expect(readTextFile(join(folder, 'dir'))).rejects.toMatchObject({ code: 'EISDIR' })
    const file = join(folder, 'big.txt')
    writeFileSync(file, 'x'.repeat(100))
    await expect(readTextFile(file, { maxBytes: 10 })).rejects.toMatchObject({ code: 'ETOOBIG' })
  })
})

describe('writeFileAtomic', () => {
  it('should write the whole file and leave no temporary file behind', async () => {
    const target = join(folder, 'out', 'result.txt')
    mkdirSync(join(folder, 'out'), { recursive: true })
    await writeFileAtomic(target, 'done')
    expect(await readTextFile(target)).toBe('done')
    expect(readdirSync(join(folder, 'out'))).toEqual(['result.txt'])
  })

  it('should fail with the path when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(folder, 'nope', 'x.txt'), 'x')).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('readTextChunks', () => {
  async function whole(file: string, chunkBytes: number): Promise<{ text: string; bytes: number }> {
    let text = ''
    let bytes = 0
    for await (const piece of readTextChunks(file, { chunkBytes, onBytes: (count) => (bytes += count) })) text += piece
    return { text, bytes }
  }

  it('should give the text of a file in pieces, characters cut between pieces joined again, without a byte-order mark', async () => {
    const file = join(folder, 'pieces.txt')
    const text = 'L’ordre d’après-guerre, 战后国际秩序, 🌏.\n'.repeat(50)
    writeFileSync(file, `\uFEFF${text}`)
    for (const size of [1, 2, 3, 5, 4096]) expect(await whole(file, size)).toEqual({ text, bytes: Buffer.byteLength(text) + 3 })
  })

  it('should refuse what readTextFile refuses, naming the file', async () => {
    await expect(whole(join(folder, 'nowhere.tbx'), 16)).rejects.toThrow(/nowhere\.tbx: no such file/)
    const binary = join(folder, 'binary.tbx')
    writeFileSync(binary, Buffer.from([0x3c, 0x61, 0x00, 0x3e]))
    await expect(whole(binary, 16)).rejects.toThrow(/binary\.tbx: looks binary/)
    const latin1 = join(folder, 'latin1.tbx')
    writeFileSync(latin1, Buffer.from('<a>caf\xe9</a>', 'latin1'))
    await expect(whole(latin1, 4)).rejects.toThrow(/latin1\.tbx: is not valid UTF-8/)
    const cut = join(folder, 'cut.tbx')
    writeFileSync(cut, Buffer.from('<a>战', 'utf8').subarray(0, 5))
    await expect(whole(cut, 16)).rejects.toThrow(/cut\.tbx: is not valid UTF-8 \(it ends inside a character/)
  })
})
