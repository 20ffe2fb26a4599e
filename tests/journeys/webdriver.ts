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
      await el.waitForClickable({ timeout: 15_000 })
      // As Playwright does before a click: wait until the element itself would receive it. WebDriver's click
      // scrolls the element only to the viewport's bottom edge, where the page's sticky notices (.pwa: "saved
      // for offline use", a new version) sit for a few seconds, and one appearing between the scroll and the
      // click takes the click. So: bring it to the middle (in the page: WebdriverIO's scrollIntoView sends
      // wheel actions, which WebKitGTK's driver ignores) until the point at its centre hits it.
      const end = Date.now() + 15_000
      let hit: string
      for (;;) {
        hit = await browser.execute((sel: string) => {
          const target = document.querySelector(sel)
          if (!target) return 'nothing (the element is gone)'
          target.scrollIntoView({ block: 'center' })
          const r = target.getBoundingClientRect()
          const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
          if (top && target.contains(top)) return ''
          return `${top?.outerHTML.slice(0, 160) ?? 'nothing'} at ${Math.round(r.x)},${Math.round(r.y)} (${Math.round(r.width)}×${Math.round(r.height)}), scrollY ${Math.round(scrollY)} of ${innerHeight}`
        }, selector)
        if (!hit || Date.now() > end) break
        await new Promise((r) => setTimeout(r, 100))
      }
      if (hit) throw new Error(`clicking ${selector}: for 15 s the point at its centre hit ${hit}`)
      await el.click()
    },
    type: async (selector, text) => {
      const el = browser.$(selector)
      await el.waitForDisplayed({ timeout: 15_000 })
      // Emptied the way Playwright's fill('') does it, with an input event. WebDriver's Element Clear fires
      // none, so the page's model keeps the old text and its next render puts it back before the keys land
      // (seen on a busy machine: «Quokka-Tree-9042Quokka-Tree-9041»).
      await browser.execute((sel: string) => {
        const field = document.querySelector(sel) as HTMLInputElement
        field.focus()
        field.value = ''
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }))
      }, selector)
      await el.addValue(text)
      // What the field holds is what was typed (a key lost on a busy machine would otherwise show up as a
      // wrong verdict further on).
      const value = await el.getValue()
      if (value !== text) throw new Error(`typing into ${selector}: the field holds «${value}», not «${text}»`)
    },
    press: async (key) => {
      await browser.keys(KEYS[key])
    },
    foreign: async (origin) => foreign().filter((url) => new URL(url).origin !== origin),
  }
}
