import { expect, test, type Page } from '@playwright/test'
import { axeViolations, collectErrors, faq, guardOrigins, smallTargets, waitForOfflineReady } from './support'

const title = (id: string) => faq.questions.find((q) => q.id === id)!.title
const REMINDER = '※送る前に：パスワード（仮パスワード・本パスワード）や、2要素認証のセットアップキー・QRコードは書かないでください。'
const output = (page: Page) => page.getByLabel('問い合わせ文（コピーして送ります）')

test.describe('help desk inquiry', () => {
  test('a question page links to the inquiry with the question filled in, and the page hydrates cleanly', async ({ page, context, baseURL }) => {
    const foreign = guardOrigins(context, baseURL!)
    const errors = collectErrors(page)
    await page.goto('/faq/invalid-key')
    await page.getByRole('link', { name: 'この内容で問い合わせ文を作る' }).click()
    await expect(page).toHaveURL(/\/inquiry\?from=invalid-key$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('問い合わせ文の準備')
    await expect(page.getByLabel('困っている手順（画面）')).toHaveValue('two-factor')
    await expect(page.getByRole('radio', { name: title('invalid-key') })).toBeChecked()
    await expect(page.getByRole('checkbox', { name: title('invalid-key') })).toBeChecked()
    await expect(output(page)).toHaveValue(new RegExp(`・困っていること：${title('invalid-key')}`))
    await expect(output(page)).toHaveValue(/・使っている機器とブラウザ：Linux \/ Chrome/)
    // A direct load of the prerendered page with ?from= hydrates without mismatch and then fills in.
    await page.goto('/inquiry?from=student-number-unknown')
    await expect(page.getByRole('radio', { name: title('student-number-unknown') })).toBeChecked()
    await expect(output(page)).toHaveValue(/・「8\.質問内容」：「アカウントがロックされてしまった」/)
    expect(errors).toEqual([])
    expect(foreign).toEqual([])
  })

  test('every question page but the contact page has the link; the contact page has the builder block', async ({ request }) => {
    for (const q of faq.questions) {
      const html = await (await request.get(`/faq/${q.id}`)).text()
      if (q.id === 'contact-help-desk') {
        expect(html, q.id).not.toContain('この内容で問い合わせ文を作る')
        expect(html, q.id).toMatch(/<a[^>]*href="\/inquiry"[^>]*>問い合わせ文を作る<\/a>/)
      } else {
        expect(html, q.id).toContain(`href="/inquiry?from=${q.id}"`)
      }
    }
  })

  test('prepared and copied offline; nothing typed leaves the page', async ({ page, context, baseURL }) => {
    test.setTimeout(120_000)
    const foreign = guardOrigins(context, baseURL!)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! })
    await page.goto('/faq/change-errors')
    await waitForOfflineReady(page)
    await context.setOffline(true)

    await page.getByRole('link', { name: 'この内容で問い合わせ文を作る' }).click()
    await expect(page.getByRole('radio', { name: title('change-errors') })).toBeChecked()

    // From here on, record every request the page makes: typing and copying must make none.
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.getByRole('button', { name: /「使用不可文字が含まれています。」/ }).click()
    await page.getByLabel('使っている機器とブラウザ').fill('Android / Chrome')
    await page.getByLabel('詳しい状況（任意）').fill('SECRET-DETAIL-記号は!だけ')
    await page.getByRole('button', { name: '問い合わせ文をコピーする' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'コピーしました' })).toBeVisible()

    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(await output(page).inputValue())
    expect(copied).toContain('・「7.お問い合わせの種類」：「利用開始手続きについて(新入生・新規採用者向け)」')
    expect(copied).toContain('・画面に出たメッセージ：「使用不可文字が含まれています。」')
    expect(copied).toContain(`\u3000- ${title('change-errors')}`)
    expect(copied).toContain('・使っている機器とブラウザ：Android / Chrome')
    expect(copied).toContain('SECRET-DETAIL-記号は!だけ')
    expect(copied.endsWith(REMINDER)).toBe(true)

    // The form itself needs a connection: offline, its link says so instead of failing.
    const pagesBefore = context.pages().length
    await page.locator('[data-test="plan"] a[data-external]').click()
    await expect(page.getByRole('status').filter({ hasText: 'オフラインのため' })).toBeVisible()
    expect(context.pages().length).toBe(pagesBefore)

    expect(requests).toEqual([])
    expect(foreign).toEqual([])
    expect(page.url()).not.toContain('SECRET')
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))
    expect(stored).not.toContain('SECRET')
    expect(stored).not.toContain('Android')
  })

  test('a password typed into 詳しい状況 is not copied: a warning names the field, and removing it copies the rest', async ({ page }) => {
    // What the copy writes, seen through the page: no real clipboard needed.
    await page.addInitScript(() => {
      const copied: string[] = []
      ;(window as unknown as { copied: string[] }).copied = copied
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true })
    })
    const copied = () => page.evaluate(() => (window as unknown as { copied: string[] }).copied)
    await page.goto('/inquiry?from=change-errors')
    await expect(page.getByRole('radio', { name: title('change-errors') })).toBeChecked()
    const details = page.getByLabel('詳しい状況（任意）')
    await details.fill('新しいパスワード Abcdefghij12 が通りません')
    await expect(details).toHaveAttribute('aria-invalid', 'true')

    await page.getByRole('button', { name: '問い合わせ文をコピーする' }).click()
    const held = page.getByRole('alert').filter({ hasText: 'まだコピーしていません' })
    await expect(held).toContainText('「詳しい状況」')
    await expect(page.getByRole('status').filter({ hasText: 'コピーしました' })).toHaveCount(0)
    expect(await copied()).toEqual([])

    await page.getByRole('button', { name: '見つかった部分を消してからコピーする' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'コピーしました' })).toBeVisible()
    await expect(held).toHaveCount(0)
    const [text, ...more] = await copied()
    expect(more).toEqual([])
    expect(text).not.toContain('Abcdefghij12')
    expect(text).toContain('新しいパスワード （パスワードのため省略） が通りません')
    expect(text).toBe(await output(page).inputValue())
    await expect(details).toHaveValue('新しいパスワード （パスワードのため省略） が通りません')
    await expect(details).not.toHaveAttribute('aria-invalid')
  })

  test('the staff number question points to 人事課', async ({ page }) => {
    await page.goto('/inquiry?from=staff-number-unknown')
    await expect(page.getByRole('heading', { name: '問い合わせ先は人事課です' })).toBeVisible()
    await expect(output(page)).toHaveValue(/^【問い合わせ先】\n職員番号がわからないときは、ITヘルプデスクではなく人事課に問い合わせてください。/)
  })

  test('works by keyboard: pick a step and a problem, then copy', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! })
    await page.goto('/inquiry')
    await page.waitForLoadState('networkidle')
    await page.getByLabel('困っている手順（画面）').focus()
    await page.keyboard.press('ArrowDown') // 利用開始手続きの再開 (closed list: arrows change the value)
    await expect(page.getByLabel('困っている手順（画面）')).toHaveValue('restart')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await expect(page.getByRole('radio', { name: title('closed-midway') })).toBeChecked()
    await page.getByRole('button', { name: '問い合わせ文をコピーする' }).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'コピーしました' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`・困っていること：${title('closed-midway')}`)
  })

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe-core, ${scheme} mode, with every block showing`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto('/inquiry?from=change-errors')
      await page.waitForLoadState('networkidle')
      await page.getByLabel('詳しい状況（任意）').fill('Sakura2026Spring')
      await page.getByRole('button', { name: /「使用不可文字が含まれています。」/ }).click()
      await expect(page.getByText('パスワードのように見える文字列があります。', { exact: false })).toBeVisible()
      // The copy held back for it: the warning and its two buttons.
      await page.getByRole('button', { name: '問い合わせ文をコピーする' }).click()
      await expect(page.getByRole('button', { name: 'コピーせずに戻って直す' })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  }

  test('touch targets are at least 44 px tall', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/inquiry?from=change-errors')
    await expect(page.getByRole('radio', { name: title('change-errors') })).toBeChecked()
    const small = await smallTargets(page, 'main a, main button, main select, main input[type="text"], main textarea, main label:has(input)')
    expect(small).toEqual([])
  })
})

test.describe('is the one-time password screen not showing?', () => {
  test('on Wi-Fi (Network Information API present) it says so, and follows a switch', async ({ page }) => {
    await page.addInitScript(() => {
      class FakeConnection extends EventTarget {
        type = 'wifi'
        effectiveType = '4g'
      }
      const c = new FakeConnection()
      Object.defineProperty(Navigator.prototype, 'connection', { get: () => c, configurable: true })
      ;(window as unknown as { switchConnection: (t: string) => void }).switchConnection = (t: string) => {
        c.type = t
        c.dispatchEvent(new Event('change'))
      }
    })
    const errors = collectErrors(page)
    await page.goto('/faq/two-factor-test-fails')
    const status = page.locator('[data-test="network-status"]')
    await expect(status).toHaveText('この端末は、いまWi-Fiにつながっています。学内のWi-Fi（OMUNET-1X など）なら、ワンタイムパスワード入力画面は表示されません。')
    await expect(page.locator('[data-test="network-steps"] li').first()).toContainText('学内のWi-Fi（OMUNET-1X など）から切断します')
    await page.evaluate(() => (window as unknown as { switchConnection: (t: string) => void }).switchConnection('cellular'))
    await expect(status).toContainText('モバイルデータ通信')
    expect(errors).toEqual([])
  })

  test('without the API (iPhone Safari) it says the browser cannot tell, and still shows the step', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'connection', { get: () => undefined, configurable: true })
    })
    await page.goto('/faq/setup-complete')
    await expect(page.locator('[data-test="network-status"]')).toContainText('このブラウザでは、Wi-Fiにつながっているかどうかを調べられません')
    await expect(page.locator('[data-test="network-steps"] li').first()).toContainText('学内のWi-Fi（OMUNET-1X など）から切断します')
  })

  test('the step is in the prerendered page, even with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/faq/two-factor-test-fails')
    await expect(page.locator('[data-test="network-steps"] li').first()).toContainText('学内のWi-Fi（OMUNET-1X など）から切断します')
    await expect(page.locator('[data-test="network-status"]')).toHaveCount(0)
    await context.close()
  })

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe-core, ${scheme} mode, on the 2FA test question with the check`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto('/faq/two-factor-test-fails')
      await expect(page.locator('[data-test="network-status"]')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  }
})
