import type { ConceptEntry } from '@renderings/types'
import type { Database } from './database.js'

/**
 * The concept ids an import has written so far, in a temporary table (a
 * file of SQLite's, deleted when the connection closes), so that an entry
 * repeated anywhere in a termbase of any size is found by an index lookup
 * instead of a set of every id held in memory. A rowid or a marker column
 * of `concepts` could not tell it: a merge updates concepts the glossary
 * already had, and an entry repeated later must still count as repeated.
 */
export class ImportedConcepts {
  readonly #db: Database

  private constructor(db: Database) {
    this.#db = db
  }

  /** Inside the import's transaction: rolled back with it. */
  static async start(db: Database): Promise<ImportedConcepts> {
    await db.exec('CREATE TEMP TABLE imported_concepts (id TEXT PRIMARY KEY) WITHOUT ROWID')
    return new ImportedConcepts(db)
  }

  /** Split a batch into the concepts not yet written by this import (now recorded) and the repeated ones. */
  async take(concepts: readonly ConceptEntry[]): Promise<{ fresh: ConceptEntry[]; repeated: ConceptEntry[] }> {
    const written = await this.#db.all<{ id: string }>(
      'SELECT value AS id FROM json_each(?) WHERE value IN (SELECT id FROM temp.imported_concepts)',
      [JSON.stringify(concepts.map((concept) => concept.id))]
    )
    const seen = new Set(written.map((row) => row.id))
    const fresh: ConceptEntry[] = []
    const repeated: ConceptEntry[] = []
    for (const concept of concepts) {
      if (seen.has(concept.id)) repeated.push(concept)
      else {
        seen.add(concept.id)
        fresh.push(concept)
      }
    }
    await this.#db.run('INSERT INTO temp.imported_concepts (id) SELECT value FROM json_each(?)', [JSON.stringify(fresh.map((concept) => concept.id))])
    return { fresh, repeated }
  }

  async finish(): Promise<void> {
    await this.#db.exec('DROP TABLE temp.imported_concepts')
  }
}
