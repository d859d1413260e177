import type { Database, SqlValue } from './database.js'

const rowsPerStatement = 5000

/**
 * Insert many rows through SQLite's JSON functions: each statement binds ONE
 * parameter, a JSON array of row arrays, which SQLite converts once to its
 * binary JSONB form and unpacks in C (jsonb_each, so reading a row's fields
 * does not re-parse text). That was the cheapest of the ways we measured
 * (json_each on text, multi-row VALUES with 30,000 bound parameters, one
 * prepared statement per row, JSON objects): 1.5× to 6× less CPU time for
 * 300,000 attestations. `prefix` is the `INSERT … (columns)`
 * part and `suffix` an optional `ON CONFLICT …`/`RETURNING …` clause: both
 * constant SQL of this package; the data only ever travels as the parameter.
 */
export async function insertRows<Row = never>(
  db: Database,
  prefix: string,
  columns: number,
  rows: readonly SqlValue[][],
  suffix = '',
  onBatch?: (count: number) => void
): Promise<Row[]> {
  const values = Array.from({ length: columns }, (_, column) => `value->>${column}`).join(', ')
  // `WHERE true` lets SQLite tell an upsert's ON CONFLICT from a join clause.
  const sql = `${prefix} SELECT ${values} FROM jsonb_each(jsonb(?)) WHERE true ${suffix}`
  const returning = suffix.includes('RETURNING')
  const returned: Row[] = []
  // Statements run on SQLite's thread; the next batch is serialised to JSON
  // on ours meanwhile, so the two overlap (statements still run in order).
  let pending: Promise<unknown> = Promise.resolve()
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const batch = rows.slice(start, start + rowsPerStatement)
    const parameter = JSON.stringify(batch)
    await pending
    pending = returning
      ? db.all<Row>(sql, [parameter]).then((found) => {
          returned.push(...found)
          onBatch?.(batch.length)
        })
      : db.run(sql, [parameter]).then(() => onBatch?.(batch.length))
  }
  await pending
  return returned
}
