/**
 * A first visit's downloads: the page asks for the files only the service worker's install needs (an
 * installing worker has three requests out at a time; build/prerender-plugin.ts, deferEntry), and the worker
 * takes them from the HTTP cache, so no file reaches the server twice.
 */
import { expect, test, type Page } from '@playwright/test'
import { precacheState, serveCopy, waitForOfflineReady, type ServedCopy } from './support'

let copy: ServedCopy

test.beforeEach(async () => {
  copy = await serveCopy()
})

test.afterEach(() => copy.close())

/** The files the worker kept for offline use (paths), without its own markers. */
async function precachedFiles(page: Page): Promise<string[]> {
  return Object.values(await precacheState(page))
    .flat()
    .filter((p) => !p.startsWith('/__precache'))
}

/** The files the page asked for ahead of the worker (its prefetch links), names without their hash and type. */
async function askedAhead(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="prefetch"]:not([data-pages])')].map((l) => /\/assets\/([\w-]+)-[\w-]{8}\.(?:js|css)$/.exec(new URL(l.href).pathname)?.[1] ?? l.href),
  )
}

// The biggest file first, then the stylesheet (applied once it is in), then the rest, biggest first.
const cases: [string, string, string[]][] = [
  ['Japanese', '/', ['tools', 'style', 'loadIndex', 'locale-ja-tools', 'late']],
  ['English', '/en/', ['tools', 'style', 'locale-en-tools', 'loadIndexEn', 'late', 'locale-en-late']],
]

for (const [name, path, ahead] of cases) {
  test(`${name}: a first visit asks ahead for what only the install needs, nothing reaches the server twice, and a later visit asks for nothing ahead`, async ({ page }) => {
    test.setTimeout(60_000)
    // What reached the server, and what the page itself asked for (served from the network or the HTTP cache).
    const asked: string[] = []
    copy.fault = (req) => {
      asked.push(new URL(req.url!, copy.base).pathname)
      return null
    }
    const byPage: string[] = []
    page.on('request', (r) => byPage.push(new URL(r.url()).pathname))
    await page.goto(`${copy.base}${path}`)
    await waitForOfflineReady(page)
    // Biggest first (their order in the page's script).
    expect(await askedAhead(page)).toEqual(ahead)
    const kept = await precachedFiles(page)
    for (const chunk of ahead) {
      const file = kept.find((p) => new RegExp(`^/assets/${chunk}-[\\w-]{8}\\.(?:js|css)$`).test(p))
      expect(file, `${chunk} is kept for offline use`).toBeDefined()
      expect(byPage, `the page asked for ${chunk}`).toContain(file)
    }
    // The stylesheet the page fetched ahead is applied.
    await expect.poll(() => page.evaluate(() => [...document.styleSheets].some((s) => s.href?.includes('/assets/style-') && s.cssRules.length > 0))).toBe(true)
    // The page's request and the worker's were one download: whichever came second found the file in the HTTP cache.
    for (const file of kept) expect(asked.filter((p) => p === file), `${file} reached the server once`).toHaveLength(1)

    // With the worker active, the page asks for nothing ahead.
    await page.reload()
    await waitForOfflineReady(page)
    expect(await askedAhead(page)).toEqual([])
  })
}
