import { expect, test, type Page } from '@playwright/test'
import { axeViolations, collectErrors, guardOrigins, smallTargets, waitForOfflineReady } from './support'

// What the privacy tests type: distinctive pieces, so any copy of them anywhere is easy to find.
const PW_TYPED = 'Ｑuokka-Tree-9041' // a full-width first letter, so the fix has something to do
const PW_SECRET = 'uokka-Tree-9041' // in the typed and the fixed form alike
const EMAIL_TYPED = 'wombat.x7＠gmial.com' // full-width ＠ and a mistyped domain
const EMAIL_SECRET = 'wombat.x7'
const SECRETS = [PW_SECRET, EMAIL_SECRET, encodeURIComponent(PW_SECRET), 'gmial']

const newPw = (page: Page) => page.getByLabel('新しいパスワード', { exact: true })
const confirmPw = (page: Page) => page.getByLabel('新しいパスワード(確認)', { exact: true })
const emailInput = (page: Page) => page.getByLabel('パスワード再発行用メールアドレス', { exact: true })
const submit = (page: Page) => page.getByRole('button', { name: '確認', exact: true })
// The form's own region; each field also has a length-limit notice region, silent until something is cut.
const status = (page: Page) => page.locator('main [role="status"]:not([data-test="limit-notice"])')

/** Everything the page could have kept: storage, IndexedDB, Cache Storage, URL and history state. */
async function traces(page: Page) {
  return page.evaluate(async () => {
    const dump = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i)).map((k) => `${k}=${k === null ? '' : s.getItem(k)}`)
    const cacheUrls: string[] = []
    for (const name of await caches.keys()) {
      const cache = await caches.open(name)
      for (const req of await cache.keys()) cacheUrls.push(req.url)
    }
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      databases: (await indexedDB.databases()).map((d) => d.name ?? ''),
      cacheUrls,
      href: location.href,
      historyState: JSON.stringify(history.state),
    }
  })
}

function containsSecret(text: string): boolean {
  let decoded = text
  try {
    decoded = decodeURIComponent(text)
  } catch {
    // not URI-encoded: the text itself is checked
  }
  return SECRETS.some((s) => text.includes(s) || decoded.includes(s))
}

/** Loads a page, waits for offline readiness, and visits home and back once so every chunk is loaded. */
async function settle(page: Page, path: string): Promise<void> {
  await page.goto(path)
  await waitForOfflineReady(page)
  await page.locator('a.brand').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('利用開始手続きで困ったときに')
  await page.goBack()
  await expect(page).toHaveURL(path)
  await page.waitForLoadState('networkidle')
}

/** From here on, every request and console message of the page. */
function record(page: Page): { requests: string[]; console: string[] } {
  const seen = { requests: [] as string[], console: [] as string[] }
  page.on('request', (r) => seen.requests.push(r.url()))
  page.on('console', (m) => seen.console.push(m.text()))
  return seen
}

