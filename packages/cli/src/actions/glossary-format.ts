import type { ConceptDetails, SearchHit } from '@renderings/glossary-store'
import type { Attestation } from '@renderings/types'

const contextWidth = 40

/** A concept as the query and show commands print it: renderings grouped by language, outlets, one KWIC line per attestation. */
export function formatConcept(concept: ConceptDetails, hit: SearchHit | undefined): string {
  const lines: string[] = []
  const matched = hit === undefined ? '' : `  (matched ${hit.kind}: ${hit.matched.lang} "${hit.matched.text}")`
  lines.push(`${concept.sourceText}  [${concept.id}]  ${concept.sourceLang}${concept.domain ? ` · ${concept.domain}` : ''}${matched}`)
  if (concept.gloss) lines.push(`  gloss: ${concept.gloss}`)
  if (concept.contested) lines.push(`  contested: ${concept.contested}`)
  if (concept.note) lines.push(`  note: ${concept.note}`)
  let language = ''
  for (const term of concept.terms) {
    if (term.lang !== language) {
      language = term.lang
      lines.push(`  ${language}`)
    }
    const status = term.isSource ? 'source' : term.status
    lines.push(`    ${term.text}  (${status})${term.note ? ` — ${term.note}` : ''}`)
    if (term.outlets.length > 0) lines.push(`      used by: ${term.outlets.map((usage) => `${usage.outlet} ×${usage.count}`).join(', ')}`)
    for (const attestation of term.attestations) lines.push(`      ${attestationLine(attestation)}`)
  }
  return `${lines.join('\n')}\n`
}

function attestationLine(attestation: Attestation): string {
  const where = `${attestation.doc} s${attestation.sentence} [${attestation.start}, ${attestation.end})`
  return `${where}  ${keywordInContext(attestation)}${attestation.origin === 'curated' ? '' : `  (${attestation.origin})`}`
}

/** `…left [match] right…` on one line, from the stored sentence when there is one. */
function keywordInContext(attestation: Attestation): string {
  const context = attestation.context
  const offset = attestation.contextStart
  if (context === undefined || offset === undefined) return `[${attestation.text}]`
  const start = attestation.start - offset
  const end = attestation.end - offset
  if (start < 0 || end > context.length) return `[${attestation.text}]`
  const leftStart = Math.max(0, start - contextWidth)
  const rightEnd = Math.min(context.length, end + contextWidth)
  const flat = (text: string): string => text.replace(/\s+/gu, ' ')
  return `${leftStart > 0 ? '…' : ''}${flat(context.slice(leftStart, start))}[${context.slice(start, end)}]${flat(context.slice(end, rightEnd))}${rightEnd < context.length ? '…' : ''}`
}
