/**
 * The update scenarios of update.spec.ts, behind nginx with the shipped configuration (deploy/nginx.conf):
 * nginx's own caching headers, ETags and revalidation decide whether the browser sees a new worker. Each
 * test gets its own nginx on a temporary copy of the build, so that a new version can be served mid-test.
 * Runs in the `nginx` project only (playwright.config.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { startNginx } from './nginx.mjs'
import { waitForOfflineReady } from './support'

let root: string
let server: Awaited<ReturnType<typeof startNginx>>
let base: string

test.beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'omu-update-nginx-'))
  cpSync('dist', root, { recursive: true })
  server = await startNginx({ root })
  base = server.base
})

test.afterEach(async () => {
  await server.stop()
  rmSync(root, { recursive: true, force: true })
})

/** Serves a new version: a worker script that differs by a byte is a new worker to the browser. */
function publishNewVersion(mark: string): void {
  const file = join(root, 'sw.js')
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n// ${mark}\n`)
}

test.describe('an update while the app is open, behind nginx', () => {
  test('a new version found as the page opens is offered, never applied on its own, and applied on request', async ({ page }) => {
    test.setTimeout(90_000)
    await page.goto(`${base}/faq/resend-code`)
    await waitForOfflineReady(page)
    publishNewVersion('v2')
    await page.reload()
    await page.evaluate(() => ((window as unknown as { stay: number }).stay = 1))
    const prompt = page.locator('.pwa-update')
    await expect(prompt).toContainText('新しい版があります', { timeout: 30_000 })
    await expect(page.getByTestId('offline-ready')).toBeHidden()
    await page.waitForTimeout(1500)
    expect(await page.evaluate(() => (window as unknown as { stay?: number }).stay)).toBe(1)

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: '更新する' }).click()])
    expect(await page.evaluate(() => (window as unknown as { stay?: number }).stay)).toBeUndefined()
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration()
      return { controlled: navigator.serviceWorker.controller !== null, waiting: reg?.waiting ?? null }
    })
    expect(state).toEqual({ controlled: true, waiting: null })
    await expect(page.locator('.pwa-update')).toBeHidden()
  })

  test('a new version found later, while the user stays on the page, is offered too', async ({ page }) => {
    test.setTimeout(90_000)
    await page.goto(`${base}/`)
    await waitForOfflineReady(page)
    await page.reload()
    await waitForOfflineReady(page)
    await expect(page.locator('.pwa-update')).toBeHidden()
    publishNewVersion('v3')
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    await expect(page.locator('.pwa-update')).toContainText('新しい版があります', { timeout: 30_000 })
  })
})

test('nginx serves the shipped configuration: clean URLs, the not-found page, caching, compression, headers', async ({ request }) => {
  const get = (path: string) => request.get(`${base}${path}`, { headers: { 'Accept-Encoding': 'gzip' }, maxRedirects: 0 })
  const index = await get('/')
  expect(index.status()).toBe(200)
  expect(await index.text()).toBe(readFileSync(join(root, 'index.html'), 'utf8'))
  expect(index.headers()['content-encoding']).toBe('gzip')
  const faq = await get('/faq/resend-code')
  expect(faq.status()).toBe(200)
  expect(await faq.text()).toBe(readFileSync(join(root, 'faq/resend-code.html'), 'utf8'))
  const missing = await get('/faq/no-such-question')
  expect(missing.status()).toBe(404)
  expect(await missing.text()).toBe(readFileSync(join(root, '404.html'), 'utf8'))
  expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  const manifest = await get('/manifest.webmanifest')
  expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/)
  expect(manifest.headers()['cache-control']).toBe('no-cache')
  expect((await get('/sw.js')).headers()['content-type']).toMatch(/javascript/)
  // The headers come from the build's file: a new build's policy is served once nginx reloads.
  expect(readFileSync(join(root, '_nginx-headers.conf'), 'utf8')).toContain(`add_header Content-Security-Policy "${index.headers()['content-security-policy']}" always;`)
})
