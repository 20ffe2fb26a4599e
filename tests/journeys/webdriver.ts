/** The journeys' driver on WebdriverIO, over WebDriver classic (WebKitGTK's WebKitWebDriver, tests/webkit). */
import type { Browser } from 'webdriverio'
import type { Driver, Key } from './driver.ts'

/** Each special key as WebDriver's code point for it (WebDriver classic, "Keyboard actions"). */
const KEYS: Record<Key, string> = { Enter: '\uE007', ArrowDown: '\uE015', Tab: '\uE004', Escape: '\uE00C' }

/**
 * `foreign`: the URLs of other origins the browser asked for. WebDriver shows no network traffic: the WebKit
 * project routes every request through a recording proxy (tests/webkit/proxy.ts) and reads it there.
 */
export function webdriverDriver(browser: Browser, foreign: () => string[]): Driver {
  return {
    engine: 'webkit',
    goto: async (url) => {
      await browser.url(url)
    },
    reload: async () => {
      await browser.refresh()
    },
    url: () => browser.getUrl(),
    run: async (fn, arg) =>
      // WebDriver's Execute Script awaits a promise the script returns (W3C WebDriver, "Execute Script").
      (await browser.execute(`return (${fn.toString()})(arguments[0])`, arg ?? null)) as never,
    click: async (selector) => {
      const el = browser.$(selector)
      await el.waitForDisplayed({ timeout: 15_000 })
      // WebDriver's click scrolls the element only as far as the viewport's bottom edge, where the page's
      // sticky notices (.pwa: "saved for offline use", a new version) sit for a few seconds; Playwright
      // scrolls further. The user looks at what they tap: bring it to the middle first.
      // (In the page: WebdriverIO's scrollIntoView sends wheel actions, which WebKitGTK's driver ignores.)
      await browser.execute((sel: string) => document.querySelector(sel)?.scrollIntoView({ block: 'center' }), selector)
      await el.waitForClickable({ timeout: 15_000 })
      try {
        await el.click()
      } catch (e) {
        // Name what was hit instead, for the report.
        const hit = await browser.execute((sel: string) => {
          const target = document.querySelector(sel)
          if (!target) return 'nothing (the element is gone)'
          const r = target.getBoundingClientRect()
          const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
          return `${top?.outerHTML.slice(0, 160) ?? 'nothing'} at ${Math.round(r.x)},${Math.round(r.y)} (${Math.round(r.width)}×${Math.round(r.height)}), scrollY ${Math.round(scrollY)} of ${innerHeight}`
        }, selector)
        throw new Error(`clicking ${selector}: ${(e as Error).message}; the point hits ${hit}`, { cause: e })
      }
    },
    type: async (selector, text) => {
      const el = browser.$(selector)
      await el.waitForDisplayed({ timeout: 15_000 })
      await el.clearValue()
      await el.addValue(text)
    },
    press: async (key) => {
      await browser.keys(KEYS[key])
    },
    foreign: async (origin) => foreign().filter((url) => new URL(url).origin !== origin),
  }
}
