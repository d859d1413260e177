/**
 * Remembers the results of a function of one string, up to `limit` entries
 * (then starts afresh): names recur across the sentences of a document, and
 * the aligner asks about the same ones again and again.
 */
export function memoizeByString<T>(compute: (text: string) => T, limit = 10_000): (text: string) => T {
  let cache = new Map<string, T>()
  return (text: string): T => {
    const known = cache.get(text)
    if (known !== undefined) return known
    const value = compute(text)
    if (cache.size >= limit) cache = new Map()
    cache.set(text, value)
    return value
  }
}