test.describe('privacy: nothing typed leaves the page or stays behind', () => {
  test('/tools/password', async ({ page }) => {
    test.setTimeout(90_000)
    await settle(page, '/tools/password')
    const seen = record(page)

    await newPw(page).fill(PW_TYPED)
    await confirmPw(page).fill(PW_TYPED + ' ')
    await emailInput(page).fill(EMAIL_TYPED)
    const toggle = page.getByRole('button', { name: 'パスワードを表示' })
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await submit(page).click()
    await expect(status(page)).toContainText('確認しました')
    await expect(page.locator('main')).toContainText('使用不可文字が含まれています。')
    // the password fix, then the confirmation typed again, the email fix and the suggestion
    await page.locator('main button[data-fix="halfwidth"]').first().click()
    await expect(newPw(page)).toHaveValue('Quokka-Tree-9041')
    await confirmPw(page).fill('Quokka-Tree-9041')
    await page.locator('.email-field button[data-fix="halfwidth"]').click()
    await expect(emailInput(page)).toHaveValue('wombat.x7@gmial.com')
    await page.locator('.email-field button[data-fix="did-you-mean"]').click()
    await expect(emailInput(page)).toHaveValue('wombat.x7@gmail.com')
    await submit(page).click()
    await expect(page.locator('[data-test="all-clear"]')).toBeVisible()
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')

    const during = await traces(page)
    await page.locator('a.brand').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('利用開始手続きで困ったときに')
    const away = await traces(page)
    await page.goBack()
    await expect(page).toHaveURL('/tools/password')
    await expect(newPw(page)).toHaveValue('')
    await expect(confirmPw(page)).toHaveValue('')
    await expect(emailInput(page)).toHaveValue('')
    await expect(page.locator('main')).not.toContainText('使用不可文字が含まれています。')
    const back = await traces(page)

    expect(seen.requests).toEqual([])
    for (const t of [during, away, back]) {
      expect([...t.local, ...t.session].filter(containsSecret)).toEqual([])
      expect(t.databases).toEqual([])
      expect(t.cacheUrls.length).toBeGreaterThan(0) // the precache is there, and holds none of it
      expect(t.cacheUrls.filter(containsSecret)).toEqual([])
      expect(containsSecret(t.href)).toBe(false)
      expect(containsSecret(t.historyState)).toBe(false)
    }
    expect(seen.console.filter(containsSecret)).toEqual([])
    // the password is only ever the input's value: no attribute of the page held it
    expect(containsSecret(await page.content())).toBe(false)
  })

  test('/tools/email', async ({ page }) => {
    test.setTimeout(90_000)
    await settle(page, '/tools/email')
    const seen = record(page)

    await emailInput(page).fill(EMAIL_TYPED)
    await submit(page).click()
    await expect(status(page)).toContainText('確認しました')
    await page.locator('button[data-fix="halfwidth"]').click()
    await page.locator('button[data-fix="did-you-mean"]').click()
    await expect(emailInput(page)).toHaveValue('wombat.x7@gmail.com')
    await expect(page.locator('[data-test="email-ok"]')).toBeVisible()

    const during = await traces(page)
    await page.locator('a.brand').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('利用開始手続きで困ったときに')
    await page.goBack()
    await expect(page).toHaveURL('/tools/email')
    await expect(emailInput(page)).toHaveValue('')
    const back = await traces(page)

    expect(seen.requests).toEqual([])
    for (const t of [during, back]) {
      expect([...t.local, ...t.session].filter(containsSecret)).toEqual([])
      expect(t.databases).toEqual([])
      expect(t.cacheUrls.filter(containsSecret)).toEqual([])
      expect(containsSecret(t.href)).toBe(false)
      expect(containsSecret(t.historyState)).toBe(false)
    }
    expect(seen.console.filter(containsSecret)).toEqual([])
  })
})

