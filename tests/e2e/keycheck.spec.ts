/**
 * The setup-key and OMUID checkers in a real browser: the key never leaves the page, everything works by
 * keyboard and offline, and axe-core finds nothing in light or dark mode, before and after a failed check.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { axeViolations, collectErrors, guardOrigins, smallTargets, waitForOfflineReady } from './support'

// A key nobody else uses, pasted with a space in front, one full-width letter and a line break at the end.
const KEY = 'KRUGS4ZANFZSA3LZ'
const PASTED = ' krugs4zaＮfzsa3lz\n'
// Every form the key could take on its way out: as pasted, cleaned, lower case, and a distinctive piece.
const KEY_FORMS = [PASTED.trim(), KEY, KEY.toLowerCase(), 'S4ZANFZS', 's4zanfzs', encodeURIComponent(PASTED)]
const containsKey = (s: string) => KEY_FORMS.some((k) => s.includes(k))

const axe = axeViolations

/** Presses Tab until the locator has focus (keyboard only); fails if it is not reached. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/** Everything the page keeps: both storages, IndexedDB, Cache Storage URLs, cookies, URL and history state. */
async function pageTraces(page: Page) {
  return page.evaluate(async () => {
    const dump = (s: Storage) => Object.entries({ ...s }).map(([k, v]) => `${k}=${v}`)
    const cacheUrls: string[] = []
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) cacheUrls.push(req.url)
    }
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      idb: (await indexedDB.databases()).map((d) => d.name ?? ''),
      cacheUrls,
      cookie: document.cookie,
      href: location.href,
      state: JSON.stringify(history.state),
    }
  })
}

