/**
 * The core journeys (tests/journeys/journeys.ts) on Chromium. The same steps run on WebKitGTK through
 * WebDriver (tests/webkit/journeys.test.ts): a change that breaks one engine fails there.
 */
import { test } from '@playwright/test'
import { journeys } from '../journeys/journeys.ts'
import { playwrightDriver } from '../journeys/playwright.ts'
import { serveCopy } from '../journeys/site.ts'

test.describe('journeys (shared with WebKit)', () => {
  for (const journey of journeys) {
    test(journey.name, async ({ page }) => {
      test.setTimeout(journey.timeout)
      const site = await serveCopy()
      try {
        await journey.run(playwrightDriver(page), site)
      } finally {
        await site.close()
      }
    })
  }
})
