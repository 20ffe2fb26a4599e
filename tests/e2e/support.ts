/** Shared facts and helpers for the browser tests. */
import AxeBuilder from '@axe-core/playwright'
import { expect, type BrowserContext, type Page } from '@playwright/test'
import { compileAppFaq } from '../../build/faq-plugin.ts'

export const faq = compileAppFaq()

/** Every prerendered route with the heading it must show. */
export const routes: { path: string; heading: string }[] = [
  { path: '/', heading: '利用開始手続きで困ったときに' },
  ...faq.steps.map((s) => ({ path: `/step/${s.id}`, heading: s.title })),
  ...faq.questions.map((q) => ({ path: `/faq/${q.id}`, heading: q.title })),
  // The companion: the walk's steps are FAQ content too (faq/walk.yaml).
  { path: '/start', heading: '手続きの準備と進め方' },
]

/** The source FAQ (tests/fixtures/README.md). */
export { seedText } from '../fixtures/seed.ts'

/** Every outermost 「…」 quotation of a text, nested quotes kept whole. */
export function outerQuotes(text: string): string[] {
  const found: string[] = []
  let depth = 0
  let start = -1
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '「') {
      if (depth === 0) start = i
      depth++
    } else if (c === '」' && depth > 0) {
      depth--
      if (depth === 0) found.push(text.slice(start, i + 1))
    }
  }
  return [...new Set(found)]
}

/** Fails the test if the page ever asks any origin but ours. */
export function guardOrigins(context: BrowserContext, baseURL: string): string[] {
  const foreign: string[] = []
  const origin = new URL(baseURL).origin
  context.on('request', (req) => {
    const url = req.url()
    if (url.startsWith('data:') || url.startsWith('blob:')) return
    if (new URL(url).origin !== origin) foreign.push(url)
  })
  return foreign
}

/** Waits until the service worker is active with its full precache (the footer says the app works offline). */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="offline-state"][data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
}

/** The precache caches and, for each, its keys (paths only). */
export async function precacheState(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {}
    for (const name of await caches.keys()) {
      out[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort()
    }
    return out
  })
}

/** The languages the offline copy holds (src/sw.ts marks each one once all its files are kept). */
export async function savedLanguages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const found = new Set<string>()
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) {
        const m = /\/__precache-language__\/(\w+)$/.exec(req.url)
        if (m) found.add(m[1]!)
      }
    }
    return [...found].sort()
  })
}

/**
 * The touch targets among `selector` shorter than 44 px, each as the start of its markup (none: []). Links
 * inside running text are exempt (WCAG 2.5.8, inline exception), as is anything not laid out.
 */
export async function smallTargets(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)]
        .filter((el) => {
          const r = el.getBoundingClientRect()
          const inline = el.closest('p, li') !== null && getComputedStyle(el).display === 'inline'
          return r.width > 0 && !inline && r.height < 44
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    selector,
  )
}

/** Collects console errors and uncaught exceptions (hydration mismatches are console errors). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  return errors
}

/**
 * Waits until the app has hydrated. Pages start their script after the first paint, so `page.goto` can
 * return while links are still plain links that load a whole page: wait before clicking inside the app.
 */
export async function hydrated(page: Page, timeout?: number): Promise<void> {
  // Vue marks its mount container.
  await page.waitForFunction(() => '__vue_app__' in (document.getElementById('app') ?? {}), undefined, { timeout })
}

/**
 * Starts the app under Playwright's fake clock and waits until it has hydrated. Pages start their script
 * after the first paint, and a page whose clock is faked paints no frames here: the bootstrap's 500 ms
 * fallback timer starts it, so the test moves the clock by 500 ms (and its figures account for that).
 */
export async function startApp(page: Page): Promise<void> {
  await page.clock.runFor(500)
  await hydrated(page)
}

/**
 * Lays out everything: the page leaves off-screen parts unrendered until they come near the screen
 * (content-visibility: auto), and checks that skip what is not rendered would skip them too.
 */
export async function renderEverything(page: Page): Promise<void> {
  // A constructed style sheet, not a <style> element: the page's Content-Security-Policy allows no style
  // element it does not know the hash of (and the tests run under it).
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync('* { content-visibility: visible !important; }')
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  })
}

/** axe-core's findings for the whole page (WCAG 2.1 A and AA, and best practice), one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  await renderEverything(page)
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** A copy of the build on a server of its own (tests/journeys/site.ts: shared with the WebKit runner). */
export { serveCopy, type ServedCopy } from '../journeys/site.ts'
