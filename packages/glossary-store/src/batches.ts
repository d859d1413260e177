/**
 * Cut a list into slices. Bulk writes send one JSON array per slice to
 * SQLite's json_each, so a 100,000-row import is a few hundred statements
 * (each still a bound parameter) rather than a million round trips.
 */
export function* inBatches<Item>(items: readonly Item[], size: number): Generator<Item[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size)
}