test.describe('keyboard only', () => {
  /** Presses Tab until `target` has focus; fails after `max` presses. */
  async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 40): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return
      await page.keyboard.press('Tab')
    }
    await expect(target).toBeFocused()
  }

  test('/tools/password: Tab to each field, type, Space on the toggle, Enter on 確認; the result is announced', async ({ page }) => {
    await page.goto('/tools/password')
    await expect(newPw(page)).toBeEnabled()
    // skip link first, then into the main content
    await page.keyboard.press('Tab')
    await expect(page.getByRole('link', { name: '本文へ移動' })).toBeFocused()
    await page.keyboard.press('Enter')
    await tabTo(page, newPw(page))
    await page.keyboard.type('abcdef')
    await page.keyboard.press('Tab')
    await expect(confirmPw(page)).toBeFocused()
    await page.keyboard.type('abcdeg')
    await page.keyboard.press('Tab')
    const toggle = page.getByRole('button', { name: 'パスワードを表示' })
    await expect(toggle).toBeFocused()
    await page.keyboard.press('Space')
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(newPw(page)).toHaveAttribute('type', 'text')
    await page.keyboard.press('Tab')
    await expect(emailInput(page)).toBeFocused()
    await page.keyboard.type('taro@omu.ac.jp')
    await tabTo(page, submit(page), 5)
    await page.keyboard.press('Enter')
    await expect(status(page)).toHaveText(
      '確認しました。新しいパスワード：エラー3件。パスワード再発行用メールアドレス：エラー1件。各欄の下に、直し方を表示しています。',
    )
    await expect(newPw(page)).toHaveAttribute('aria-invalid', 'true')
    await expect(confirmPw(page)).toHaveAttribute('aria-invalid', 'true')
    // each message is tied to its field
    await expect(newPw(page)).toHaveAccessibleDescription(/半角英大文字、半角英小文字、半角数字をそれぞれ1文字以上含んでください。/)
    await expect(newPw(page)).toHaveAccessibleDescription(/6文字目から違っています/)
    await expect(confirmPw(page)).toHaveAccessibleDescription(/「新しいパスワード」と「新しいパスワード\(確認\)」が一致していません。/)
    await expect(emailInput(page)).toHaveAccessibleDescription(/大学のメールアドレスです/)
    // Enter inside a field submits too
    await newPw(page).focus()
    await page.keyboard.press('End')
    await page.keyboard.type('G1234567')
    await page.keyboard.press('Enter')
    // only the mismatch is left (the announcement is refreshed by Enter, not by typing)
    await expect(status(page)).toContainText('新しいパスワード：エラー1件。')
  })

  test('/tools/email: Tab, type, Space on 確認, then a one-tap fix by keyboard', async ({ page }) => {
    await page.goto('/tools/email')
    await expect(emailInput(page)).toBeEnabled()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await tabTo(page, emailInput(page))
    await page.keyboard.type('taro@gmial.com')
    await tabTo(page, submit(page), 5)
    await page.keyboard.press('Space')
    await expect(status(page)).toHaveText('確認しました。エラーはありません。注意1件があります。')
    const accept = page.getByRole('button', { name: 'このアドレスに直す' })
    await accept.focus()
    await page.keyboard.press('Enter')
    await expect(emailInput(page)).toHaveValue('taro@gmail.com')
    await expect(emailInput(page)).toBeFocused()
    await expect(status(page)).toContainText('直しました')
  })
})


