/**
 * The core journeys (tests/journeys/journeys.ts) on WebKitGTK, the engine of every browser on an iPhone,
 * through WebDriver. Each journey gets a new browser session (fresh website data) and a copy of the build
 * on a server of its own. WebKitWebDriver holds one session at a time, so the journeys run one after another.
 */
import { afterAll, beforeAll, describe, test } from 'vitest'
import { journeys } from '../journeys/journeys.ts'
import { serveCopy } from '../journeys/site.ts'
import { webdriverDriver } from '../journeys/webdriver.ts'
import { startWebKit, type WebKit } from './webkit.ts'

let webkit: WebKit

beforeAll(async () => {
  webkit = await startWebKit()
}, 60_000)

afterAll(async () => {
  await webkit?.stop()
})

describe('journeys on WebKit', () => {
  for (const journey of journeys) {
    test(journey.name, { timeout: journey.timeout + 30_000 }, async () => {
      const site = await serveCopy()
      const browser = await webkit.session()
      try {
        await journey.run(webdriverDriver(browser), site)
      } finally {
        await browser.deleteSession().catch(() => {})
        await site.close()
      }
    })
  }
})
