import { type BrowserContext, chromium } from 'playwright-core'
import { chromium as chromiumTool, missingTools } from './external-tools.js'

/** Debian's Chromium (`.ci/run` installs it); tests that need it skip where it is absent, saying so. */
export const chromiumPath = '/usr/bin/chromium'
export const hasChromium = (): boolean => missingTools(chromiumTool) === ''

/**
 * Headless Chromium with a fresh profile in `profileFolder`, so nothing from
 * an earlier run leaks in. The flags keep it from reaching out to the
 * network at start (this machine's network is closed, and a report must
 * work offline anyway).
 */
export function launchHeadlessChromium(profileFolder: string, viewport: { width: number; height: number }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileFolder, {
    executablePath: chromiumPath,
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
}
