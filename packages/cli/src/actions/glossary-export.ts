import { RenderingsError } from '@renderings/errors'
import { writeFileAtomic } from '@renderings/corpus'
import { loadTermIndex, withStore } from '@renderings/glossary-store'
import type { GlossaryExportOptions } from '../commands/glossary.js'
import { glossaryDatabasePath } from './glossary-paths.js'

export async function runGlossaryExport(options: GlossaryExportOptions): Promise<void> {
  const format = options.format.toLowerCase()
  if (!['tbx', 'csv', 'json'].includes(format)) throw new RenderingsError(`unknown --format "${options.format}", expected tbx, csv or json`, { code: 'EUSAGE' })
  const version = Number(options.tbxVersion)
  if (version !== 2 && version !== 3) throw new RenderingsError(`unknown --tbx-version "${options.tbxVersion}", expected 2 or 3`, { code: 'EUSAGE' })
  const index = await withStore(glossaryDatabasePath(options.db), { readonly: true }, (store) => loadTermIndex(store))
  const tbx = await import('@renderings/tbx')
  const text =
    format === 'tbx' ? tbx.writeTbx(index, { version }) : format === 'csv' ? tbx.writeGlossaryCsv(index) : `${JSON.stringify(tbx.canonicalIndex(index), null, 2)}\n`
  if (options.output === undefined) process.stdout.write(text)
  else await writeFileAtomic(options.output, text)
}
