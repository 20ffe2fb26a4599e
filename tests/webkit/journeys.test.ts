/**
 * The core journeys (tests/journeys/journeys.ts) on WebKitGTK, the engine of every browser on an iPhone,
 * through WebDriver. Each journey gets a new browser session (fresh website data) and a copy of the build
 * on a server of its own, reached through a proxy that refuses and records any other origin (WebDriver shows
 * no network traffic: tests/webkit/proxy.ts). WebKitWebDriver holds one session at a time, so the journeys run one after another.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { journeys } from '../journeys/journeys.ts'
import { serveCopy } from '../journeys/site.ts'
import { webdriverDriver } from '../journeys/webdriver.ts'
import { startRecordingProxy } from './proxy.ts'
import { startWebKit, type WebKit } from './webkit.ts'

let webkit: WebKit

beforeAll(async () => {
  webkit = await startWebKit()
}, 60_000)

afterAll(async () => {
  await webkit?.stop()
})

describe('journeys on WebKit', () => {
  // The proxy is what makes "no request to another origin" mean something on WebKit: it must see one.
  test('the recording proxy sees a request to another origin', { timeout: 60_000 }, async () => {
    const site = await serveCopy()
    const proxy = await startRecordingProxy(site.base)
    const browser = await webkit.session(proxy.address)
    try {
      const d = webdriverDriver(browser, () => proxy.foreign)
      await d.goto(`${site.base}/`)
      expect(await d.foreign(site.base)).toEqual([])
      await d.goto('http://foreign.invalid/page').catch(() => {})
      expect(await d.foreign(site.base)).toContain('http://foreign.invalid/page')
    } finally {
      await browser.deleteSession().catch(() => {})
      await proxy.close()
      await site.close()
    }
  })

  for (const journey of journeys) {
    test(journey.name, { timeout: journey.timeout + 30_000 }, async () => {
      const site = await serveCopy()
      const proxy = await startRecordingProxy(site.base)
      const browser = await webkit.session(proxy.address)
      try {
        await journey.run(webdriverDriver(browser, () => proxy.foreign), site)
      } finally {
        await browser.deleteSession().catch(() => {})
        await proxy.close()
        await site.close()
      }
    })
  }
})
