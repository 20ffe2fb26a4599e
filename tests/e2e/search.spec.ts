/**
 * Search in a real browser: the header box, the /search?q= page, offline use through the service worker's
 * precache, accessibility of the open results, and that nothing is ever asked of another origin.
 */
import { expect, test, type Page } from '@playwright/test'
import { axeViolations, collectErrors, faq, guardOrigins, waitForOfflineReady } from './support'

const LABEL = '困っていること・画面の表示で検索'
const title = (id: string) => faq.questions.find((q) => q.id === id)!.title

const box = (page: Page) => page.getByRole('combobox', { name: LABEL })
const options = (page: Page) => page.getByRole('listbox').getByRole('option')

const axe = axeViolations

test('a partial on-screen message finds its answer and opens it at that message', async ({ page, context, baseURL }) => {
  const foreign = guardOrigins(context, baseURL!)
  const errors = collectErrors(page)
  await page.goto('/')
  // Typed the way a phone sends it, one character after another, part of 「使用許可文字以外が含まれています。」.
  await box(page).pressSequentially('使用許可文字以外')
  await expect(options(page).first()).toContainText(title('change-errors'))
  await expect(options(page).first().locator('mark').first()).toBeVisible()
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('status').filter({ hasText: /件見つかりました/ })).toHaveCount(1)
  await box(page).press('ArrowDown')
  await box(page).press('Enter')
  await expect(page).toHaveURL(/\/faq\/change-errors#unusable-characters$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('change-errors'))
  await expect(page.locator('#unusable-characters')).toBeInViewport()
  expect(errors).toEqual([])
  expect(foreign).toEqual([])
})

test('"/" jumps to the search box, Escape closes the results and ArrowDown reopens them', async ({ page }) => {
  await page.goto('/step/two-factor')
  // The shortcut works once the search box has hydrated (when the browser is first idle): on a busy
  // machine that can be after the first press, so press again until it has.
  await expect(async () => {
    await page.locator('main h1').click()
    await page.keyboard.press('/')
    await expect(box(page)).toBeFocused({ timeout: 500 })
  }).toPass()
  await expect(box(page)).toHaveValue('')
  // Hiragana for a katakana message.
  await page.keyboard.type('むこうなきー')
  await expect(options(page).first()).toContainText(title('invalid-key'))
  await page.keyboard.press('Escape')
  await expect(page.getByRole('listbox')).toBeHidden()
  await expect(box(page)).toHaveValue('むこうなきー')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('listbox')).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/faq\/invalid-key$/)
})

test.describe('on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } })

  test('a tap on a result opens it', async ({ page }) => {
    await page.goto('/')
    await box(page).tap()
    await box(page).fill('仮パスワード わからない')
    await expect(options(page).first()).toBeVisible()
    const first = options(page).first()
    await expect(first).toContainText(title('notified-temp-password'))
    await first.tap()
    await expect(page).toHaveURL(/\/faq\/notified-temp-password/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('notified-temp-password'))
  })
})

