import { foldKey } from '@renderings/normalize'
import type { GlossaryStore } from './store.js'

/** How a rendering matched a query, best first. */
export type MatchKind = 'exact' | 'folded' | 'substring' | 'folded-substring'

const kindRank: Record<MatchKind, number> = { exact: 0, folded: 1, substring: 2, 'folded-substring': 3 }

/** One concept found by {@link searchConcepts}. */
export interface SearchHit {
  conceptId: string
  /** The best way one of its renderings matched. */
  kind: MatchKind
  /** The rendering that matched best, and its language. */
  matched: { lang: string; text: string }
  /** Lower is better: the kind's rank, then how much longer the rendering is than the query. */
  score: number
}

/** Options of {@link searchConcepts}. */
export interface SearchOptions {
  /** Only renderings in this language count as matches. */
  lang?: string
  /** At most this many concepts (default 20). */
  limit?: number
}

interface MatchRow {
  concept_id: string
  lang: string
  text: string
  kind: MatchKind
}

// Every candidate row is at most this many per strategy: a one-letter query
// must not drag a 300,000-row glossary through JavaScript.
const perStrategyLimit = 500

/**
 * Find concepts whose renderings (source phrase included) match `query`, for
 * every script: exact text; accent-, case- and apostrophe-insensitive text
 * (the folded key); substrings through the FTS5 trigram index for three
 * characters or more, and a scan with instr() for one or two (trigrams
 * cannot index them; instr is LIKE without wildcards to escape). A match on
 * any rendering finds the concept, so a French rendering leads back to its
 * Chinese concept. Ranked: exact before folded before
 * substring, then the closest length, then the concept id.
 */
export async function searchConcepts(store: GlossaryStore, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const text = query.normalize('NFC').trim()
  const folded = foldKey(text)
  if (text === '') return []
  const lang = options.lang ?? null
  const rows: MatchRow[] = []
  rows.push(
    ...(await store.db.all<MatchRow>(
      `SELECT concept_id, lang, text, 'exact' AS kind FROM renderings WHERE text = ?1 AND (?2 IS NULL OR lang = ?2)
       UNION ALL
       SELECT concept_id, lang, text, 'folded' AS kind FROM renderings WHERE folded = ?3 AND (?2 IS NULL OR lang = ?2)
       LIMIT ?4`,
      [text, lang, folded, perStrategyLimit]
    ))
  )
  if ([...folded].length >= 3) {
    rows.push(
      ...(await store.db.all<MatchRow>(
        `SELECT r.concept_id, r.lang, r.text, CASE WHEN instr(r.text, ?2) > 0 THEN 'substring' ELSE 'folded-substring' END AS kind
         FROM renderings_fts f JOIN renderings r ON r.id = f.rowid
         WHERE renderings_fts MATCH ?1 AND (?3 IS NULL OR r.lang = ?3)
         LIMIT ?4`,
        [ftsPhrase(folded), text, lang, perStrategyLimit]
      ))
    )
  } else if (folded !== '') {
    rows.push(
      ...(await store.db.all<MatchRow>(
        `SELECT concept_id, lang, text, CASE WHEN instr(text, ?1) > 0 THEN 'substring' ELSE 'folded-substring' END AS kind
         FROM renderings WHERE instr(folded, ?2) > 0 AND (?3 IS NULL OR lang = ?3)
         LIMIT ?4`,
        [text, folded, lang, perStrategyLimit]
      ))
    )
  }
  return rank(rows, text, options.limit ?? 20)
}

/**
 * The FTS5 query: the folded text as one quoted phrase. Double quotes inside
 * are doubled, FTS5's own escape, so no query text is ever read as FTS
 * syntax (and the whole string is still a bound parameter). The trigram
 * index is on the folded key, so the folded query finds accented and plain
 * spellings alike; `instr` on the original text tells the two apart.
 */
function ftsPhrase(folded: string): string {
  return `"${folded.replaceAll('"', '""')}"`
}

function rank(rows: readonly MatchRow[], query: string, limit: number): SearchHit[] {
  const best = new Map<string, SearchHit>()
  for (const row of rows) {
    const score = kindRank[row.kind] * 1000 + Math.min(999, Math.abs(row.text.length - query.length))
    const current = best.get(row.concept_id)
    if (current === undefined || score < current.score) {
      best.set(row.concept_id, { conceptId: row.concept_id, kind: row.kind, matched: { lang: row.lang, text: row.text }, score })
    }
  }
  return [...best.values()]
    .sort((a, b) => a.score - b.score || (a.conceptId < b.conceptId ? -1 : a.conceptId > b.conceptId ? 1 : 0))
    .slice(0, limit)
}
