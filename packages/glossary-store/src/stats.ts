import type { GlossaryStore } from './store.js'

/** Counts that describe a glossary. */
export interface GlossaryStats {
  schemaVersion: number
  concepts: number
  renderings: number
  attestations: number
  documents: number
  outlets: number
  candidates: { pending: number; accepted: number; rejected: number }
  renderingsByLanguage: { lang: string; count: number }[]
  renderingsByStatus: { status: string; count: number }[]
  attestationsByOrigin: { origin: string; count: number }[]
}

export async function glossaryStats(store: GlossaryStore): Promise<GlossaryStats> {
  const count = async (sql: string): Promise<number> => (await store.db.get<{ n: number }>(sql))?.n ?? 0
  const version = await store.db.get<{ user_version: number }>('PRAGMA user_version')
  const candidateRows = await store.db.all<{ status: 'pending' | 'accepted' | 'rejected'; n: number }>('SELECT status, count(*) AS n FROM candidates GROUP BY status')
  const candidates = { pending: 0, accepted: 0, rejected: 0 }
  for (const row of candidateRows) candidates[row.status] = row.n
  return {
    schemaVersion: version?.user_version ?? 0,
    concepts: await count('SELECT count(*) AS n FROM concepts'),
    renderings: await count('SELECT count(*) AS n FROM renderings'),
    attestations: await count('SELECT count(*) AS n FROM attestations'),
    documents: await count('SELECT count(*) AS n FROM documents'),
    outlets: await count('SELECT count(*) AS n FROM outlets'),
    candidates,
    renderingsByLanguage: await store.db.all('SELECT lang, count(*) AS count FROM renderings GROUP BY lang ORDER BY count DESC, lang'),
    renderingsByStatus: await store.db.all('SELECT status, count(*) AS count FROM renderings GROUP BY status ORDER BY count DESC, status'),
    attestationsByOrigin: await store.db.all('SELECT origin, count(*) AS count FROM attestations GROUP BY origin ORDER BY count DESC, origin')
  }
}
