/**
 * The service worker on a broken line or host: faults injected by the test server (scripts/serve.mjs)
 * into the downloads the worker makes (fetch() from a worker is Sec-Fetch-Dest: empty, unlike the page's
 * own script loads; so are the page's prefetches of the worker's files on a first visit, which the worker
 * takes from the HTTP cache, see first-visit.spec.ts).
 */
import { createHash } from 'node:crypto'
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { Fault } from '../../scripts/serve.mjs'
import { precacheState, serveCopy, waitForOfflineReady, type ServedCopy } from './support'

let copy: ServedCopy

test.beforeEach(async () => {
  copy = await serveCopy()
})

test.afterEach(() => copy.close())

const fromWorker = (req: IncomingMessage): boolean => req.headers['sec-fetch-dest'] === 'empty'
const asset = (prefix: string): string => readdirSync(join(copy.root, 'assets')).find((f) => f.startsWith(`${prefix}-`))!

const faults: [string, (req: IncomingMessage) => Fault | null][] = [
  ['the offline pages file cut short (status 200)', (req) => (fromWorker(req) && /\/assets\/pages-/.test(req.url!) ? { truncate: 1000 } : null)],
  ['the search chunk answering 404', (req) => (fromWorker(req) && /\/assets\/loadIndex-/.test(req.url!) ? { status: 404 } : null)],
  // Every request for it, the page's too: a page with a tool on it loads the chunk itself, and a copy the
  // page got whole is one the worker may take from the HTTP cache.
  ['the tools chunk answering 500', (req) => (/\/assets\/tools-/.test(req.url!) ? { status: 500 } : null)],
]

for (const [name, fault] of faults) {
  test(`${name}: nothing broken is kept, the user is told, and once the host is fixed the app saves itself`, async ({ page, context }) => {
    test.setTimeout(90_000)
    copy.fault = fault
    await page.goto(`${copy.base}/faq/resend-code`)
    await expect(page.getByTestId('offline-failed')).toContainText('自動でやり直します', { timeout: 45_000 })
    await expect(page.locator('[data-testid="offline-state"][data-ready="true"]')).toHaveCount(0)
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull()

    copy.fault = null
    // Back online: the page tries again at once (otherwise after a pause).
    await page.evaluate(() => window.dispatchEvent(new Event('online')))
    await waitForOfflineReady(page)
    await expect(page.getByTestId('offline-failed')).toHaveCount(0)
    await context.setOffline(true)
    await page.goto(`${copy.base}/faq/invalid-key`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('セットアップキー')
  })
}

test('a request that never answers and a body that stalls are given up and asked again', async ({ page }) => {
  test.setTimeout(90_000)
  const asked: Record<string, number> = {}
  copy.fault = (req) => {
    if (!fromWorker(req)) return null
    const file = /\/assets\/(tools|loadIndex)-/.exec(req.url!)?.[1]
    if (!file) return null
    // The page's own prefetch of the file on a first visit (first-visit.spec.ts) is refused, so that the
    // faults meet the worker's requests, whose retries this test is about.
    if (/prefetch/.test(String(req.headers['sec-purpose'] ?? ''))) return { status: 503 }
    asked[file] = (asked[file] ?? 0) + 1
    if (asked[file] > 1) return null
    return file === 'tools' ? { hang: true } : { stallAfter: 2000 }
  }
  await page.goto(`${copy.base}/`)
  await waitForOfflineReady(page)
  expect(asked).toEqual({ tools: 2, loadIndex: 2 })
})

/** Serves a new version whose offline pages file differs: a new checksum in the worker's list. */
function publishChangedPages(): string {
  const file = asset('pages')
  const path = join(copy.root, 'assets', file)
  const text = readFileSync(path, 'utf8').replace('</title>', ' v2</title>')
  writeFileSync(path, text)
  const integrity = `sha256-${createHash('sha256').update(text).digest('base64')}`
  const sw = join(copy.root, 'sw.js')
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(new RegExp(`"integrity":"[^"]+"(,"revision":null,"url":"assets/${file}")`), `"integrity":"${integrity}"$1`))
  return file
}

