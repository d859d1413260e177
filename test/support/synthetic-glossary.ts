import type { ConceptEntry, TermIndex } from '@renderings/types'

/**
 * A synthetic glossary of `concepts` concepts, each with a Chinese source,
 * a French and a Vietnamese rendering, and `attestationsPerTerm` attestations
 * on every rendering (with its context): the shape of the real data at any
 * scale, for the glossary store's tests and the glossary benchmark.
 */
export function syntheticIndex(concepts: number, attestationsPerTerm: number, outlets = 20): TermIndex {
  const entries: ConceptEntry[] = []
  for (let n = 0; n < concepts; n++) {
    const id = `c${String(n).padStart(6, '0')}`
    const han = hanName(n)
    const terms = [
      { lang: 'zh', text: `${han}秩序`, isSource: true },
      { lang: 'fr', text: `ordre numéro ${n} d’après-guerre`, isSource: false },
      { lang: 'vi', text: `trật tự số ${n} thời hậu chiến`, isSource: false }
    ].map((term, t) => ({
      conceptId: id,
      lang: term.lang,
      text: term.text,
      status: term.isSource ? ('preferred' as const) : ('admitted' as const),
      isSource: term.isSource,
      attestations: Array.from({ length: attestationsPerTerm }, (_, a) => ({
        doc: `doc${(n * 7 + a) % 5000}`,
        outlet: `Outlet ${(n + a) % outlets}`,
        date: '2025-11-25',
        sentence: a,
        start: 100 * a + t,
        end: 100 * a + t + term.text.length,
        text: term.text,
        origin: 'curated' as const,
        context: `… ${term.text} …`,
        contextStart: 100 * a + t - 2
      }))
    }))
    entries.push({ id, sourceLang: 'zh', sourceText: terms[0]!.text, terms })
  }
  return { concepts: entries }
}

/** A distinct run of Chinese characters for each number (base-64 digits over common characters). */
export function hanName(n: number): string {
  const alphabet = '国际战后和平发展合作安全经济贸易政治文化社会科学技术能源环境气候金融市场投资银行货币政策改革开放创新教育卫生健康农业工业交通'
  let value = n
  let text = ''
  do {
    text = alphabet[value % 64]! + text
    value = Math.floor(value / 64)
  } while (value > 0)
  return text.padStart(4, '中')
}
