// An attestation's exact place, written as the note of its context group:
//
//   attestation doc=000 date=2025-11-25 sentence=11 start=1500 end=1534 origin=curated contextStart=1485
//
// TBX-Basic has a context and a source citation but nothing for offsets, so
// the rest rides in a note, as `key=value` words a person can read. In values,
// `%`, white space and control characters are percent-encoded (UTF-8), so a
// value never holds a space. The outlet is the group's customerSubset and the
// context its context descrip. The attested text is written only when it
// cannot be cut from the context at its offsets; `context=none` says that the
// descrip holds the attested text because there was no context sentence.
import type { Attestation } from '@renderings/types'

export const attestationRecordKeyword = 'attestation'

const needsEscape = /[%\s\p{Cc}]/gu

function encodeValue(value: string): string {
  return value.replace(needsEscape, (character) => encodeURIComponent(character))
}

/** The note text for `attestation`. */
export function writeAttestationRecord(attestation: Attestation): string {
  const fields: [string, string | number][] = [
    ['doc', attestation.doc],
    ['date', attestation.date],
    ['sentence', attestation.sentence],
    ['start', attestation.start],
    ['end', attestation.end],
    ['origin', attestation.origin]
  ]
  if (attestation.contextStart !== undefined) fields.push(['contextStart', attestation.contextStart])
  if (attestation.context === undefined) fields.push(['context', 'none'])
  else if (textFromContext(attestation.context, attestation) !== attestation.text) fields.push(['text', attestation.text])
  return [attestationRecordKeyword, ...fields.map(([key, value]) => `${key}=${encodeValue(String(value))}`)].join(' ')
}

/** The attested text as the context gives it at the attestation's offsets, if it can. */
export function textFromContext(context: string, place: { start: number; end: number; contextStart?: number }): string | undefined {
  if (place.contextStart === undefined) return undefined
  const start = place.start - place.contextStart
  const end = place.end - place.contextStart
  return start >= 0 && end <= context.length ? context.slice(start, end) : undefined
}

/**
 * The fields of a record note, or undefined when the note is not one (any
 * other note). Throws a plain Error with what is wrong in a malformed one.
 */
export function readAttestationRecord(note: string): Map<string, string> | undefined {
  const words = note.trim().split(/\s+/)
  if (words[0] !== attestationRecordKeyword) return undefined
  const fields = new Map<string, string>()
  for (const word of words.slice(1)) {
    const equals = word.indexOf('=')
    if (equals <= 0) throw new Error(`attestation note: "${word}" is not key=value`)
    let value: string
    try {
      value = decodeURIComponent(word.slice(equals + 1))
    } catch {
      throw new Error(`attestation note: "${word}" has a bad %-escape`)
    }
    fields.set(word.slice(0, equals), value)
  }
  return fields
}
