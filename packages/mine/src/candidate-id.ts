/**
 * A short stable id from the parts that make a candidate unique (method,
 * document, offsets, original). FNV-1a, 52 bits: ids stay the same from one
 * run to the next, so the review queue does not fill with duplicates.
 */
export function candidateId(parts: ReadonlyArray<string | number | undefined>): string {
  let high = 0x811c9dc5
  let low = 0x01000193
  const text = parts.map((part) => String(part ?? '')).join('\u0000')
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    high = Math.imul(high ^ code, 0x01000193) >>> 0
    low = Math.imul(low ^ (code + index), 0x5bd1e995) >>> 0
  }
  return `m${high.toString(36)}${(low & 0xfffff).toString(36)}`
}
