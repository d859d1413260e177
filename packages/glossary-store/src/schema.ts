import { RenderingsError } from '@renderings/errors'
import type { Database } from './database.js'

/**
 * Forward migrations, in order: migration N brings `PRAGMA user_version`
 * from N to N + 1. A database is never migrated backwards; one written by a
 * newer toolkit is refused rather than misread.
 */
const migrations: readonly string[] = [
  // 0 → 1: the concept-oriented glossary (TBX's concept → language → term).
  `
  CREATE TABLE outlets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    folded TEXT NOT NULL,
    evidence TEXT
  );
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    file TEXT,
    outlet_id INTEGER NOT NULL REFERENCES outlets(id),
    date TEXT NOT NULL DEFAULT 'unknown',
    title TEXT,
    kind TEXT,
    languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages))
  );
  CREATE INDEX documents_outlet ON documents(outlet_id);
  CREATE TABLE concepts (
    id TEXT PRIMARY KEY,
    source_lang TEXT NOT NULL,
    source_text TEXT NOT NULL,
    gloss TEXT,
    domain TEXT,
    note TEXT,
    contested TEXT
  );
  CREATE TABLE renderings (
    id INTEGER PRIMARY KEY,
    concept_id TEXT NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang GLOB '[a-z][a-z]' OR lang GLOB '[a-z][a-z]-[A-Za-z0-9]*'),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    folded TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('preferred', 'admitted', 'deprecated', 'superseded', 'forbidden')),
    is_source INTEGER NOT NULL DEFAULT 0 CHECK (is_source IN (0, 1)),
    note TEXT,
    UNIQUE (concept_id, lang, text)
  );
  CREATE INDEX renderings_text ON renderings(text);
  CREATE INDEX renderings_folded ON renderings(folded);
  CREATE INDEX renderings_concept ON renderings(concept_id);
  -- Substring search for every script: trigrams of the folded key only, so
  -- one index serves accented and plain, upper and lower case queries alike.
  CREATE VIRTUAL TABLE renderings_fts USING fts5(
    folded, content='renderings', content_rowid='id', tokenize='trigram'
  );
  CREATE TRIGGER renderings_fts_insert AFTER INSERT ON renderings BEGIN
    INSERT INTO renderings_fts(rowid, folded) VALUES (new.id, new.folded);
  END;
  CREATE TRIGGER renderings_fts_delete AFTER DELETE ON renderings BEGIN
    INSERT INTO renderings_fts(renderings_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
  END;
  CREATE TRIGGER renderings_fts_update AFTER UPDATE OF folded ON renderings BEGIN
    INSERT INTO renderings_fts(renderings_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
    INSERT INTO renderings_fts(rowid, folded) VALUES (new.id, new.folded);
  END;
  CREATE TABLE attestations (
    id INTEGER PRIMARY KEY,
    rendering_id INTEGER NOT NULL REFERENCES renderings(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id),
    sentence INTEGER NOT NULL CHECK (sentence >= 0),
    start INTEGER NOT NULL CHECK (start >= 0),
    "end" INTEGER NOT NULL CHECK ("end" > start),
    text TEXT NOT NULL,
    context TEXT,
    context_start INTEGER,
    origin TEXT NOT NULL CHECK (origin IN ('curated', 'mined', 'aligned')),
    UNIQUE (rendering_id, document_id, start, "end")
  );
  -- No index on document_id: lookups go by rendering (the unique index), and
  -- a second index on 3,000,000 rows cost a quarter of the import time.
  CREATE TABLE candidates (
    id INTEGER PRIMARY KEY,
    concept_id TEXT REFERENCES concepts(id) ON DELETE CASCADE,
    source_lang TEXT,
    source_text TEXT,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    method TEXT NOT NULL,
    score REAL NOT NULL,
    evidence TEXT NOT NULL CHECK (json_valid(evidence)),
    document_id TEXT,
    outlet TEXT,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
    reason TEXT,
    rendering_id INTEGER REFERENCES renderings(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    decided_at TEXT,
    CHECK (concept_id IS NOT NULL OR (source_lang IS NOT NULL AND source_text IS NOT NULL))
  );
  CREATE INDEX candidates_status ON candidates(status);
  `,
  // 1 → 2: the compiled glossary's token (see compiled-glossary.ts). Any
  // change to what the check reads, by this toolkit or any other tool,
  // deletes the row, and with it the validity of the compiled file. (A
  // trigger per row: deleting from an already empty one-row table costs
  // little, and SQLite has no statement triggers.)
  `
  CREATE TABLE compiled_glossary (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    token TEXT NOT NULL
  );
  CREATE TRIGGER concepts_insert_stales_compiled AFTER INSERT ON concepts BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER concepts_update_stales_compiled AFTER UPDATE ON concepts BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER concepts_delete_stales_compiled AFTER DELETE ON concepts BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER renderings_insert_stales_compiled AFTER INSERT ON renderings BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER renderings_update_stales_compiled AFTER UPDATE ON renderings BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER renderings_delete_stales_compiled AFTER DELETE ON renderings BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER attestations_insert_stales_compiled AFTER INSERT ON attestations BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER attestations_update_stales_compiled AFTER UPDATE ON attestations BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER attestations_delete_stales_compiled AFTER DELETE ON attestations BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER documents_insert_stales_compiled AFTER INSERT ON documents BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER documents_update_stales_compiled AFTER UPDATE ON documents BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER documents_delete_stales_compiled AFTER DELETE ON documents BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER outlets_insert_stales_compiled AFTER INSERT ON outlets BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER outlets_update_stales_compiled AFTER UPDATE ON outlets BEGIN DELETE FROM compiled_glossary; END;
  CREATE TRIGGER outlets_delete_stales_compiled AFTER DELETE ON outlets BEGIN DELETE FROM compiled_glossary; END;
  `
]

/** The oldest schema this code still reads (a version 1 database has no compiled glossary, and is checked by compiling it). */
export const oldestReadableVersion = 1

/** The schema version this code reads and writes. */
export const schemaVersion = migrations.length

/** Bring the database up to {@link schemaVersion}, in one transaction per step. */
export async function migrate(db: Database): Promise<void> {
  const row = await db.get<{ user_version: number }>('PRAGMA user_version')
  const current = row?.user_version ?? 0
  if (current > schemaVersion) {
    throw new RenderingsError(`glossary schema version ${current} is newer than this toolkit's (${schemaVersion}); update the toolkit`, { code: 'ESCHEMA', file: db.path })
  }
  for (let version = current; version < schemaVersion; version++) {
    await db.transaction(async () => {
      // Re-read inside the lock: another process may have migrated meanwhile.
      const again = await db.get<{ user_version: number }>('PRAGMA user_version')
      if ((again?.user_version ?? 0) !== version) return
      await db.exec(migrations[version]!)
      // PRAGMA cannot take a bound parameter; the value is our own integer.
      await db.exec(`PRAGMA user_version = ${version + 1}`)
    })
  }
}