test.describe('setup key privacy', () => {
  test('a pasted key is checked, cleaned and copied without any request, storage, URL or log', async ({ page, context, baseURL }) => {
    test.setTimeout(90_000)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    const foreign = guardOrigins(context, baseURL!)
    const consoleTexts: string[] = []
    page.on('console', (m) => consoleTexts.push(m.text()))
    page.on('pageerror', (e) => consoleTexts.push(e.message))

    await page.goto('/tools/setup-key')
    // Let the service worker finish its precache first, so any later request would be ours.
    await waitForOfflineReady(page)
    await page.waitForLoadState('networkidle')
    const before = await pageTraces(page)

    const requests: string[] = []
    const record = (r: import('@playwright/test').Request) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`)
    page.on('request', record)
    context.on('request', record)

    // Paste the way a user does: from the clipboard into the field.
    await page.evaluate((text) => navigator.clipboard.writeText(text), PASTED)
    const field = page.getByRole('textbox', { name: 'セットアップキー', exact: true })
    await field.focus()
    await page.keyboard.press('ControlOrMeta+V')
    await expect(field).toHaveValue(PASTED)
    // A paste is checked at once: blanks at both ends (one finding) and the full-width letter.
    const status = page.locator('[data-test="status"]')
    await expect(status).toHaveText('エラー2件が見つかりました。')
    await expect(page.locator('[data-test="char-issue"]')).toHaveText([
      '1文字目：半角スペース（消します）',
      '18文字目：改行（消します）',
      '10文字目：全角英字「Ｎ」 →「N」',
    ])
    // Every feature: check again by button, copy, clear, paste again, then the compact block on the FAQ page.
    await page.getByRole('button', { name: 'チェックする' }).click()
    const cleaned = page.getByRole('textbox', { name: '直したキー（読み取り専用）' })
    await expect(cleaned).toHaveValue(KEY)
    await page.getByRole('button', { name: 'コピー', exact: true }).click()
    await expect(page.locator('[data-test="copy-status"]')).toHaveText('直したキーをコピーしました。Google Authenticator に貼り付けてください。')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(KEY)
    await page.getByRole('button', { name: '消す' }).click()
    await expect(field).toHaveValue('')
    await field.fill(PASTED)
    await page.getByRole('button', { name: 'チェックする' }).click()
    await expect(cleaned).toHaveValue(KEY)

    // Nothing went out while the key was on the page, and nothing kept it.
    expect(requests).toEqual([])
    const during = await pageTraces(page)
    expect(during).toEqual({ ...before, href: during.href, state: during.state })
    expect(containsKey(during.href) || containsKey(during.state)).toBe(false)

    // Leave by an in-app link and come back with the browser's back button.
    await page.getByRole('link', { name: /「無効なキー」/ }).first().click()
    await expect(page).toHaveURL(/\/faq\/invalid-key$/)
    const widget = page.locator('[data-test="setup-key-checker"]')
    await widget.getByRole('textbox', { name: 'セットアップキー', exact: true }).fill(PASTED)
    await widget.getByRole('button', { name: 'チェックする' }).click()
    await expect(widget.getByRole('textbox', { name: '直したキー（読み取り専用）' })).toHaveValue(KEY)
    await page.goBack()
    await expect(page).toHaveURL(/\/tools\/setup-key$/)
    await expect(page.getByRole('textbox', { name: 'セットアップキー', exact: true })).toHaveValue('')
    await expect(status).toHaveText('')
    // A full reload through the history (back after leaving the app's pages) finds it empty too.
    await page.goto('/')
    await page.goBack()
    await expect(page.getByRole('textbox', { name: 'セットアップキー', exact: true })).toHaveValue('')

    const after = await pageTraces(page)
    for (const trace of [after.local, after.session, after.idb, after.cacheUrls, [after.cookie, after.href, after.state]]) {
      expect(trace.filter(containsKey)).toEqual([])
    }
    expect(after.idb).toEqual(before.idb)
    expect(after.local).toEqual(before.local)
    expect(requests.filter(containsKey)).toEqual([])
    expect(consoleTexts.filter(containsKey)).toEqual([])
    expect(foreign).toEqual([])
  })
})

test.describe('keyboard only', () => {
  test('setup key: type, check, reach the copy button and copy, without a mouse', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
    const errors = collectErrors(page)
    await page.goto('/tools/setup-key')
    await page.waitForLoadState('networkidle')
    const field = page.getByRole('textbox', { name: 'セットアップキー', exact: true })
    await tabTo(page, field)
    await page.keyboard.type(' ' + KEY)
    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'チェックする' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('[data-test="status"]')).toHaveText('エラー1件が見つかりました。')
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    const copy = page.getByRole('button', { name: 'コピー', exact: true })
    await tabTo(page, copy)
    await page.keyboard.press('Enter')
    await expect(page.locator('[data-test="copy-status"]')).toContainText('コピーしました')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(KEY)
    expect(errors).toEqual([])
  })

  test('OMUID: Enter checks, the fix is one key press away, focus returns to the field', async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto('/tools/omuid')
    await page.waitForLoadState('networkidle')
    const field = page.getByRole('textbox', { name: 'OMUID', exact: true })
    await tabTo(page, field)
    await page.keyboard.type('AB1234O')
    await page.keyboard.press('Enter')
    await expect(page.locator('[data-test="status"]')).toHaveText('エラー1件が見つかりました。')
    await expect(page.locator('[data-test="char-issue"]')).toHaveText(['7文字目：半角英字「O」 →「0」'])
    const fix = page.getByRole('button', { name: 'この形に直す：AB12340' })
    await tabTo(page, fix)
    await page.keyboard.press('Enter')
    await expect(field).toBeFocused()
    await expect(field).toHaveValue('AB12340')
    await expect(page.locator('[data-test="status"]')).toHaveText('「AB12340」に直しました。OMUIDの形（「英字2文字+数字5文字」）に当てはまります。')
    await expect(page.locator('[data-shape="LLDDDDD"]')).toContainText('当てはまります')
    expect(errors).toEqual([])
  })
})

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${scheme} mode`, () => {
    test.use({ colorScheme: scheme })
    test('setup key page, before and after a check with errors', async ({ page }) => {
      await page.goto('/tools/setup-key')
      await page.waitForLoadState('networkidle')
      expect(await axe(page)).toEqual([])
      await page.getByRole('textbox', { name: 'セットアップキー', exact: true }).fill(' krugs4za0fzsa3lz\u3000x8')
      await page.getByRole('button', { name: 'チェックする' }).click()
      await expect(page.locator('[data-test="results"]')).toBeVisible()
      expect(await axe(page)).toEqual([])
      await page.getByRole('textbox', { name: 'セットアップキー', exact: true }).fill(PASTED)
      await page.getByRole('button', { name: 'チェックする' }).click()
      await page.getByRole('button', { name: 'コピー', exact: true }).click()
      await expect(page.locator('[data-test="copy-status"]')).not.toBeEmpty()
      expect(await axe(page)).toEqual([])
    })

    test('OMUID page, before and after a check with errors', async ({ page }) => {
      await page.goto('/tools/omuid')
      await page.waitForLoadState('networkidle')
      expect(await axe(page)).toEqual([])
      await page.getByRole('textbox', { name: 'OMUID', exact: true }).fill(' ＡＢ1234O')
      await page.getByRole('button', { name: 'チェックする' }).click()
      await expect(page.locator('[data-test="fix"]')).toBeVisible()
      expect(await axe(page)).toEqual([])
    })

    test('the compact blocks on question pages, after a check with errors', async ({ page }) => {
      // The blocks load lazily into prerendered pages: hydration must stay exact (no console warning).
      const errors = collectErrors(page)
      for (const [path, name, value] of [
        ['/faq/invalid-key', 'セットアップキー', ' KRUGS4ZA'],
        ['/faq/login-after-password-start', 'OMUID', '2512345678'],
      ] as const) {
        await page.goto(path)
        await page.waitForLoadState('networkidle')
        await page.getByRole('textbox', { name, exact: true }).fill(value)
        await page.getByRole('button', { name: 'チェックする' }).click()
        await expect(page.locator('[data-test="results"]')).toBeVisible()
        expect(await axe(page), path).toEqual([])
      }
      expect(errors).toEqual([])
    })
  })
}

test('at 200% text on a phone, nothing scrolls sideways and every control is at least 44 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const [path, name, value] of [
    ['/tools/setup-key', 'セットアップキー', PASTED + 'ＡＢＣＤ　ＥＦＧＨ'],
    ['/tools/omuid', 'OMUID', ' ＡＢ1234O'],
  ] as const) {
    await page.goto(path)
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
    await page.getByRole('textbox', { name, exact: true }).fill(value)
    await page.getByRole('button', { name: 'チェックする' }).click()
    await expect(page.locator('[data-test="results"]')).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
    const small = await smallTargets(page, 'main a, main button, main input, main textarea')
    expect(small, path).toEqual([])
  }
})

