/**
 * The English edition in the browser: every /en route is prerendered in English with alternates in both
 * languages; an English first visit saves English for offline use, a Japanese reader's first English page
 * saves it then; English deep links reload offline; the switch keeps the page and the anchor; axe-core
 * finds nothing in light or dark mode.
 */
import { expect, test, type Page } from '@playwright/test'
import { compileAppEditions } from '../../build/faq-plugin.ts'
import { axeViolations, collectErrors, guardOrigins, hydrated, savedLanguages, waitForOfflineReady } from './support'

const en = compileAppEditions().en

/** Every English route with the heading it must show. */
const englishRoutes: { path: string; heading: string }[] = [
  { path: '/en', heading: 'When you are stuck in the start-up procedure' },
  ...en.steps.map((s) => ({ path: `/en/step/${s.id}`, heading: s.title })),
  ...en.questions.map((q) => ({ path: `/en/faq/${q.id}`, heading: q.title })),
]

test('every English route is prerendered in English, names its Japanese page, and the not-found page is English', async ({ request }) => {
  for (const { path, heading } of englishRoutes) {
    const res = await request.get(path)
    expect(res.status(), path).toBe(200)
    const html = await res.text()
    expect(html, path).toMatch(/<html lang="en">/)
    expect(html, path).toContain(`>${heading.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</h1>`)
    const bare = path.replace(/^\/en/, '') || '/'
    expect(html, path).toContain(`<link rel="alternate" hreflang="ja" href="${bare}">`)
    expect(html, path).toContain(`<link rel="alternate" hreflang="en" href="${path}">`)
    expect(html, path).toContain('<link rel="manifest" href="/manifest-en.webmanifest">')
  }
  // The Japanese pages name the English ones.
  expect(await (await request.get('/faq/invalid-key')).text()).toContain('<link rel="alternate" hreflang="en" href="/en/faq/invalid-key">')
  const missing = await request.get('/en/nowhere')
  expect(missing.status()).toBe(404)
  expect(await missing.text()).toMatch(/<html lang="en">/)
  // One installed app in either language: the same id, the language's own name and start page.
  const [ja, english] = await Promise.all(['/manifest.webmanifest', '/manifest-en.webmanifest'].map(async (u) => (await request.get(u)).json()))
  expect(english.id).toBe(ja.id)
  expect(english).toMatchObject({ lang: 'en', start_url: '/en', short_name: 'Start-up Helper' })
})

test('an English first visit saves English for offline use, and English deep links reload offline', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000)
  const foreign = guardOrigins(context, baseURL!)
  const errors = collectErrors(page)
  await page.goto('/en/faq/resend-code')
  await expect(page.getByTestId('offline-ready')).toContainText(/offline/i, { timeout: 30_000 })
  await waitForOfflineReady(page)
  expect(await savedLanguages(page)).toEqual(['en'])

  await context.setOffline(true)
  for (const route of englishRoutes.filter((_, i) => i % 4 === 0)) {
    await page.goto(route.path)
    await expect(page.getByRole('heading', { level: 1 }), route.path).toHaveText(route.heading)
  }
  // A cold start of an English deep link with an anchor, network still off: text, body and the English shell.
  const fresh = await context.newPage()
  await fresh.goto('/en/faq/invalid-key#invalid-key')
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(en.questions.find((q) => q.id === 'invalid-key')!.title)
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'en')
  await expect(fresh.locator('.answer')).toContainText('setup key')
  const notFound = await fresh.goto('/en/nowhere')
  expect(notFound?.status()).toBe(404)
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'en')
  // A tool page in English, offline, works.
  await fresh.goto('/en/tools/email')
  await expect(fresh.locator('main input').first()).toBeVisible()
  expect(foreign).toEqual([])
  expect(errors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([])
})

test('a Japanese reader who opens an English page has English saved then, with the notice, and then offline', async ({ page, context }) => {
  test.setTimeout(120_000)
  await page.goto('/faq/resend-code')
  await waitForOfflineReady(page)
  expect(await savedLanguages(page)).toEqual(['ja'])
  // The switch: the same page, in English, by keyboard.
  await page.locator('nav.language-switch a[hreflang="en"]').focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/en\/faq\/resend-code$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.questions.find((q) => q.id === 'resend-code')!.title)
  await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 30_000 })
  await expect.poll(() => savedLanguages(page), { timeout: 30_000 }).toEqual(['en', 'ja'])
  await context.setOffline(true)
  await page.goto('/en/step/password')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.steps.find((s) => s.id === 'password')!.title)
  await page.goto('/step/password')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
})

test('the switch keeps the page and the anchor, both ways, and the choice is remembered', async ({ page }) => {
  await page.goto('/faq/change-errors')
  await hydrated(page)
  const anchor = await page.locator('.answer [id]').first().getAttribute('id')
  expect(anchor).toBeTruthy()
  await page.goto(`/faq/change-errors#${anchor}`)
  await hydrated(page)
  await page.locator('nav.language-switch a[hreflang="en"]').click()
  await expect(page).toHaveURL(new RegExp(`/en/faq/change-errors#${anchor}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator(`#${anchor}`)).toBeVisible()
  expect(await page.evaluate(() => localStorage.getItem('omu-start-helper:language'))).toBe('en')
  await page.locator('nav.language-switch a[hreflang="ja"]').click()
  await expect(page).toHaveURL(new RegExp(`/faq/change-errors#${anchor}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/エラー/)
})

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe-core on English pages, ${scheme} mode`, () => {
    test.use({ colorScheme: scheme })
    for (const path of ['/en', '/en/step/password', '/en/faq/change-errors', '/en/tools/password', '/en/nowhere']) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path)
        await page.waitForLoadState('networkidle')
        await expect(page.locator('html')).toHaveAttribute('lang', 'en')
        expect(await axeViolations(page)).toEqual([])
      })
    }
  })
}

