// The JSON Lines plumbing of every `--batch` command, in process: one answer
// per record in order, bad records answered and passed, unreadable input
// ending the stream with its line number, long lines skipped unread, and
// no record read before standard output has taken the last answer.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { describe, expect, it } from 'vitest'
import { type BatchOptions, runBatch } from '../src/actions/batch-stream.js'

const folder = mkdtempSync(join(tmpdir(), 'renderings-batch-stream-'))
let files = 0

function inputFile(content: string | Buffer): string {
  const path = join(folder, `input-${files++}.jsonl`)
  writeFileSync(path, content)
  return path
}

/** A Writable that keeps every line, taking each write after `delayMs` (0: at once). */
function collector(delayMs = 0, highWaterMark = 16 * 1024): Writable & { lines: () => string[]; taken: () => number } {
  let text = ''
  let taken = 0
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      const take = (): void => {
        text += chunk.toString('utf8')
        taken++
        done()
      }
      if (delayMs === 0) take()
      else setTimeout(take, delayMs)
    }
  })
  return Object.assign(stream, { lines: () => text.split('\n').slice(0, -1), taken: () => taken })
}

async function run(content: string | Buffer, answer: BatchOptions['answer'] = (record) => ({ echo: record['text'] ?? null }), options: Partial<BatchOptions> = {}) {
  const output = collector()
  let failure: Error | undefined
  try {
    await runBatch({ input: inputFile(content), answer, output, ...options })
  } catch (error) {
    failure = error as Error
  }
  return { answers: output.lines().map((line) => JSON.parse(line) as Record<string, unknown>), failure }
}

describe('runBatch', () => {
  it('answers every record in input order, repeating its id; blank lines, CRLF, a byte-order mark and a last line without end are taken', async () => {
    const { answers, failure } = await run('\uFEFF{"id":"a","text":"x"}\r\n\n  \n{"id":2,"text":"y"}\n{"id":"c"}')
    expect(failure).toBeUndefined()
    expect(answers).toEqual([{ id: 'a', echo: 'x' }, { id: 2, echo: 'y' }, { id: 'c', echo: null }])
  })

  it('answers a bad record with {"id", "error"} and goes on: no object, no id, an id JavaScript cannot keep, a failing record, a bug', async () => {
    const answer: BatchOptions['answer'] = (record) => {
      if (record['fail'] === 'user') {
        const error = new Error('src.txt: no such file')
        error.name = 'RenderingsError'
        Object.assign(error, { code: 'ENOENT' })
        throw error
      }
      if (record['fail'] === 'bug') throw new TypeError('x is undefined\n  at somewhere')
      return { ok: true }
    }
    const input = ['[1,2]', '{"text":"no id"}', '{"id":{"a":1}}', '{"id":12345678901234567890}', '{"id":1,"fail":"user"}', '{"id":2,"fail":"bug"}', '{"id":3}'].join('\n')
    const { answers, failure } = await run(input, answer)
    expect(failure).toBeUndefined()
    expect(answers).toEqual([
      { id: null, error: 'expected a JSON object, got an array' },
      { id: null, error: 'no "id"' },
      { id: null, error: '"id" is not a string or number' },
      { id: null, error: '"id" is a number beyond 2^53 (give it as a string)' },
      { id: 1, error: 'src.txt: no such file' },
      { id: 2, error: 'internal error: x is undefined at somewhere' },
      { id: 3, ok: true }
    ])
  })

  it('uses the key field the command names (mine: event)', async () => {
    const { answers } = await run('{"event":"e1"}\n{"id":"x"}\n', () => ({}), { keyField: 'event' })
    expect(answers).toEqual([{ event: 'e1' }, { event: null, error: 'no "event"' }])
  })

  it('ends on a line that is not JSON, naming it, after answering every line before', async () => {
    const { answers, failure } = await run('{"id":1}\n{"id":2}\n{"id":3,\n{"id":4}\n')
    expect(answers.map((answer) => answer['id'])).toEqual([1, 2])
    expect(failure?.message).toMatch(/^.*input-\d+\.jsonl: line 3 is not JSON \(/)
    expect((failure as Error & { exitCode?: number }).exitCode).toBe(2)
  })

  it('ends on a line that is not UTF-8, naming it and the byte', async () => {
    const { answers, failure } = await run(Buffer.concat([Buffer.from('{"id":1}\n{"id":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"id":3}\n')]))
    expect(answers).toHaveLength(1)
    expect(failure?.message).toMatch(/input-\d+\.jsonl: line 2: is not valid UTF-8 \(first bad byte at offset 10\)/)
  })

  it('skips a line longer than the limit without holding it, answering it with an error, and goes on', async () => {
    const long = `{"id":"long","text":"${'x'.repeat(5000)}"}`
    const { answers, failure } = await run(`{"id":1}\n${long}\n{"id":3}\n`, () => ({}), { maxLineBytes: 1000 })
    expect(failure).toBeUndefined()
    expect(answers).toEqual([{ id: 1 }, { id: null, error: 'longer than 1000 bytes: record skipped' }, { id: 3 }])
  })

  it('escapes U+2028 and U+2029, which some line readers take for line ends', async () => {
    const output = collector()
    await runBatch({ input: inputFile('{"id":"a\\u2028b\\u2029"}\n'), answer: () => ({}), output })
    expect(output.lines()).toEqual(['{"id":"a\\u2028b\\u2029"}'])
  })

  it('names a missing input file in one line', async () => {
    await expect(runBatch({ input: join(folder, 'missing.jsonl'), answer: () => ({}), output: collector() })).rejects.toThrow(/missing\.jsonl: no such file/)
  })

  it('reads the next record only when the output has taken the answers (back-pressure)', async () => {
    // Answers of 4 KiB into a slow writer with room for 8 KiB: a batch that
    // ignored `drain` would answer all 200 records at once and hold them.
    const records = Array.from({ length: 200 }, (_, index) => `{"id":${index}}`).join('\n')
    const output = collector(1, 8 * 1024)
    let answered = 0
    let mostAhead = 0
    await runBatch({
      input: inputFile(records),
      answer: () => {
        answered++
        mostAhead = Math.max(mostAhead, answered - output.taken())
        return { pad: 'x'.repeat(4096) }
      },
      output
    })
    // runBatch returns once its last write is accepted, not taken (stdout is
    // flushed at exit): when that write found room, the slow writer may still
    // hold it, so the lines are counted once the writer has taken everything.
    output.end()
    await finished(output)
    expect(output.lines()).toHaveLength(200)
    expect(mostAhead).toBeLessThanOrEqual(3)
  })
})
