/**
 * The update scenarios, for any server: update.spec.ts runs them on the Node server, update-nginx.spec.ts
 * behind nginx with the shipped configuration (whose caching headers, ETags and revalidation decide whether
 * the browser sees a new worker). Each test gets its own server on a temporary copy of the build, so that a
 * new version can be served mid-test.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { waitForOfflineReady } from './support'

export interface Served {
  root: string
  base: string
  close(): Promise<void>
}

export function updateScenarios(title: string, serve: () => Promise<Served>): void {
  let served: Served

  test.beforeEach(async () => {
    served = await serve()
  })

  test.afterEach(() => served.close())

  /** Serves a new version: a worker script that differs by a byte is a new worker to the browser. */
  function publishNewVersion(mark: string): void {
    const file = join(served.root, 'sw.js')
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n// ${mark}\n`)
  }

  test.describe(title, () => {
    test('a new version found as the page opens is offered, never applied on its own, and applied on request', async ({ page }) => {
      test.setTimeout(90_000)
      await page.goto(`${served.base}/faq/resend-code`)
      await waitForOfflineReady(page)
      publishNewVersion('v2')
      // The page registers the worker as it is parsed; the browser checks for a new version at the same time.
      await page.reload()
      await page.evaluate(() => ((window as unknown as { stay: number }).stay = 1))
      const prompt = page.locator('.pwa-update')
      await expect(prompt).toContainText('新しい版があります', { timeout: 30_000 })
      // The offline copy the page runs on is not announced as news: only the footer says it.
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
      await page.goto(`${served.base}/`)
      await waitForOfflineReady(page)
      await page.reload()
      await waitForOfflineReady(page)
      await expect(page.locator('.pwa-update')).toBeHidden()
      publishNewVersion('v3')
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
      await expect(page.locator('.pwa-update')).toContainText('新しい版があります', { timeout: 30_000 })
    })
  })
}
