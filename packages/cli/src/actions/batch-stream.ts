import { once } from 'node:events'
import { createReadStream } from 'node:fs'
import type { Writable } from 'node:stream'
import { decodeText } from '@renderings/corpus'
import { RenderingsError, isRenderingsError } from '@renderings/errors'
import { oneLine } from '../report-failure.js'

/**
 * The JSON Lines plumbing every `--batch` command shares: one record per
 * input line in, one answer per record out, in input order, one record in
 * memory at a time.
 *
 * - Each record has a key (`id` for a document pair, `event` for an event
 *   to mine): a string, or a number JavaScript keeps exactly (at most 2^53),
 *   which every answer repeats.
 * - A record the command cannot answer (no key, a missing field, an
 *   unreadable file it names, a text too long to align, even a bug) is
 *   answered with `{"id", "error"}` (the key `null` when the record has
 *   none) and the stream goes on. Answers name no line number: the answer's
 *   place is the record's place, and a corpus cut into parts (Spark's
 *   partitions) gets the answers the whole corpus gets.
 * - Input that cannot be read as records (a line that is not UTF-8 or not
 *   JSON) ends the stream with exit 2 and a message naming the line: what
 *   follows cannot be trusted to be the records the caller meant. Every
 *   answer before it has been written.
 * - Blank lines are skipped (no answer); line numbers count them.
 * - The next line is read only once standard output has taken the last
 *   answer (its `drain`), so memory stays flat when the reader is slower
 *   than the command.
 */

/** A parsed input line: a JSON object. */
export type BatchRecord = Readonly<Record<string, unknown>>

/** What a command makes of one record (without the key, which the plumbing adds). */
export type BatchAnswer = Record<string, unknown>

/** Longest input line read: a longer one is answered with an error, its bytes skipped, never held. */
export const maxRecordBytes = 64 * 1024 * 1024

/** Largest integer a JSON number keeps exactly through JavaScript. */
const maxExactInteger = 2 ** 53

export interface BatchOptions {
  /** The JSON Lines file to read; standard input when undefined or `-`. */
  input: string | undefined
  /** The field that identifies a record (default `id`). */
  keyField?: string
  /** Answer one record; throwing answers it with `{"id", "error"}`. */
  answer: (record: BatchRecord) => Promise<BatchAnswer> | BatchAnswer
  /** Where answers go (default standard output). */
  output?: Writable
  /** Longest line read (default {@link maxRecordBytes}); tests lower it. */
  maxLineBytes?: number
}

/** Run a batch to the end of its input. Throws a RenderingsError (exit 2) on unreadable input. */
export async function runBatch(options: BatchOptions): Promise<void> {
  const output = options.output ?? process.stdout
  const fromStdin = options.input === undefined || options.input === '-'
  const inputName = fromStdin ? 'standard input' : options.input!
  const input = fromStdin ? process.stdin : await openInput(options.input!)
  const maxLineBytes = options.maxLineBytes ?? maxRecordBytes
  const keyField = options.keyField ?? 'id'
  for await (const line of inputLines(input, maxLineBytes)) {
    let answer: BatchAnswer
    if (line.bytes === undefined) answer = { [keyField]: null, error: `longer than ${maxLineBytes} bytes: record skipped` }
    else if (isBlank(line.bytes)) continue
    else answer = await answerLine(parseLine(line.bytes, line.number, inputName), keyField, options.answer)
    if (!output.write(`${jsonLine(answer)}\n`)) await once(output, 'drain')
  }
}

/** A file given instead of standard input, opened before the first read so a missing file is one clear line. */
async function openInput(path: string): Promise<AsyncIterable<Buffer>> {
  const stream = createReadStream(path)
  try {
    await once(stream, 'open')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new RenderingsError(code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (error as Error).message})`, { code: code ?? 'EIO', file: path })
  }
  return stream
}

interface InputLine {
  /** 1-based line number. */
  number: number
  /** The line's bytes without its line end; undefined when the line was too long and skipped. */
  bytes: Buffer | undefined
}

/** Lines of a byte stream (LF or CRLF ends, the last line with or without one), at most `maxBytes` held. */
async function* inputLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = []
  let held = 0
  let tooLong = false
  let number = 0
  const finish = (): InputLine => {
    number++
    let bytes: Buffer | undefined
    if (!tooLong) {
      bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, held)
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1)
    }
    parts = []
    held = 0
    tooLong = false
    return { number, bytes }
  }
  const keep = (piece: Buffer): void => {
    if (tooLong || piece.length === 0) return
    if (held + piece.length > maxBytes) {
      tooLong = true
      parts = []
      held = 0
      return
    }
    parts.push(piece)
    held += piece.length
  }
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    let start = 0
    for (let end = bytes.indexOf(0x0a, start); end !== -1; end = bytes.indexOf(0x0a, start)) {
      keep(bytes.subarray(start, end))
      yield finish()
      start = end + 1
    }
    // The unfinished line is copied out, so that a line spread over many
    // reads holds its own bytes and not every whole chunk it began in.
    if (start < bytes.length) keep(Buffer.from(bytes.subarray(start)))
  }
  if (held > 0 || tooLong) yield finish()
}

/**
 * JSON on one line, with U+2028 and U+2029 escaped: JSON allows them raw,
 * but line splitters such as Python's `str.splitlines` break lines there.
 */
function jsonLine(value: unknown): string {
  return JSON.stringify(value).replace(/[\u2028\u2029]/g, (separator) => `\\u${separator.charCodeAt(0).toString(16)}`)
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false
  return true
}

/** The JSON value of a line, or the RenderingsError that ends the stream. */
function parseLine(bytes: Buffer, number: number, inputName: string): unknown {
  const text = decodeText(bytes, `${inputName}: line ${number}`)
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new RenderingsError(`line ${number} is not JSON (${(error as Error).message})`, { code: 'EJSON', file: inputName })
  }
}

async function answerLine(value: unknown, keyField: string, answer: BatchOptions['answer']): Promise<BatchAnswer> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { [keyField]: null, error: `expected a JSON object, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}` }
  }
  const record = value as BatchRecord
  const id = record[keyField]
  if (!(typeof id === 'string' || (typeof id === 'number' && Math.abs(id) <= maxExactInteger))) {
    const why = id === undefined ? `no "${keyField}"` : typeof id === 'number' ? `"${keyField}" is a number beyond 2^53 (give it as a string)` : `"${keyField}" is not a string or number`
    return { [keyField]: null, error: why }
  }
  try {
    return { [keyField]: id, ...(await answer(record)) }
  } catch (error) {
    return { [keyField]: id, error: recordError(error) }
  }
}

/** One line saying why a record got no answer; a bug says so, as the CLI does. */
function recordError(error: unknown): string {
  const line = oneLine(error instanceof Error ? error.message : String(error))
  return isRenderingsError(error) ? line : `internal error: ${line}`
}
