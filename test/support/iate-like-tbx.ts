// A synthetic termbase shaped like an IATE export (the EU's termbase, which
// translators import as TBX files of hundreds of megabytes): numeric entry
// ids, a subjectField with several domains, many languages per entry (EU
// languages in their scripts), termType and reliabilityCode on each term,
// some administrativeStatus and notes. Generated, deterministic, written as
// a stream, so a gigabyte costs no memory; never downloaded.
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

const languages = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'la']
const domains = ['insurance', 'financial institutions and credit', 'chemistry', 'pharmaceutical industry', 'illness', 'linguistics', 'international law', 'fisheries', 'taxation', 'transport policy', 'energy policy', 'trade policy', 'environmental policy']
const latin = ['ra', 'ti', 'on', 'al', 'ver', 'ment', 'ko', 'sa', 'ri', 'tel', 'ein', 'ung', 'ci', 'ja', 'der', 'lo', 'pe', 'ni', 'sta', 'gen', 'mi', 'ka', 'nu', 'po']
const accents: Record<string, string[]> = {
  cs: ['ř', 'č', 'ě', 'ý'], da: ['æ', 'ø', 'å'], de: ['ä', 'ö', 'ü', 'ß'], es: ['ñ', 'á', 'ó'], et: ['õ', 'ä'], fi: ['ä', 'ö'], fr: ['é', 'è', 'ç', 'à'],
  ga: ['á', 'í'], hr: ['č', 'ć', 'š', 'ž'], hu: ['ő', 'ű', 'é'], lt: ['ą', 'ė', 'į'], lv: ['ā', 'ē', 'ļ'], mt: ['ħ', 'ż', 'ġ'], pl: ['ł', 'ś', 'ż', 'ą'],
  pt: ['ã', 'ç', 'õ'], ro: ['ă', 'ș', 'ț'], sk: ['ľ', 'ô', 'ň'], sl: ['č', 'š', 'ž'], sv: ['å', 'ä', 'ö']
}
const greek = ['πο', 'λι', 'τι', 'κή', 'σύ', 'στη', 'μα', 'νο', 'ρι', 'ας']
const cyrillic = ['по', 'ли', 'ти', 'ка', 'сис', 'те', 'ма', 'но', 'ре', 'жим']
const statuses = ['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts']

/** A small deterministic generator (xorshift32): the same file for the same seed. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1
  return () => {
    state ^= state << 13
    state >>>= 0
    state ^= state >>> 17
    state ^= state << 5
    state >>>= 0
    return state / 0x100000000
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}

/** Write an IATE-like TBX file of about `bytes` bytes; resolves with the number of entries. */
export async function writeIateLikeTbx(path: string, bytes: number, seed = 42): Promise<number> {
  const next = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const word = (lang: string): string => {
    const syllables = lang === 'el' ? greek : lang === 'bg' ? cyrillic : latin
    let text = ''
    for (let count = 1 + Math.floor(next() * 3); count > 0; count--) text += pick(syllables)
    const marks = accents[lang]
    if (marks !== undefined && next() < 0.5) text = text.slice(0, 1) + pick(marks) + text.slice(1)
    return text
  }
  const out = createWriteStream(path)
  let written = 0
  const write = async (text: string): Promise<void> => {
    written += Buffer.byteLength(text)
    if (!out.write(text)) await once(out, 'drain')
  }
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n  <tbxHeader><fileDesc><sourceDesc><p>IATE-like synthetic export</p></sourceDesc></fileDesc></tbxHeader>\n  <text>\n    <body>\n')
  let entries = 0
  let id = 1_000_000
  while (written < bytes) {
    id += 1 + Math.floor(next() * 40)
    entries++
    const parts: string[] = [`      <conceptEntry id="${id}">\n`]
    parts.push(`        <descrip type="subjectField">${[...new Set([pick(domains), pick(domains)])].join('; ')}</descrip>\n`)
    if (next() < 0.1) parts.push(`        <note>Entry ${id} merged from two records; see the ${pick(domains)} dossier.</note>\n`)
    // English always, then each other language with a probability that makes about ten languages an entry.
    const chosen = languages.filter((lang) => lang === 'en' || next() < 0.38)
    for (const lang of chosen) {
      parts.push(`        <langSec xml:lang="${lang}">\n`)
      const terms = new Set<string>()
      for (let count = next() < 0.25 ? 2 : 1; count > 0; count--) {
        const words = Array.from({ length: 1 + Math.floor(next() * 4) }, () => word(lang))
        terms.add(words.join(' '))
      }
      for (const term of terms) {
        parts.push(`          <termSec>\n            <term>${escapeXml(term)}</term>\n            <termNote type="termType">${next() < 0.9 ? 'fullForm' : pick(['abbreviation', 'shortForm', 'phrase'])}</termNote>\n            <descrip type="reliabilityCode">${pick(['1', '3', '3', '6', '9', '9'])}</descrip>\n`)
        if (next() < 0.15) parts.push(`            <termNote type="administrativeStatus">${pick(statuses)}</termNote>\n`)
        parts.push('          </termSec>\n')
      }
      parts.push('        </langSec>\n')
    }
    parts.push('      </conceptEntry>\n')
    await write(parts.join(''))
  }
  await write('    </body>\n  </text>\n</tbx>\n')
  out.end()
  await once(out, 'finish')
  return entries
}
