import { expect, test } from '@playwright/test'
import { collectErrors, faq, guardOrigins, hydrated, outerQuotes, routes, seedText } from './support'

test.describe('prerendered FAQ', () => {
  test('home and a deep link show their text with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('利用開始手続きで困ったときに')
    for (const step of faq.steps) await expect(page.getByRole('link', { name: new RegExp(step.title) }).first()).toBeVisible()
    await page.goto('/faq/change-errors#unusable-characters')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(faq.questions.find((q) => q.id === 'change-errors')!.title)
    await expect(page.locator('#unusable-characters')).toContainText('使用不可文字が含まれています。')
    await context.close()
  })

  test('every question of the source has its own page with its title', async ({ request }) => {
    expect(faq.questions).toHaveLength(24 + 1)
    for (const q of faq.questions) {
      const res = await request.get(`/faq/${q.id}`)
      expect(res.status(), q.id).toBe(200)
      const html = await res.text()
      expect(html, q.id).toContain(`<h1>${q.title}</h1>`)
      expect(html, q.id).toContain(q.checked)
    }
  })

  test('every on-screen string quoted by the source appears in the built app', async ({ request }) => {
    const pages = await Promise.all(routes.map(async (r) => (await request.get(r.path)).text()))
    // Compare text, not markup: strip tags and decode the few entities the renderer writes.
    const text = pages
      .join('\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
    const quotes = outerQuotes(seedText)
    expect(quotes.length).toBeGreaterThan(40)
    const missing = quotes.filter((q) => !text.includes(q))
    expect(missing).toEqual([])
  })

  test('hydrates without errors and navigates inside the app', async ({ page, context, baseURL }) => {
    const foreign = guardOrigins(context, baseURL!)
    const errors = collectErrors(page)
    await page.goto('/')
    await hydrated(page)
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1))
    await page.getByRole('link', { name: 'パスワード変更画面' }).first().click()
    await expect(page).toHaveURL(/\/step\/password$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('パスワード変更画面')
    await page.getByRole('link', { name: '確認コードをもう一度送ってほしい' }).first().click()
    await expect(page).toHaveURL(/\/faq\/resend-code$/)
    // A link inside a rendered answer also stays in the app (no full page load).
    await page.locator('.answer a[data-internal]').first().click()
    await expect(page).not.toHaveURL(/\/faq\/resend-code$/)
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1)
    await expect(page).toHaveTitle(/利用開始手続きおたすけ/)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })

  test('a deep link to a message scrolls to its section', async ({ page }) => {
    await page.goto('/faq/change-errors#email-length')
    await expect(page.locator('#email-length')).toBeInViewport()
  })

  test('an unknown address says so, with status 404, and offers the steps', async ({ page }) => {
    const res = await page.goto('/faq/no-such-question')
    expect(res?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません')
    await expect(page.getByRole('link', { name: /OMUID・仮パスワード確認画面/ })).toBeVisible()
  })

  test('every page names its official source and the date it was checked', async ({ page }) => {
    await page.goto('/faq/invalid-key')
    const source = page.locator('footer.source')
    await expect(source).toContainText('出典')
    await expect(source.getByRole('link')).toHaveAttribute('href', 'https://www.omu.ac.jp/cii/start-trouble/')
    await expect(source).toContainText('内容を確認した日：2026-11-25')
  })
})
