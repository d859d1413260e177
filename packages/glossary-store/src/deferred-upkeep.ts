import type { Database } from './database.js'
import { compiledGlossaryTriggers, renderingsSearchTrigger } from './schema.js'

// New renderings indexed for search per statement. One statement for all
// rows costs four to five times more CPU than statements of 5,000 to 50,000
// rows (800,000 renderings: 9.4 s against 1.8 s): FTS5 merges its segments
// far more within one huge statement.
const searchRowsPerStatement = 20_000

/**
 * What the schema does row by row for every write, done once for a bulk
 * import instead, inside the import's own transaction (so a failure or a
 * kill leaves it, like everything else, as it was):
 *
 * - the FTS5 trigram index, which a trigger fills one row at a time: its
 *   trigger is dropped while the import writes, and the new rows are indexed
 *   20,000 at a time as they accumulate, the rest at the end (800,000
 *   renderings of an IATE-like termbase: 1.8 s of CPU time instead of 5.0 s
 *   by trigger). Done as they come rather than all at the end, SQLite's
 *   thread does it while ours reads the file: the same CPU time, and the end
 *   of a 200 MB import (after the last entry read) shrinks from 7.7–10.0 s
 *   to 3.7–5.4 s on the shared machine;
 * - the b-tree indexes on text, folded key and concept, whose random-order
 *   inserts cost most of the import once the glossary outgrows SQLite's
 *   cache: once the import has written more renderings than the table held
 *   when it began, they are dropped and built again at the end, by sorting
 *   (the same 800,000 renderings: 2.4 s instead of 9.2 s);
 * - the triggers that make the compiled glossary stale (each deletes its
 *   token, for every row written): the import deletes the token once and
 *   drops them while it writes (the same 200 MB import: 0.5–0.8 s less of
 *   SQLite's CPU time).
 *
 * The SQL that recreates what was dropped is read from the database's own
 * schema, so it stays the schema's. The unique index on (concept, language,
 * text), which every upsert of the import needs, is never dropped.
 */
export class DeferredUpkeep {
  readonly #db: Database
  readonly #triggers: string[]
  // Renderings from this id on are new; from the next on, the search index lacks them.
  readonly #firstNewId: number
  #nextToIndex: number
  #written = 0
  #droppedIndexes: string[] | undefined

  private constructor(db: Database, triggers: string[], firstNewId: number) {
    this.#db = db
    this.#triggers = triggers
    this.#firstNewId = firstNewId
    this.#nextToIndex = firstNewId
  }

  /**
   * Stop the row-by-row upkeep (inside the import's transaction, before it
   * writes anything); `replace` first deletes every concept, while the
   * triggers still keep the search index and the compiled glossary's token
   * right.
   */
  static async start(db: Database, options: { replace: boolean }): Promise<DeferredUpkeep> {
    if (options.replace) await db.run('DELETE FROM concepts')
    const names = [renderingsSearchTrigger, ...compiledGlossaryTriggers]
    const triggers = await db.all<{ name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (SELECT value FROM json_each(?)) ORDER BY name`,
      [JSON.stringify(names)]
    )
    if (triggers.some((trigger) => compiledGlossaryTriggers.includes(trigger.name))) await db.run('DELETE FROM compiled_glossary')
    for (const trigger of triggers) await db.exec(`DROP TRIGGER ${quoteName(trigger.name)}`)
    // Row ids only grow inside the transaction (no other writer), so every
    // rendering this import adds gets an id above the largest one now.
    const last = await db.get<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM renderings')
    return new DeferredUpkeep(db, triggers.map((trigger) => trigger.sql), (last?.id ?? 0) + 1)
  }

  /**
   * `count` more renderings written: index them for search once 20,000 wait,
   * and drop the b-tree indexes once the import outweighs the table it began with.
   */
  async written(count: number): Promise<void> {
    this.#written += count
    await this.#indexForSearch(searchRowsPerStatement)
    if (this.#droppedIndexes !== undefined || this.#written <= this.#firstNewId - 1) return
    const indexes = await this.#db.all<{ name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'renderings' AND sql IS NOT NULL ORDER BY name"
    )
    for (const index of indexes) await this.#db.exec(`DROP INDEX ${quoteName(index.name)}`)
    this.#droppedIndexes = indexes.map((index) => index.sql)
  }

  /** Build what was dropped, index the last renderings for search, and restore the triggers. */
  async finish(): Promise<void> {
    for (const sql of this.#droppedIndexes ?? []) await this.#db.exec(sql)
    this.#droppedIndexes = undefined
    await this.#indexForSearch(1)
    for (const sql of this.#triggers) await this.#db.exec(sql)
  }

  /** Index the renderings not yet indexed, in statements of 20,000, if at least `least` wait. */
  async #indexForSearch(least: number): Promise<void> {
    const last = (await this.#db.get<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM renderings'))?.id ?? 0
    if (last - this.#nextToIndex + 1 < least) return
    for (; this.#nextToIndex <= last; this.#nextToIndex += searchRowsPerStatement) {
      const end = Math.min(this.#nextToIndex + searchRowsPerStatement, last + 1)
      await this.#db.run('INSERT INTO renderings_fts (rowid, folded) SELECT id, folded FROM renderings WHERE id >= ? AND id < ?', [this.#nextToIndex, end])
    }
    this.#nextToIndex = last + 1
  }
}

/** A schema name as an SQL identifier (names come from our own schema, never from input). */
function quoteName(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}
