import { mkdtempSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readTextFile, writeFileAtomic } from '@renderings/corpus'

const folder = mkdtempSync(join(tmpdir(), 'renderings-corpus-'))

describe('readTextFile', () => {
  it('should read UTF-8 text and drop a byte-order mark', async () => {
    const file = join(folder, 'bom.txt')
    writeFileSync(file, '\uFEFFÀ l’heure')
    expect(await readTextFile(file)).toBe('À l’heure')
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
