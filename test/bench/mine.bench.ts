// Mining speed on generated coverage: events of one Chinese readout and nine
// pages (French and English) that render some of its clauses among other
// sentences, 10 events (100 documents) and 100 events (1,000 documents),
// segmented beforehand, mined with the lexicon and the repository glossary
// (median of 5 runs after an untimed one).
// Time should grow linearly with the number of events (ratio ≈ 10) and
// 1,000 documents take under 10 s. The reference, timed in the same run, is
// what any lexicon-based miner pays at least: preparing every sentence and
// clause of the documents with the lexicon once.
import { performance } from 'node:perf_hooks'
import { loadLexicon } from '@renderings/lexicon'
import { mineCorpus, type MiningDocument } from '@renderings/mine'
import { segmentDocument } from '@renderings/segment'
import { mineReadings, repositoryGlossary } from '../support/mine-pipeline.js'
import { median, row } from './measure.js'

// Clauses of an imagined readout with a French and an English rendering each.
const clauses: Array<[string, string, string]> = [
  ['双方同意加强气候合作', 'les deux parties ont convenu de renforcer la coopération climatique', 'the two sides agreed to strengthen climate cooperation'],
  ['共同应对全球挑战', 'relever ensemble les défis mondiaux', 'jointly meet global challenges'],
  ['推动经济贸易往来', 'promouvoir les échanges économiques et commerciaux', 'promote economic and trade exchanges'],
  ['深化人文交流', 'approfondir les échanges culturels', 'deepen cultural exchanges'],
  ['扩大能源合作', 'élargir la coopération énergétique', 'expand energy cooperation'],
  ['加强农业投资', 'renforcer les investissements agricoles', 'strengthen agricultural investment'],
  ['保护生物多样性', 'protéger la biodiversité', 'protect biodiversity'],
  ['促进可持续发展', 'promouvoir le développement durable', 'promote sustainable development'],
  ['改善港口基础设施', 'améliorer les infrastructures portuaires', 'improve port infrastructure'],
  ['开展科技创新合作', 'mener une coopération dans l’innovation scientifique', 'carry out cooperation in scientific innovation'],
  ['支持青年交流项目', 'soutenir les programmes d’échanges de jeunes', 'support youth exchange programmes'],
  ['加快数字经济发展', 'accélérer le développement de l’économie numérique', 'speed up the development of the digital economy']
]
const filler = 'le ministre a rencontré des représentants de la presse locale samedi matin avant de visiter une usine et un marché dans la capitale où des habitants ont évoqué les prix le logement et les transports publics'.split(' ')

let seed = 11
function random(below: number): number {
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % below
}

function pick<T>(items: readonly T[], count: number): T[] {
  const pool = [...items]
  return Array.from({ length: Math.min(count, pool.length) }, () => pool.splice(random(pool.length), 1)[0]!)
}

function fillerSentence(): string {
  const words = Array.from({ length: 10 + random(12) }, () => filler[random(filler.length)]!)
  return `${words.join(' ').replace(/^./u, (first) => first.toUpperCase())}.`
}

/** One event: a readout of eight clauses and nine pages rendering five of them each, in French (seven) or English (two). */
function generateEvent(event: number): MiningDocument[] {
  const chosen = pick(clauses, 8)
  const readout = chosen.map(([zh], index) => `${zh}${index % 2 === 0 ? '，' : '。'}`).join('')
  const documents: Array<{ doc: string; text: string }> = [{ doc: `e${event}-xinhua`, text: `外长第${event}次会谈。\n${readout}` }]
  for (let page = 0; page < 9; page++) {
    const english = page >= 7
    const sentences = pick(chosen, 5).map(([, fr, en]) => (english ? `Officials said they would ${en}.` : `Selon le ministre, les pays vont ${fr}.`))
    for (let extra = 0; extra < 4; extra++) sentences.splice(random(sentences.length + 1), 0, english ? 'The minister also met reporters on Saturday morning.' : fillerSentence())
    documents.push({ doc: `e${event}-page${page}`, text: sentences.join(' ') })
  }
  return documents.map(({ doc, text }) => ({ segmented: segmentDocument(text, { doc }), outlet: doc.split('-')[1]!, date: 'unknown', event: `event${event}` }))
}

export default async function (): Promise<void> {
  const glossary = repositoryGlossary()
  const lexicon = loadLexicon()
  lexicon.prepare('双方同意', 'zh')
  lexicon.prepare('les deux parties', 'fr')
  // MINE_EVENTS=10 for a quick look; the linearity reference is always the 10-event run.
  const sizes = (process.env['MINE_EVENTS'] ?? '10,100').split(',').map(Number)
  const all = Array.from({ length: Math.max(...sizes) }, (_, event) => generateEvent(event))
  // One untimed run first: the first run compiles the code and fills the lexicon's caches.
  mineCorpus(all.slice(0, Math.min(...sizes)).flat(), { glossary, readings: mineReadings, lexicon })
  const times = new Map<number, number>()
  const references = new Map<number, number>()
  const candidates = new Map<number, number>()
  for (const size of sizes) {
    const documents = all.slice(0, size).flat()
    const runs: number[] = []
    const referenceRuns: number[] = []
    for (let run = 0; run < 5; run++) {
      const start = performance.now()
      const result = mineCorpus(documents, { glossary, readings: mineReadings, lexicon })
      runs.push(performance.now() - start)
      candidates.set(size, result.candidates.length)
      const referenceStart = performance.now()
      for (const document of documents) for (const segment of document.segmented.segments) lexicon.prepare(segment.text, segment.lang)
      referenceRuns.push(performance.now() - referenceStart)
    }
    times.set(size, median(runs))
    references.set(size, median(referenceRuns))
  }
  row('events', 'documents', 'mine, median ms (5 runs)', 'candidates', 'reference: lexicon.prepare of every segment, ms', 'mine / reference', 'ratio to 10 events')
  row('---', '---', '---', '---', '---', '---', '---')
  for (const size of sizes) {
    row(size, size * 10, times.get(size)!, candidates.get(size)!, references.get(size)!, times.get(size)! / references.get(size)!, times.has(10) ? times.get(size)! / times.get(10)! : 'n/a')
  }
  if (!times.has(10) || !times.has(100)) return
  process.stdout.write(`\n1,000 documents (100 events of 10) in ${(times.get(100)! / 1000).toFixed(2)} s (target < 10 s); ratio 100/10 events = ${(times.get(100)! / times.get(10)!).toFixed(1)} (linear: 10)\n`)
}
