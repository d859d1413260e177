/** How sentence length is counted: UTF-16 characters or UTF-8 bytes. */
export type LengthUnit = 'chars' | 'bytes'

/** Length of a sentence in the chosen unit, ignoring surrounding white space. */
export function textLength(text: string, unit: LengthUnit): number {
  const trimmed = text.trim()
  if (unit === 'chars') return trimmed.length
  let bytes = 0
  for (let index = 0; index < trimmed.length; index++) {
    const code = trimmed.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code < 0xdc00) {
      // A surrogate pair is one 4-byte character.
      bytes += 4
      index++
    } else bytes += 3
  }
  return bytes
}
