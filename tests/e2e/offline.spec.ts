import { expect, test } from '@playwright/test'
import { guardOrigins, routes, waitForOfflineReady } from './support'

test.describe('offline after the first visit', () => {
  test('the service worker takes control and every route reloads with the network off', async ({ page, context, baseURL }) => {
    test.setTimeout(120_000)
    const foreign = guardOrigins(context, baseURL!)
    await page.goto('/faq/resend-code')
    await waitForOfflineReady(page)
    await page.reload()
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

    await context.setOffline(true)
    for (const route of routes) {
      await page.goto(route.path)
      await expect(page.getByRole('heading', { level: 1 }), route.path).toHaveText(route.heading)
      await expect(page.locator('main'), route.path).not.toContainText('読み込めませんでした')
    }
    // A cold start of a deep link: a new tab, network still off.
    const fresh = await context.newPage()
    await fresh.goto('/faq/invalid-key#top')
    await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(routes.find((r) => r.path === '/faq/invalid-key')!.heading)
    await expect(fresh.locator('.answer')).toContainText('セットアップキー')
    // An unknown path offline still gets the app's not-found page, not a browser error.
    // The worker sends the prerendered not-found page with status 404 (as the server does), so its text is
    // in the HTML itself, painted before any script runs.
    const notFound = await fresh.goto('/nowhere')
    expect(notFound?.status()).toBe(404)
    expect(await notFound?.text()).toContain('ページが見つかりません')
    await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません')
    expect(foreign).toEqual([])
  })

  test('the offline notice goes away by itself and the footer keeps saying the app works offline', async ({ page }) => {
    test.setTimeout(90_000)
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/faq/resend-code')
    const notice = page.getByTestId('offline-ready')
    await expect(notice).toBeVisible({ timeout: 30_000 })
    // It goes away on the next page…
    await page.getByRole('link', { name: 'ホーム' }).first().click()
    await expect(notice).toBeHidden()
    await expect(page.getByRole('contentinfo')).toContainText('オフラインでも使えます')
    await expect(page.getByRole('contentinfo')).toContainText('にこの端末へ保存')
    // …and a later visit gets no notice over its content, only the footer's line.
    await page.reload()
    await expect(page.locator('[data-testid="offline-state"][data-ready="true"]')).toBeVisible()
    await page.waitForTimeout(1000)
    await expect(notice).toBeHidden()
  })

  test('the offline notice hides itself after a few seconds when the user stays on the page', async ({ page }) => {
    test.setTimeout(90_000)
    await page.goto('/')
    const notice = page.getByTestId('offline-ready')
    await expect(notice).toBeVisible({ timeout: 30_000 })
    await expect(notice).toBeHidden({ timeout: 12_000 })
    await expect(page.getByRole('contentinfo')).toContainText('オフラインでも使えます')
  })

  test('an external link while offline says it needs a connection instead of failing', async ({ page, context }) => {
    await page.goto('/faq/closed-midway')
    await waitForOfflineReady(page)
    await context.setOffline(true)
    const pagesBefore = context.pages().length
    await page.locator('footer.source a[data-external]').click()
    await expect(page.getByRole('status').filter({ hasText: 'オフラインのため' })).toBeVisible()
    expect(context.pages().length).toBe(pagesBefore)
  })
})

test('the web app manifest is valid and installable', async ({ page, request }) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBeTruthy()
  const res = await request.get(href!)
  expect(res.headers()['content-type']).toContain('application/manifest+json')
  const manifest = await res.json()
  expect(manifest).toMatchObject({ lang: 'ja', display: 'standalone', start_url: '/', scope: '/' })
  expect(manifest.name).toContain('利用開始手続き')
  expect(manifest.short_name.length).toBeLessThanOrEqual(12)
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i)
  const purposes = manifest.icons.map((i: { purpose: string }) => i.purpose)
  expect(purposes).toContain('maskable')
  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const png = await (await request.get(icon.src)).body()
    // PNG signature, then IHDR width and height (big-endian) at bytes 16–23.
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    const [w, h] = icon.sizes.split('x').map(Number)
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h])
  }
  expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '192x192')).toBe(true)
  expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true)
})
