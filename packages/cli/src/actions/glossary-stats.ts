import { glossaryStats, listOutlets, withStore } from '@renderings/glossary-store'
import type { GlossaryListOptions } from '../commands/glossary.js'
import { glossaryDatabasePath } from './glossary-paths.js'

export async function runGlossaryOutlets(options: GlossaryListOptions): Promise<void> {
  const outlets = await withStore(glossaryDatabasePath(options.db), { readonly: true }, (store) => listOutlets(store))
  if (options.json === true) {
    process.stdout.write(`${JSON.stringify(outlets, null, 2)}\n`)
    return
  }
  const lines = ['documents  attestations  outlet']
  for (const outlet of outlets) {
    lines.push(`${String(outlet.documents).padStart(9)}  ${String(outlet.attestations).padStart(12)}  ${outlet.name}${outlet.evidence ? `  (${outlet.evidence})` : ''}`)
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}

export async function runGlossaryStats(options: GlossaryListOptions): Promise<void> {
  const path = glossaryDatabasePath(options.db)
  const stats = await withStore(path, { readonly: true }, (store) => glossaryStats(store))
  if (options.json === true) {
    process.stdout.write(`${JSON.stringify({ database: path, ...stats }, null, 2)}\n`)
    return
  }
  const list = (items: { count: number }[], key: string): string => items.map((item) => `${(item as unknown as Record<string, string>)[key]} ${item.count}`).join(', ') || '—'
  process.stdout.write(
    [
      `database: ${path} (schema ${stats.schemaVersion})`,
      `concepts: ${stats.concepts}`,
      `renderings: ${stats.renderings} (${list(stats.renderingsByLanguage, 'lang')}; ${list(stats.renderingsByStatus, 'status')})`,
      `attestations: ${stats.attestations} (${list(stats.attestationsByOrigin, 'origin')})`,
      `documents: ${stats.documents}, outlets: ${stats.outlets}`,
      `review queue: ${stats.candidates.pending} pending, ${stats.candidates.accepted} accepted, ${stats.candidates.rejected} rejected`
    ].join('\n') + '\n'
  )
}