const axe = axeViolations

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${scheme} mode`, () => {
    test.use({ colorScheme: scheme })

    test('/tools/password before and after 確認 with errors shown', async ({ page }) => {
      await page.goto('/tools/password')
      await expect(newPw(page)).toBeEnabled()
      expect(await axe(page)).toEqual([])
      await newPw(page).fill('Ａbc　def')
      await confirmPw(page).fill('Ａbc')
      await emailInput(page).fill(' taro＠gmial.com')
      await submit(page).click()
      await expect(status(page)).toContainText('確認しました')
      await expect(page.locator('.field-findings')).toHaveCount(2)
      expect(await axe(page)).toEqual([])
      await page.getByRole('button', { name: 'パスワードを表示' }).click()
      expect(await axe(page)).toEqual([])
    })

    test('/tools/email with a likely typo: the caution, not 「問題は見つかりませんでした」', async ({ page }) => {
      await page.goto('/tools/email')
      await expect(emailInput(page)).toBeEnabled()
      await emailInput(page).fill('taro@gmail.con')
      await submit(page).click()
      await expect(page.locator('[data-test="email-caution"]')).toBeVisible()
      await expect(page.locator('[data-test="email-ok"]')).toHaveCount(0)
      expect(await axe(page)).toEqual([])
    })

    test('/tools/email before and after 確認 with errors shown', async ({ page }) => {
      await page.goto('/tools/email')
      await expect(emailInput(page)).toBeEnabled()
      expect(await axe(page)).toEqual([])
      await emailInput(page).fill('taro..@st.omu.ac.jp')
      await submit(page).click()
      await expect(status(page)).toContainText('確認しました')
      await expect(page.locator('.finding')).not.toHaveCount(0)
      expect(await axe(page)).toEqual([])
      await emailInput(page).fill('ab＠docomo.ne.jp ')
      await submit(page).click()
      await expect(page.locator('[data-code="carrier-filter"]')).toBeVisible()
      expect(await axe(page)).toEqual([])
    })

    test('/faq/recovery-email-choice with the embedded checker after 確認', async ({ page }) => {
      await page.goto('/faq/recovery-email-choice')
      await expect(emailInput(page)).toBeEnabled()
      await emailInput(page).fill('taro@omu.ac.jp')
      await submit(page).click()
      await expect(page.locator('[data-code="omu-domain"]')).toBeVisible()
      expect(await axe(page)).toEqual([])
    })
  })
}

test('at 200% text on a phone: no horizontal scrolling; buttons and links at least 44 px tall', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of ['/tools/password', '/tools/email']) {
    await page.goto(path)
    await expect(submit(page)).toBeEnabled()
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
    if (path === '/tools/password') {
      await newPw(page).fill('Ａbc')
      await confirmPw(page).fill('Ａbc')
    }
    await emailInput(page).fill('taro＠gmial.com')
    await submit(page).click()
    await expect(page.locator('button[data-fix]').first()).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
    const small = await smallTargets(page, 'main a, main button, main input, main summary')
    expect(small, path).toEqual([])
  }
})

test('the prerendered pages hydrate without errors and the fields unlock', async ({ page }) => {
  const errors = collectErrors(page)
  for (const path of ['/tools/password', '/tools/email', '/faq/change-errors', '/faq/recovery-email-choice']) {
    await page.goto(path)
    await expect(emailInput(page).first()).toBeEnabled()
  }
  await expect(page.getByRole('link', { name: 'パスワード変更の練習を開く' })).toHaveCount(0) // recovery-email-choice has only the email widget
  await page.goto('/faq/change-errors')
  await page.getByRole('link', { name: 'パスワード変更の練習を開く' }).click()
  await expect(page).toHaveURL('/tools/password')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('パスワード変更の練習')
  expect(errors).toEqual([])
})

test('offline: both pages load and check with the network off', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000)
  const foreign = guardOrigins(context, baseURL!)
  await page.goto('/tools/password')
  await waitForOfflineReady(page)
  await context.setOffline(true)

  await page.goto('/tools/password')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('パスワード変更の練習')
  await newPw(page).fill('Abcdefgh１234')
  await confirmPw(page).fill('Abcdefgh１234')
  await emailInput(page).fill('taro@docomo.ne.jp')
  await submit(page).click()
  await expect(status(page)).toContainText('新しいパスワード：エラー1件')
  await expect(page.locator('main')).toContainText('使用不可文字が含まれています。')
  await page.locator('main button[data-fix="halfwidth"]').click()
  await expect(page.locator('[data-test="all-clear"]')).toBeVisible()

  await page.goto('/tools/email')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('パスワード再発行用メールアドレスのチェック')
  await emailInput(page).fill('taro@omu.ac.jp')
  await submit(page).click()
  await expect(status(page)).toContainText('エラー1件')
  await expect(page.locator('[data-code="omu-domain"]')).toContainText('大学のメールアドレスです')
  expect(foreign).toEqual([])
})

test('type=text keeps what type=email would silently rewrite: spaces and full-width domains are reported', async ({ page }) => {
  await page.goto('/tools/email')
  await expect(emailInput(page)).toBeEnabled()
  await emailInput(page).fill(' taro@ｇｍａｉｌ。com')
  await submit(page).click()
  await expect(page.locator('[data-code="leading-trailing-space"]')).toContainText('1文字目：半角スペース（消します）')
  await expect(page.locator('[data-code="char"]')).toContainText('全角英字「ｇ」')
  await page.locator('button[data-fix="halfwidth"]').click()
  await expect(emailInput(page)).toHaveValue('taro@gmail.com')
})