test('the password practice in English: the real screen’s Japanese message, as on the screen, with its meaning, tied to the field', async ({ page }) => {
  await page.goto('/en/tools/password')
  await hydrated(page)
  const field = page.getByLabel('「新しいパスワード」 (“New password”)', { exact: true })
  await field.fill('abc')
  await page.getByLabel('「新しいパスワード(確認)」 (“New password (confirm)”)', { exact: true }).fill('abc')
  await page.getByRole('button', { name: 'Check', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Checked' }).first()).toBeVisible()
  // The field's description holds the screen's message in Japanese (marked so), then its meaning in English.
  const describedBy = (await field.getAttribute('aria-describedby'))!.split(/\s+/)
  const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()))
  const text = descriptions.join('\n')
  expect(text).toMatch(/[ぁ-んァ-ン一-龯]/)
  expect(text).toContain('Meaning: “')
  expect(await page.locator(`[id="${describedBy[0]}"] [lang="ja"]`).count()).toBeGreaterThan(0)
})

test('search in English: English words find the answer, the pasted Japanese message too, and results stay in English', async ({ page }) => {
  await page.goto('/en/search?q=invalid%20key')
  const first = page.locator('main').getByRole('link', { name: /setup key/i }).first()
  await expect(first).toBeVisible({ timeout: 15_000 })
  await expect(first).toHaveAttribute('href', /^\/en\/faq\//)
  await page.goto(`/en/search?q=${encodeURIComponent('無効なキー')}`)
  await expect(page.locator('main').getByRole('link', { name: /setup key/i }).first()).toHaveAttribute('href', '/en/faq/invalid-key')
})

test.describe('what a page loads, by language', () => {
  // The page's own requests only (the service worker's precache downloads are another matter), with nothing
  // saved: opening a tool then downloads the tools and their wording.
  test.use({ serviceWorkers: 'block' })

  /** The chunks the page asks for (<name>-<8-character hash>.js), in order; a first visit's prefetches for the worker are not loaded (first-visit.spec.ts). */
  function scriptsOf(page: Page): string[] {
    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() !== 'script') return
      const m = /\/assets\/([\w-]+)-[\w-]{8}\.js$/.exec(new URL(r.url()).pathname)
      if (m) scripts.push(m[1]!)
    })
    return scripts
  }

  /**
   * Opens the password practice from the home page shown (`home`), with the tools' code held back for a
   * second: returns what the page had asked for by the time the code arrived (the tools' wording, if it
   * travels beside the code).
   */
  async function openPractice(page: Page, home: string, scripts: string[], button: string): Promise<string[]> {
    let askedMeanwhile: string[] = []
    await page.route(/\/assets\/tools-[\w-]{8}\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      askedMeanwhile = [...scripts]
      await route.continue()
    })
    await page.locator(`main a[href="${home === '/' ? '' : home}/tools/password"]`).first().click()
    await expect(page.getByRole('button', { name: button, exact: true })).toBeVisible()
    return askedMeanwhile
  }

  test('an English page loads no tool code or tool wording until a tool is opened, then both at once, in English only', async ({ page }) => {
    const scripts = scriptsOf(page)
    await page.goto('/en')
    await hydrated(page)
    await page.waitForLoadState('networkidle')
    expect(scripts).toContain('locale-en')
    expect(scripts.filter((s) => /^(tools|locale-en-tools)$/.test(s))).toEqual([])
    // The wording is asked for while the code is still on its way: one round trip, not two.
    expect(await openPractice(page, '/en', scripts, 'Check')).toEqual(expect.arrayContaining(['tools', 'locale-en-tools']))
    // …and never the Japanese tool wording: not its chunk, not inside the tools' code (a fix button's Japanese label).
    expect(scripts.filter((s) => s.startsWith('locale-ja'))).toEqual([])
    const tools = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).find((n) => /\/assets\/tools-[\w-]{8}\.js$/.test(n)))
    expect(tools).toBeDefined()
    const code = await (await page.request.get(tools!)).text()
    expect(code.length).toBeGreaterThan(10_000) // the tools' code indeed
    expect(code).not.toContain('前後の空白を消す')
  })

  test('a Japanese page loads the Japanese tool wording beside the tools once one is opened, and no English', async ({ page }) => {
    const scripts = scriptsOf(page)
    await page.goto('/')
    await hydrated(page)
    await page.waitForLoadState('networkidle')
    expect(scripts.filter((s) => /^(tools|locale-ja-tools)$/.test(s))).toEqual([])
    expect(await openPractice(page, '/', scripts, '確認')).toEqual(expect.arrayContaining(['tools', 'locale-ja-tools']))
    expect(scripts.filter((s) => s.startsWith('locale-en'))).toEqual([])
  })
})
