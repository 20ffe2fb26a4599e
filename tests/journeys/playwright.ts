/** The journeys' driver on Playwright (the Chromium project, tests/e2e/journeys.spec.ts). */
import type { Page } from '@playwright/test'
import type { Driver } from './driver.ts'

export function playwrightDriver(page: Page): Driver {
  const requests: string[] = []
  page.context().on('request', (r) => requests.push(r.url()))
  return {
    engine: 'chromium',
    goto: async (url) => {
      await page.goto(url)
    },
    reload: async () => {
      await page.reload()
    },
    url: async () => page.url(),
    run: (fn, arg) => page.evaluate(fn as never, arg ?? null),
    click: (selector) => page.locator(selector).first().click(),
    type: async (selector, text) => {
      const field = page.locator(selector).first()
      await field.fill('')
      await field.pressSequentially(text)
      const value = await field.inputValue()
      if (value !== text) throw new Error(`typing into ${selector}: the field holds «${value}», not «${text}»`)
    },
    press: (key) => page.keyboard.press(key),
    foreign: async (origin) =>
      requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin),
  }
}
