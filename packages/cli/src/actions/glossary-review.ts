import { resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { RenderingsError } from '@renderings/errors'
import { renderingStatuses } from '@renderings/glossary'
import { acceptCandidate, defaultDatabasePath, listCandidates, rejectCandidate, withStore, type Candidate, type CandidateEdits, type GlossaryStore } from '@renderings/glossary-store'
import type { RenderingStatus } from '@renderings/types'
import type { GlossaryReviewOptions } from '../commands/glossary-review.js'

/** `renderings glossary review`: list, accept (edited) or reject mined candidates. */
export async function runGlossaryReview(options: GlossaryReviewOptions): Promise<void> {
  if (options.accept !== undefined && options.reject !== undefined) {
    throw new RenderingsError('give --accept or --reject, not both', { code: 'EUSAGE' })
  }
  const database = resolve(options.db ?? (process.env['RENDERINGS_DB'] || defaultDatabasePath()))
  const deciding = options.accept !== undefined || options.reject !== undefined
  const interactive = !deciding && options.json !== true && process.stdin.isTTY === true && process.stdout.isTTY === true
  await withStore(database, { readonly: !deciding && !interactive, create: false }, async (store) => {
    if (options.accept !== undefined) {
      const id = candidateNumber(options.accept)
      const renderingId = await acceptCandidate(store, id, edits(options))
      process.stdout.write(`accepted candidate ${id}: rendering ${renderingId}, with its attestation\n`)
      return
    }
    if (options.reject !== undefined) {
      const id = candidateNumber(options.reject)
      await rejectCandidate(store, id, options.reason)
      process.stdout.write(`rejected candidate ${id}\n`)
      return
    }
    const candidates = await listCandidates(store, options.all === true ? {} : { status: 'pending' })
    if (options.json === true) {
      process.stdout.write(`${JSON.stringify(candidates, null, 2)}\n`)
      return
    }
    if (interactive) {
      await reviewInteractively(store, candidates)
      return
    }
    process.stdout.write(candidates.length === 0 ? 'the review queue is empty\n' : `${candidates.map(describe).join('\n')}\n`)
  })
}

function describe(candidate: Candidate): string {
  const target = candidate.conceptId ?? `new concept for ${candidate.sourceText ?? '?'}`
  const where = `${candidate.evidence.doc} s${candidate.evidence.sentence + 1} [${candidate.evidence.start},${candidate.evidence.end})`
  const status = candidate.status === 'pending' ? '' : ` (${candidate.status})`
  return `#${candidate.id}${status} ${candidate.method} ${candidate.score.toFixed(2)}  ${candidate.lang} «${candidate.text}» → ${target}  ${where}${candidate.outlet ? ` ${candidate.outlet}` : ''}`
}

async function reviewInteractively(store: GlossaryStore, candidates: readonly Candidate[]): Promise<void> {
  const prompt = createInterface({ input: process.stdin, terminal: false })
  // Read answers through the line iterator: it buffers lines typed (or
  // pasted) ahead of the question, and ends cleanly on Ctrl+D.
  const lines = prompt[Symbol.asyncIterator]()
  const ask = async (question: string): Promise<string | undefined> => {
    process.stdout.write(question)
    const next = await lines.next()
    return next.done === true ? undefined : String(next.value).trim()
  }
  try {
    for (const candidate of candidates) {
      process.stdout.write(`\n${describe(candidate)}\n  ${candidate.evidence.sentenceText ?? ''}\n`)
      if (candidate.evidence.source !== undefined) process.stdout.write(`  source: ${candidate.evidence.source.text}\n`)
      const answer = (await ask('[a]ccept, [e]dit and accept, [r]eject, [s]kip, [q]uit? '))?.toLowerCase()
      if (answer === undefined || answer === 'q') break
      if (answer === 'a') process.stdout.write(`  accepted: rendering ${await acceptCandidate(store, candidate.id)}\n`)
      else if (answer === 'e') {
        const text = await ask(`  text [${candidate.text}]: `)
        if (text === undefined) break
        process.stdout.write(`  accepted: rendering ${await acceptCandidate(store, candidate.id, text === '' ? {} : { text })}\n`)
      } else if (answer === 'r') {
        const reason = await ask('  reason (optional): ')
        await rejectCandidate(store, candidate.id, reason === undefined || reason === '' ? undefined : reason)
        process.stdout.write('  rejected\n')
      }
    }
  } finally {
    prompt.close()
  }
}

function candidateNumber(value: string): number {
  const id = Number(value)
  if (!Number.isInteger(id) || id <= 0) throw new RenderingsError(`"${value}" is not a candidate number`, { code: 'EUSAGE' })
  return id
}

function edits(options: GlossaryReviewOptions): CandidateEdits {
  const result: CandidateEdits = {}
  if (options.text !== undefined) result.text = options.text
  if (options.concept !== undefined) result.conceptId = options.concept
  if (options.status !== undefined) {
    if (!(renderingStatuses as readonly string[]).includes(options.status)) {
      throw new RenderingsError(`unknown --status "${options.status}", expected ${renderingStatuses.join(', ')}`, { code: 'EUSAGE' })
    }
    result.status = options.status as RenderingStatus
  }
  return result
}
