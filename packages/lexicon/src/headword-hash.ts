/**
 * FNV-1a over the UTF-16 code units of `text[start, start + length)`: the
 * hash of the compiled headword table, computed on the text in place so a
 * lookup in running Chinese slices no string.
 */
export function hashRange(text: string, start: number, length: number): number {
  let hash = fnvOffset
  for (let index = start; index < start + length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, fnvPrime)
  }
  return hash >>> 0
}

/** FNV-1a's starting value and prime (32 bits). */
export const fnvOffset = 0x811c9dc5
export const fnvPrime = 0x01000193

/** Slots of the open-addressing table for `count` headwords: a power of two, at most half full. */
export function tableSize(count: number): number {
  let size = 1024
  while (size < count * 2) size *= 2
  return size
}
