import { existsSync } from 'node:fs'
import { type BrowserContext, chromium } from 'playwright-core'

/** Debian's Chromium (`.ci/run` installs it); tests that need it skip where it is absent. */
export const chromiumPath = '/usr/bin/chromium'
export const hasChromium = existsSync(chromiumPath)

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