test('Enter without a choice opens /search?q=, and back returns to the results after opening one', async ({ page, context, baseURL }) => {
  const foreign = guardOrigins(context, baseURL!)
  const errors = collectErrors(page)
  await page.goto('/')
  await box(page).fill('確認コードが届かない')
  await expect(options(page).first()).toBeVisible()
  await box(page).press('Enter')
  await expect(page).toHaveURL(/\/search\?q=/)
  expect(new URL(page.url()).searchParams.get('q')).toBe('確認コードが届かない')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('「確認コードが届かない」の検索結果')
  await expect(page).toHaveTitle(/^検索 \| /)
  const results = page.locator('main ol.results a')
  await expect(results.first()).toBeVisible()
  const firstHref = await results.first().getAttribute('href')
  await results.first().click()
  await expect(page).toHaveURL(new RegExp(`${firstHref!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
  await page.goBack()
  await expect(page).toHaveURL(/\/search\?q=/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('「確認コードが届かない」の検索結果')
  await expect(results.first()).toHaveAttribute('href', firstHref!)
  expect(errors).toEqual([])
  expect(foreign).toEqual([])
})

test('a shared /search?q= link opens straight on its results', async ({ page, context, baseURL }) => {
  const foreign = guardOrigins(context, baseURL!)
  const errors = collectErrors(page)
  await page.goto(`/search?q=${encodeURIComponent('無効なキー')}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('「無効なキー」の検索結果')
  await expect(page.locator('main ol.results a').first()).toHaveAttribute('href', '/faq/invalid-key')
  // The header box carries the query, so it can be refined.
  await expect(box(page)).toHaveValue('無効なキー')
  await page.goto(`/search?q=${encodeURIComponent('xyzzyq')}`)
  await expect(page.locator('main [role="status"]')).toContainText('見つかりませんでした')
  await expect(page.getByRole('link', { name: 'ITヘルプデスクへの問い合わせ方' })).toHaveAttribute('href', '/faq/contact-help-desk')
  await expect(page.locator('main .steps')).toBeVisible()
  // /search is prerendered without a query; with ?q= the app renders afresh instead of hydrating, so a
  // shared link logs nothing (no 404, no hydration mismatch).
  expect(errors).toEqual([])
  expect(foreign).toEqual([])
})

test('offline: search loads from the precache and opens an answer', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000)
  const foreign = guardOrigins(context, baseURL!)
  await page.goto('/')
  await waitForOfflineReady(page)
  await context.setOffline(true)
  // The search chunk was never loaded online: it must come from the service worker's cache.
  await box(page).pressSequentially('ワンタイムパスワード来ない')
  await expect(options(page).first()).toBeVisible()
  await expect(page.getByText('検索の準備ができませんでした')).toHaveCount(0)
  await options(page).first().click()
  await expect(page).toHaveURL(/\/faq\//)
  await expect(page.locator('.answer')).not.toBeEmpty()
  await expect(page.locator('main')).not.toContainText('読み込めませんでした')
  // A shared link opened offline (a full navigation, composed by the worker) works too.
  await page.goto(`/search?q=${encodeURIComponent('通知済')}`)
  await expect(page.locator('main ol.results a').first()).toHaveAttribute('href', '/faq/notified-temp-password')
  expect(foreign).toEqual([])
})

test('small screen, text at 200%: the open results fit, the brand stays visible', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/')
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
  await box(page).fill('パスワード')
  await expect(options(page).first()).toBeVisible()
  await expect(page.locator('.brand')).toBeInViewport()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  for (const el of [box(page), page.getByRole('button', { name: '検索' }), options(page).first()]) {
    expect((await el.boundingBox())!.height).toBeGreaterThanOrEqual(44)
  }
})

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe-core with search, ${scheme} mode`, () => {
    test.use({ colorScheme: scheme })

    test('the header results list, open with an active option', async ({ page }) => {
      await page.goto('/faq/change-errors')
      await box(page).fill('パスワードが正しくありません')
      await expect(options(page).first()).toBeVisible()
      await box(page).press('ArrowDown')
      await expect(options(page).first()).toHaveAttribute('aria-selected', 'true')
      expect(await axe(page)).toEqual([])
    })

    test('the header box saying nothing was found', async ({ page }) => {
      await page.goto('/')
      await box(page).fill('xyzzyq')
      await expect(page.locator('header').getByText('見つかりませんでした')).toBeVisible()
      expect(await axe(page)).toEqual([])
    })

    test('/search with results', async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent('スマホ 機種変更')}`)
      await expect(page.locator('main ol.results a').first()).toBeVisible()
      expect(await axe(page)).toEqual([])
    })

    test('/search with no results', async ({ page }) => {
      await page.goto(`/search?q=${encodeURIComponent('xyzzyq')}`)
      await expect(page.locator('main').getByText('次のように試してみてください')).toBeVisible()
      expect(await axe(page)).toEqual([])
    })
  })
}

test('text typed before the search box has hydrated is kept and searched', async ({ page }) => {
  // Hold the search box's code back, as a slow line would, and type in the meantime.
  await page.route(/\/assets\/late-[^/]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500))
    await route.continue()
  })
  await page.goto('/')
  await box(page).fill('無効なキー')
  await expect(options(page).first()).toBeVisible({ timeout: 15_000 })
  await expect(box(page)).toHaveValue('無効なキー')
  await expect(options(page).first()).toContainText('無効なキー')
})
