import { RenderingsError } from '@renderings/errors'
import { checkLanguage, renderingStatuses } from '@renderings/glossary'
import { addAttestation, addConcept, addRendering, withStore } from '@renderings/glossary-store'
import type { RenderingStatus } from '@renderings/types'
import type { GlossaryAddOptions } from '../commands/glossary.js'
import { glossaryDatabasePath } from './glossary-paths.js'

export async function runGlossaryAdd(kind: string, concept: string, options: GlossaryAddOptions): Promise<void> {
  if (!['concept', 'rendering', 'attestation'].includes(kind)) {
    throw new RenderingsError(`cannot add "${kind}": expected concept, rendering or attestation`, { code: 'EUSAGE' })
  }
  const lang = checkLanguage(requireOption(options.lang, '--lang'), 'the --lang option')
  const text = requireOption(options.text ?? options.rendering, '--text')
  const path = glossaryDatabasePath(options.db)
  await withStore(path, {}, async (store) => {
    if (kind === 'concept') {
      if (!/^[a-z0-9][a-z0-9._-]*$/.test(concept)) throw new RenderingsError(`concept id "${concept}" must be lower-case letters, digits, ".", "_" or "-"`, { code: 'EUSAGE' })
      await addConcept(store, { id: concept, sourceLang: lang, sourceText: text, ...optional(options, ['gloss', 'domain', 'note', 'contested']) })
      process.stdout.write(`added concept ${concept}: ${lang} "${text}"\n`)
    } else if (kind === 'rendering') {
      await addRendering(store, { conceptId: concept, lang, text, status: status(options.status), ...optional(options, ['note']) })
      process.stdout.write(`added ${lang} rendering "${text}" to ${concept}\n`)
    } else {
      const rendering = options.rendering ?? text
      await addAttestation(store, {
        conceptId: concept,
        lang,
        rendering,
        text: options.text ?? rendering,
        doc: requireOption(options.doc, '--doc'),
        ...optional(options, ['outlet', 'date']),
        sentence: whole(options.sentence, '--sentence'),
        start: whole(options.start, '--start'),
        end: whole(options.end, '--end'),
        origin: 'curated'
      })
      process.stdout.write(`added attestation of "${rendering}" in ${options.doc} [${options.start}, ${options.end})\n`)
    }
  })
}

function requireOption(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === '') throw new RenderingsError(`${name} is required and must not be empty`, { code: 'EUSAGE' })
  return value
}

function status(value: string | undefined): RenderingStatus {
  if (value === undefined) return 'admitted'
  if (!renderingStatuses.includes(value as RenderingStatus)) {
    throw new RenderingsError(`unknown --status "${value}" (expected ${renderingStatuses.join(', ')})`, { code: 'EUSAGE' })
  }
  return value as RenderingStatus
}

function whole(value: string | undefined, name: string): number {
  const number = Number(requireOption(value, name))
  if (!Number.isInteger(number) || number < 0) throw new RenderingsError(`${name} must be a whole number ≥ 0, not "${value}"`, { code: 'EUSAGE' })
  return number
}

function optional<Key extends keyof GlossaryAddOptions>(options: GlossaryAddOptions, keys: Key[]): Partial<Record<Key, string>> {
  const picked: Partial<Record<Key, string>> = {}
  for (const key of keys) {
    const value = options[key]
    if (typeof value === 'string' && value.trim() !== '') picked[key] = value
  }
  return picked
}
