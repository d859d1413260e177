import type sqlite3 from 'sqlite3'
import { RenderingsError } from '@renderings/errors'

/**
 * The driver, loaded when a database is first opened, not when this package
 * is: loading its native module takes 12–15 ms, and a check reads the
 * compiled glossary beside the database (see `readCompiledGlossaryAhead`)
 * while the rest of its modules load.
 */
let driver: Promise<typeof sqlite3> | undefined
function loadDriver(): Promise<typeof sqlite3> {
  driver ??= import('sqlite3').then((module) => module.default)
  return driver
}

/** A parameter bound to a `?` placeholder: values are never spliced into SQL. */
export type SqlValue = string | number | null

/**
 * A thin promise layer over one node-sqlite3 connection. It exists so every
 * SQL statement of the store goes through four functions that always bind
 * parameters and always turn SQLite's busy/locked failures into the one
 * user-facing error, naming the database file.
 */
export class Database {
  readonly path: string
  readonly #connection: sqlite3.Database

  private constructor(path: string, connection: sqlite3.Database) {
    this.path = path
    this.#connection = connection
  }

  /** Open (or create, unless `readonly`) the database file. */
  static async open(path: string, options: { readonly?: boolean; create?: boolean } = {}): Promise<Database> {
    const sqlite3 = await loadDriver()
    const mode = options.readonly === true
      ? sqlite3.OPEN_READONLY
      : options.create === false
        ? sqlite3.OPEN_READWRITE
        : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE
    return new Promise((resolve, reject) => {
      const connection = new sqlite3.Database(path, mode, (error) => {
        if (error) reject(databaseError(error, path, 'cannot open the glossary database'))
        else resolve(new Database(path, connection))
      })
    })
  }

  /** How long a statement waits for another process's lock before failing. */
  setBusyTimeout(milliseconds: number): void {
    this.#connection.configure('busyTimeout', milliseconds)
  }

  run(sql: string, parameters: readonly SqlValue[] = []): Promise<{ lastID: number; changes: number }> {
    return new Promise((resolve, reject) => {
      this.#connection.run(sql, parameters as SqlValue[], function (this: sqlite3.RunResult, error: Error | null) {
        if (error) reject(error)
        else resolve({ lastID: this.lastID, changes: this.changes })
      })
    }).catch((error: unknown) => {
      throw databaseError(error, this.path)
    }) as Promise<{ lastID: number; changes: number }>
  }

  all<Row>(sql: string, parameters: readonly SqlValue[] = []): Promise<Row[]> {
    return new Promise<Row[]>((resolve, reject) => {
      this.#connection.all(sql, parameters as SqlValue[], (error: Error | null, rows: Row[]) => {
        if (error) reject(databaseError(error, this.path))
        else resolve(rows)
      })
    })
  }

  async get<Row>(sql: string, parameters: readonly SqlValue[] = []): Promise<Row | undefined> {
    const rows = await this.all<Row>(sql, parameters)
    return rows[0]
  }

  /** Run a script of statements without parameters (schema only). */
  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#connection.exec(sql, (error) => {
        if (error) reject(databaseError(error, this.path))
        else resolve()
      })
    })
  }

  /**
   * Run `work` inside one write transaction. BEGIN IMMEDIATE takes the write
   * lock up front, so a second writer waits for the busy timeout instead of
   * failing half-way through; any failure rolls everything back.
   */
  async transaction<Result>(work: () => Promise<Result>): Promise<Result> {
    await this.run('BEGIN IMMEDIATE')
    try {
      const result = await work()
      await this.run('COMMIT')
      return result
    } catch (error) {
      await this.run('ROLLBACK').catch(() => undefined)
      throw error
    }
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#connection.close((error) => {
        if (error) reject(databaseError(error, this.path))
        else resolve()
      })
    })
  }
}

/** Turn a node-sqlite3 error into a RenderingsError when the user can act on it. */
export function databaseError(error: unknown, path: string, context?: string): unknown {
  if (!(error instanceof Error)) return error
  const code = (error as { code?: string }).code
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new RenderingsError('database is busy (another process is writing to it); try again', { code: 'EBUSY', file: path, cause: error })
  }
  if (code === 'SQLITE_CANTOPEN') {
    return new RenderingsError(`${context ?? 'cannot open the database'}: the file or its folder does not exist or is not accessible`, { code: 'ENOENT', file: path, cause: error })
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new RenderingsError('is not a glossary database (not SQLite, or damaged)', { code: 'ENOTADB', file: path, cause: error })
  }
  if (code === 'SQLITE_READONLY') {
    return new RenderingsError('the glossary database is read-only', { code: 'EACCES', file: path, cause: error })
  }
  if (code === 'SQLITE_CONSTRAINT') {
    return new RenderingsError(`the glossary refuses this change (${error.message.replace(/^SQLITE_CONSTRAINT:\s*/, '')})`, { code: 'ECONSTRAINT', file: path, cause: error })
  }
  if (code === 'SQLITE_FULL') {
    return new RenderingsError('the disk is full', { code: 'ENOSPC', file: path, cause: error })
  }
  return error
}
