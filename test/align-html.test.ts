// The alignment report of seed 003 in a real browser: the page a linguist
// opens must show every bead as a row, colour rows by confidence, keep
// gaps visible, make no request and run nothing.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { alignDocumentLanguages } from '@renderings/align'
import { type AlignmentReport, renderAlignmentHtml } from '@renderings/report'
import { segmentDocument } from '@renderings/segment'
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launchHeadlessChromium } from './support/browser.js'
import { chromium, requireTools } from './support/external-tools.js'
import { seedsFolder } from './support/paths.js'

const folder = mkdtempSync(join(tmpdir(), 'renderings-align-html-'))

function seedReport(): AlignmentReport {
  const document = segmentDocument(readFileSync(join(seedsFolder, '003_b9c731b561ac0d7c.txt'), 'utf8'), { doc: '003' })
  const pairs = alignDocumentLanguages(document).map((pair) => ({
    source: { lang: pair.sourceLang, doc: '003', sentences: pair.source.map((segment) => segment.text), sentenceNumbers: pair.source.map((segment) => segment.sentence) },
    target: { lang: pair.targetLang, doc: '003', sentences: pair.target.map((segment) => segment.text), sentenceNumbers: pair.target.map((segment) => segment.sentence) },
    beads: pair.beads
  }))
  // A hostile sentence, to see escaping hold in the browser too.
  pairs[0]!.source.sentences[0] += ' <img src=x onerror="alert(1)"><script>alert(2)</script>'
  return { title: 'Seed 003 <aligned>', pairs }
}

describe('alignment report in a real browser', () => {
  let browser: BrowserContext | undefined
  const available = hasChromium()

  beforeAll(async () => {
    if (!available) return
    browser = await launchHeadlessChromium(join(folder, 'profile'), { width: 1280, height: 900 })
  })

  afterAll(async () => {
    await browser?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('shows every bead as a row, coloured by confidence, with gaps and anchors visible', async (context) => {
    requireTools(context, chromium)
    const report = seedReport()
    const file = join(folder, 'alignment.html')
    writeFileSync(file, renderAlignmentHtml(report))
    const page = await browser!.newPage()
    const requests: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url())
    })
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    await page.goto(pathToFileURL(file).href)
    await expect(page.title()).resolves.toBe('Seed 003 <aligned>')
    const sections = page.locator('section')
    await expect(sections.count()).resolves.toBe(report.pairs.length)
    for (const [index, pair] of report.pairs.entries()) {
      await expect(sections.nth(index).locator('tbody tr').count()).resolves.toBe(pair.beads.length)
    }
    // fr→vi first: 16 confident rows; fr→en: one pairing and 15 grey gaps.
    await expect(sections.nth(0).locator('tr.high').count()).resolves.toBe(16)
    await expect(sections.nth(1).locator('tr.gap').count()).resolves.toBe(15)
    await expect(sections.nth(1).locator('td.none').first().textContent()).resolves.toBe('no counterpart')
    // Evaluated in the page (a string, as the test project has no DOM types).
    const colours = (await page.evaluate(`['tr.high td', 'tr.gap td'].map((selector) => getComputedStyle(document.querySelector(selector)).backgroundColor)`)) as string[]
    expect(new Set(colours).size).toBe(2)
    // The first body sentence: its date is marked on both sides.
    const firstBody = sections.nth(0).locator('tbody tr').nth(1)
    await expect(firstBody.locator('mark', { hasText: '5 juin' }).count()).resolves.toBe(1)
    await expect(firstBody.locator('mark', { hasText: '5/6' }).count()).resolves.toBe(1)
    expect(dialogs).toEqual([])
    expect(requests).toEqual([])
    const png = await page.screenshot({ path: join(folder, 'alignment.png') })
    expect(png.length).toBeGreaterThan(20_000)
    if (process.env['RENDERINGS_KEEP_SCREENSHOT']) writeFileSync(process.env['RENDERINGS_KEEP_SCREENSHOT'], png)
  })
})
