import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext } from 'playwright-core'
import type { Attestation, TermIndex } from '@renderings/types'
import { buildVariationReport, renderVariationHtml } from '@renderings/report'
import { hasChromium, launchHeadlessChromium } from './support/browser.js'
import { chromium, requireTools } from './support/external-tools.js'

const folder = mkdtempSync(join(tmpdir(), 'renderings-report-'))

function attestation(doc: string, outlet: string, date: string, text: string, context: string): Attestation {
  const at = context.indexOf(text)
  return { doc, outlet, date, sentence: 2, start: 1000 + at, end: 1000 + at + text.length, text, origin: 'mined', context, contextStart: 1000 }
}

const index: TermIndex = {
  concepts: [
    {
      id: 'order', sourceLang: 'zh', sourceText: '战后国际秩序', gloss: 'post-war international order',
      terms: [
        { conceptId: 'order', lang: 'fr', text: 'ordre international d’après-guerre', status: 'preferred', isSource: false, attestations: [attestation('000', 'Le Grand Continent', '2025-11-24', 'ordre international d’après-guerre', 'Le cadre d’un « ordre international d’après-guerre » est mobilisé <script>alert(1)</script>')] },
        { conceptId: 'order', lang: 'fr', text: 'ordre international post-guerre', status: 'admitted', isSource: false, attestations: [attestation('001', 'VNA', '2025-11-25', 'ordre international post-guerre', "fait partie intégrante de l'ordre international post-guerre")] },
        { conceptId: 'order', lang: 'vi', text: 'trật tự quốc tế thời hậu chiến', status: 'preferred', isSource: false, attestations: [attestation('009', 'VNA', '2025-11-25', 'trật tự quốc tế thời hậu chiến', 'là một phần của trật tự quốc tế thời hậu chiến')] }
      ]
    },
    {
      id: 'important-part', sourceLang: 'zh', sourceText: '重要组成部分',
      terms: [
        { conceptId: 'important-part', lang: 'fr', text: 'élément important', status: 'admitted', isSource: false, attestations: [attestation('000', 'Le Grand Continent', '2025-11-24', 'élément important', 'retour à la Chine est un élément important » de cet ordre')] },
        { conceptId: 'important-part', lang: 'fr', text: 'élément essentiel', status: 'admitted', isSource: false, attestations: [{ ...attestation('000', 'Le Grand Continent', '2025-11-24', 'élément essentiel', 'la Chine est un élément essentiel de l’ordre'), start: 3000, end: 3017, contextStart: 2985 }] }
      ]
    }
  ]
}

describe('variation report in a real browser', () => {
  let browser: BrowserContext | undefined
  const available = hasChromium()

  beforeAll(async () => {
    if (!available) return
    // A fresh profile per run: nothing from an earlier run or another test leaks in.
    browser = await launchHeadlessChromium(join(folder, 'profile'), { width: 1200, height: 700 })
  })

  afterAll(async () => {
    await browser?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('opens the report, finds the table and the flag, expands an attestation, and draws a non-blank page', async (context) => {
    requireTools(context, chromium)
    const file = join(folder, 'renderings.html')
    writeFileSync(file, renderVariationHtml(buildVariationReport({ index, title: 'Renderings: browser check' })))
    const page = await browser!.newPage()
    const requests: string[] = []
    page.on('request', (request) => { if (!request.url().startsWith('file:')) requests.push(request.url()) })
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss() })
    await page.goto(pathToFileURL(file).href)
    const table = page.locator('table#variation')
    await expect(table.count()).resolves.toBe(1)
    await expect(table.locator('thead th').allTextContents()).resolves.toEqual(['Concept', 'Le Grand Continent', 'VNA'])
    await expect(table.locator('tbody tr').count()).resolves.toBe(2)
    await expect(page.locator('.flag').allTextContents()).resolves.toEqual([expect.stringContaining('«élément essentiel» / «élément important»')])
    const summary = table.locator('summary', { hasText: 'ordre international post-guerre' })
    const details = summary.locator('xpath=..')
    await expect(details.locator('ol').isVisible()).resolves.toBe(false)
    await summary.click()
    await expect(details.locator('mark').textContent()).resolves.toBe('ordre international post-guerre')
    // The escaped script in a context sentence stays text.
    expect(dialogs).toEqual([])
    expect(requests).toEqual([])
    const png = await table.screenshot({ path: join(folder, 'table.png') })
    const distinct = await page.evaluate(async (base64) => {
      const image = new Image()
      image.src = `data:image/png;base64,${base64}`
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.width
      canvas.height = image.height
      const context = canvas.getContext('2d')!
      context.drawImage(image, 0, 0)
      const { data } = context.getImageData(0, 0, image.width, image.height)
      const colours = new Set<number>()
      for (let offset = 0; offset < data.length; offset += 4) colours.add((data[offset]! << 16) | (data[offset + 1]! << 8) | data[offset + 2]!)
      return { colours: colours.size, width: image.width, height: image.height }
    }, png.toString('base64'))
    expect(distinct.width).toBeGreaterThan(600)
    expect(distinct.height).toBeGreaterThan(100)
    expect(distinct.colours).toBeGreaterThan(50)
    if (process.env['RENDERINGS_KEEP_SCREENSHOT']) writeFileSync(process.env['RENDERINGS_KEEP_SCREENSHOT'], png)
  })
})
