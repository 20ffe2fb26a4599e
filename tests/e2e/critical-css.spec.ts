import { expect, test, type Page } from '@playwright/test'
import { routes } from './support'

/**
 * Each page inlines only the CSS of its first paint (build/critical-css.ts) and loads the whole stylesheet
 * after it. Before the file arrives (a slow line) the page must already look exactly as it will: every
 * element of every route gets the same computed style from the inline rules alone as from the whole
 * stylesheet, in light and in dark mode. Scripts are off, so the markup is the prerendered page's and
 * nothing else loads the file.
 */
test.use({ javaScriptEnabled: false })

/** Every element's whole computed style, kept in the page (`save`) or compared with the kept one: the elements that differ. */
function styles(page: Page, save: boolean): Promise<string[]> {
  return page.evaluate((save) => {
    const now = [...document.querySelectorAll('body *')].map((el) => {
      const cs = getComputedStyle(el)
      let text = `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}:`
      for (let i = 0; i < cs.length; i++) text += ` ${cs[i]}=${cs.getPropertyValue(cs[i]!)};`
      return text
    })
    const w = window as unknown as { __kept?: string[] }
    if (save) {
      w.__kept = now
      return [String(now.length)]
    }
    return now.filter((text, i) => text !== w.__kept?.[i]).map((text) => text.slice(0, 300))
  }, save)
}

const tools = ['/tools/password', '/tools/email', '/tools/setup-key', '/tools/omuid', '/timers', '/inquiry', '/search']
const paths = [...routes.map((r) => r.path), ...tools, '/nowhere', '/en', '/en/faq/change-errors', '/en/tools/password', '/en/start', '/en/inquiry']

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the inline rules alone style every element of every route as the whole stylesheet does (${colorScheme})`, async ({ page }) => {
    test.setTimeout(180_000)
    await page.emulateMedia({ colorScheme })
    const home = await (await page.request.get('/')).text()
    const sheet = /const go=.*?\["(\/assets\/[^"]+\.css)"\]/.exec(home)?.[1]
    expect(sheet, 'the bootstrap names the whole stylesheet').toBeTruthy()
    for (const path of paths) {
      await page.goto(path)
      expect(await page.locator('link[rel="stylesheet"]').count(), path).toBe(0)
      const [count] = await styles(page, true)
      expect(Number(count), path).toBeGreaterThan(10)
      // As the bootstrap does it: a link at the end of the head (no load event with scripts off: poll).
      await page.evaluate((href) => {
        const link = document.createElement('link')
        link.rel = 'stylesheet'
        link.href = href
        document.head.append(link)
      }, sheet!)
      await expect.poll(() => page.evaluate(() => [...document.styleSheets].some((s) => s.href !== null && s.cssRules.length > 0)), { timeout: 10_000 }).toBe(true)
      expect(await styles(page, false), `${path}: elements styled differently before the whole stylesheet`).toEqual([])
    }
  })
}