test('both checkers work offline once the app is ready', async ({ page, context }) => {
  await page.goto('/tools/setup-key')
  await waitForOfflineReady(page)
  await context.setOffline(true)

  await page.goto('/tools/omuid')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OMUIDのチェック')
  await page.getByRole('textbox', { name: 'OMUID', exact: true }).fill('ab1234l')
  await page.getByRole('button', { name: 'チェックする' }).click()
  await page.getByRole('button', { name: 'この形に直す：ab12341' }).click()
  await expect(page.locator('[data-test="status"]')).toContainText('当てはまります')

  await page.goto('/tools/setup-key')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('セットアップキーのチェック')
  await page.getByRole('textbox', { name: 'セットアップキー', exact: true }).fill(PASTED)
  await page.getByRole('button', { name: 'チェックする' }).click()
  await expect(page.getByRole('textbox', { name: '直したキー（読み取り専用）' })).toHaveValue(KEY)

  // The compact block on a question page loads its code from the cache too.
  await page.goto('/faq/login-after-2fa-start')
  const block = page.locator('[data-test="omuid-checker"]')
  await block.getByRole('textbox', { name: 'OMUID', exact: true }).fill('A12BC345')
  await block.getByRole('button', { name: 'チェックする' }).click()
  await expect(block.locator('[data-test="status"]')).toContainText('「英字1文字+数字2文字+英字2文字+数字3文字」')
})
