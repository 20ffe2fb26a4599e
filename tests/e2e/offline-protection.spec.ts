/**
 * The footer says whether the offline copy is protected from automatic deletion (navigator.storage.persist),
 * and on iOS/iPadOS Safari outside the home screen explains how to add the app there.
 */
import { expect, test, type Page } from '@playwright/test'
import { axeViolations, collectErrors, guardOrigins, waitForOfflineReady } from './support'

/** Replaces navigator.storage.persisted/persist, recording the calls in window.__persistCalls. */
function stubPersist(page: Page, persisted: boolean | 'throws', grant: boolean | 'missing'): Promise<unknown> {
  return page.addInitScript(
    ({ persisted, grant }) => {
      const calls: string[] = []
      Object.assign(window, { __persistCalls: calls })
      const storage = navigator.storage
      Object.defineProperty(storage, 'persisted', {
        configurable: true,
        value: async () => {
          calls.push('persisted')
          if (persisted === 'throws') throw new Error('unavailable')
          // Like a browser, a grant lasts: the next visit's persisted() says so.
          return persisted || localStorage.getItem('test:granted') === '1'
        },
      })
      Object.defineProperty(storage, 'persist', {
        configurable: true,
        value:
          grant === 'missing'
            ? undefined
            : async () => {
                calls.push(`persist:${String(document.querySelector('[data-testid="offline-state"]')?.getAttribute('data-ready'))}`)
                if (grant) localStorage.setItem('test:granted', '1')
                return grant
              },
      })
    },
    { persisted, grant },
  )
}

const protectionLine = (page: Page) => page.getByTestId('offline-protection')
const calls = (page: Page) => page.evaluate(() => (window as unknown as { __persistCalls: string[] }).__persistCalls)

test.describe('protection of the offline copy', () => {
  test('already protected: says so and never asks', async ({ page }) => {
    await stubPersist(page, true, false)
    await page.goto('/')
    await waitForOfflineReady(page)
    await expect(protectionLine(page)).toHaveText('この保存は、ブラウザが自動で消さないよう保護されています。')
    await expect(protectionLine(page)).toHaveAttribute('data-protection', 'protected')
    expect(await calls(page)).toEqual(['persisted'])
  })

  test('granted on request: asks once, after the offline copy is complete', async ({ page }) => {
    await stubPersist(page, false, true)
    await page.goto('/')
    await waitForOfflineReady(page)
    await expect(protectionLine(page)).toHaveAttribute('data-protection', 'protected')
    expect(await calls(page)).toEqual(['persisted', 'persist:true'])
    // The next visit finds it protected through persisted(), without asking.
    await page.reload()
    await expect(protectionLine(page)).toHaveAttribute('data-protection', 'protected')
    await page.waitForTimeout(500)
    expect(await calls(page)).toEqual(['persisted'])
  })

  test('refused: says the browser may delete it, and does not ask again on reload', async ({ page }) => {
    await stubPersist(page, false, false)
    await page.goto('/faq/code-expired')
    await waitForOfflineReady(page)
    await expect(protectionLine(page)).toHaveText(
      'この保存は保護されていません。空き容量が足りないときや、長く使わなかったときに、ブラウザが消すことがあります。',
    )
    expect(await calls(page)).toEqual(['persisted', 'persist:true'])
    await page.reload()
    await expect(protectionLine(page)).toHaveAttribute('data-protection', 'unprotected')
    await page.waitForTimeout(500)
    expect(await calls(page)).toEqual(['persisted'])
  })

  test('unsupported or failing: says it could not be checked', async ({ page }) => {
    await stubPersist(page, 'throws', 'missing')
    await page.goto('/')
    await waitForOfflineReady(page)
    await expect(protectionLine(page)).toHaveText('この保存をブラウザが自動で消すことがあるかどうかは、確かめられませんでした。')
    await expect(page.getByTestId('home-screen-hint')).toHaveCount(0)
  })
})

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'
const IPAD_SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15'

/** iOS/iPadOS WebKit's navigator.standalone and touch points (the user agent comes from the context). */
function emulateIos(page: Page, standalone: boolean): Promise<unknown> {
  return page.addInitScript((standalone) => {
    Object.defineProperty(Navigator.prototype, 'standalone', { configurable: true, get: () => standalone })
    Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { configurable: true, get: () => 5 })
  }, standalone)
}

for (const [device, userAgent] of [
  ['iPhone', IPHONE_SAFARI],
  ['iPad', IPAD_SAFARI],
] as const) {
  test.describe(`${device} Safari`, () => {
    test.use({ userAgent, viewport: { width: 390, height: 844 } })

    test('outside the home screen: a closed, keyboard-operable explanation of adding it there', async ({ page, context, baseURL }) => {
      const foreign = guardOrigins(context, baseURL!)
      const errors = collectErrors(page)
      await emulateIos(page, false)
      await page.goto('/')
      const hint = page.getByTestId('home-screen-hint')
      const summary = hint.locator('summary')
      await expect(summary).toHaveText('iPhone・iPadでは、ホーム画面に追加すると消えにくくなります')
      await expect(hint).not.toHaveAttribute('open')
      await expect(hint.getByText('「ホーム画面に追加」を選びます', { exact: false })).toBeHidden()
      const box = await summary.boundingBox()
      expect(box!.height).toBeGreaterThanOrEqual(44)
      // A disclosure widget: focusable, opened with the keyboard, exposed as expandable.
      await summary.focus()
      await page.keyboard.press('Enter')
      await expect(hint).toHaveAttribute('open')
      await expect(hint.getByText('「ホーム画面に追加」を選びます', { exact: false })).toBeVisible()
      await expect(hint.getByRole('listitem')).toHaveCount(4)
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        expect(await axeViolations(page), scheme).toEqual([])
      }
      expect(foreign).toEqual([])
      expect(errors.filter((e) => /hydration/i.test(e))).toEqual([])
    })

    test('opened from the home screen: no hint', async ({ page }) => {
      await emulateIos(page, true)
      await page.goto('/')
      await waitForOfflineReady(page)
      await expect(page.getByTestId('home-screen-hint')).toHaveCount(0)
    })
  })
}

test('a desktop or Android browser gets no home-screen hint', async ({ page }) => {
  await page.goto('/')
  await waitForOfflineReady(page)
  await expect(page.getByTestId('home-screen-hint')).toHaveCount(0)
  await expect(protectionLine(page)).toBeVisible()
})
