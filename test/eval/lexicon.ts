// `pnpm eval:lexicon`: how much of real Chinese text the lexicon links, on
// the shared development data (MAC-Dev zh → en, and the outlets corpus's
// gold Chinese spans against their French and English renderings), and how
// often its similarity ranks a gold partner above its neighbours.
import { performance } from 'node:perf_hooks'
import { loadLexicon } from '@renderings/lexicon'
import { linkPrecision, macDevCoverage, macDevRanking, outletCoverage, outletLinkMass } from '../support/lexicon-coverage.js'
import { devDataFolder, hasDevData } from '../support/paths.js'

if (!hasDevData) {
  process.stdout.write(`eval:lexicon: no development data at ${devDataFolder} (set RENDERINGS_DEV_DATA); nothing to measure.\n`)
  process.exit(0)
}

const started = performance.now()
const lexicon = loadLexicon()
const loaded = performance.now()
const percent = (share: number): string => `${(100 * share).toFixed(1)} %`

process.stdout.write(`# Lexicon: coverage on the development data\n\nloaded in ${(loaded - started).toFixed(0)} ms\n\n`)
process.stdout.write('| corpus | Chinese word tokens | with ≥ 1 link | share | share of their weight |\n|---|---|---|---|---|\n')
const mac = macDevCoverage(lexicon)
process.stdout.write(`| MAC-Dev (zh → en), gold beads | ${mac.tokens} | ${mac.linked} | ${percent(mac.share)} | ${percent(mac.weightedShare)} |\n`)
for (const lang of ['fr', 'en']) {
  const outlets = outletCoverage(lexicon, lang)
  const noise = outletCoverage(lexicon, lang, true)
  process.stdout.write(`| outlets, gold spans → ${lang} renderings | ${outlets.tokens} | ${outlets.linked} | ${percent(outlets.share)} (into another line's rendering: ${percent(noise.share)}) | ${percent(outlets.weightedShare)} (${percent(noise.weightedShare)}) |\n`)
}
process.stdout.write('\n| outlets zh → fr: link weight of each source | per gold pair | into another line\'s rendering | share chance does not explain |\n|---|---|---|---|\n')
for (const row of outletLinkMass(lexicon, 'fr')) process.stdout.write(`| ${row.source} | ${row.gold.toFixed(3)} | ${row.random.toFixed(3)} | ${percent(row.precision)} |\n`)
for (const [languages, name] of [['en fr', 'LIMSI en–fr'], ['zh en', 'MAC-Dev zh–en']]) {
  process.stdout.write(`\n| ${name} 1-1 beads: links of each source | per gold pair | per unrelated pair | share chance does not explain |\n|---|---|---|---|\n`)
  for (const row of linkPrecision(lexicon, languages!)) {
    process.stdout.write(`| ${row.source} | ${row.gold.toFixed(3)} | ${row.random.toFixed(3)} | ${percent(row.precision)} |\n`)
  }
}
const ranking = macDevRanking(lexicon, 5)
process.stdout.write('\n| MAC-Dev gold 1-1 beads | beads | gold partner first within ±5 | share |\n|---|---|---|---|\n')
process.stdout.write(`| zh sentence → en neighbours | ${ranking.sourceToTarget.beads} | ${ranking.sourceToTarget.first} | ${percent(ranking.sourceToTarget.share)} |\n`)
process.stdout.write(`| en sentence → zh neighbours | ${ranking.targetToSource.beads} | ${ranking.targetToSource.first} | ${percent(ranking.targetToSource.share)} |\n`)
process.stdout.write(`\n(${((performance.now() - loaded) / 1000).toFixed(1)} s)\n`)