test('an update whose download stalls never touches the cache the app runs on', async ({ page, context }) => {
  test.setTimeout(90_000)
  await page.goto(`${copy.base}/`)
  await waitForOfflineReady(page)
  const before = await precacheState(page)
  expect(Object.keys(before)).toHaveLength(1)
  const live = Object.keys(before)[0]!
  const pagesBefore = await page.evaluate(async (name) => (await (await caches.open(name)).match((await (await caches.open(name)).keys()).find((r) => r.url.includes('/assets/pages-'))!))!.text(), live)

  const file = publishChangedPages()
  let stalled = false
  copy.fault = (req) => (fromWorker(req) && req.url!.includes(file) ? ((stalled = true), { stallAfter: 3000 }) : null)
  await page.reload()
  await expect.poll(() => stalled, { timeout: 30_000 }).toBe(true)
  await expect.poll(async () => Object.keys(await precacheState(page)).length, { timeout: 10_000 }).toBe(2)

  const during = await precacheState(page)
  expect(during[live]).toEqual(before[live])
  const pagesDuring = await page.evaluate(async (name) => (await (await caches.open(name)).match((await (await caches.open(name)).keys()).find((r) => r.url.includes('/assets/pages-'))!))!.text(), live)
  expect(pagesDuring).toBe(pagesBefore)
  await expect(page.locator('.pwa-update')).toHaveCount(0)

  // The version the app runs on still works offline.
  await context.setOffline(true)
  await page.goto(`${copy.base}/faq/invalid-key`)
  await expect(page.getByRole('heading', { level: 1 })).toContainText('セットアップキー')
})

test('a tab left on the previous version can still load its lazy files offline after an update', async ({ page, context }) => {
  test.setTimeout(90_000)
  await page.goto(`${copy.base}/`)
  await waitForOfflineReady(page)
  await page.reload()
  await waitForOfflineReady(page)

  // The new version's build names the tools chunk differently, and the host no longer has the old one.
  const old = asset('tools')
  const renamed = old.replace(/^tools-/, 'tools-new')
  cpSync(join(copy.root, 'assets', old), join(copy.root, 'assets', renamed))
  rmSync(join(copy.root, 'assets', old))
  const sw = join(copy.root, 'sw.js')
  writeFileSync(sw, readFileSync(sw, 'utf8').replace(`assets/${old}`, `assets/${renamed}`))

  // Another tab takes the update; this one stays open on the previous version.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
  await expect(page.locator('.pwa-update')).toBeVisible({ timeout: 30_000 })
  const other = await context.newPage()
  await other.goto(`${copy.base}/timers`)
  // Asked again until it is done: on a loaded machine the other tab can see the registration before the
  // waiting worker is attached to it, and a message sent then goes nowhere.
  await expect
    .poll(
      async () => {
        await other.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.postMessage({ type: 'SKIP_WAITING' }))
        return page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting == null)
      },
      { timeout: 30_000 },
    )
    .toBe(true)

  await context.setOffline(true)
  await page.getByRole('link', { name: /パスワード変更の練習/ }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('パスワード')
  await expect(page.locator('main')).not.toContainText('読み込めませんでした')
  await expect(page.locator('main input').first()).toBeVisible()
})

test('with the offline copy damaged, a page opened offline says what happened instead of a browser error', async ({ page, context }) => {
  test.setTimeout(60_000)
  await page.goto(`${copy.base}/`)
  await waitForOfflineReady(page)
  // The browser deleted part of the saved copy (storage pressure). The page was loaded before the worker
  // took over, so the worker has not read the pages file into memory yet: it meets the loss.
  await page.evaluate(async () => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const req of await cache.keys()) if (req.url.includes('/assets/pages-')) await cache.delete(req)
    }
  })
  await context.setOffline(true)
  const response = await page.goto(`${copy.base}/faq/invalid-key`)
  expect(response?.status()).toBe(503)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページを開けませんでした')
  await expect(page.locator('main')).toContainText('電波のある場所でこのページを開き直す')
  await expect(page.getByRole('link', { name: '開き直す' })).toHaveAttribute('href', '/faq/invalid-key')
})
