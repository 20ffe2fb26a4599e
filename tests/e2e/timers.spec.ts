import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { startApp, waitForOfflineReady } from './support'

const T0 = new Date('2026-04-01T09:00:00+09:00')
const codeTimer = (page: import('@playwright/test').Page) => page.locator('.timer-starter[data-kind="code"]')

/** Holds back every request for the chunk named `chunk` until the returned function is called. */
async function holdBack(page: import('@playwright/test').Page, chunk: string): Promise<() => void> {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(new RegExp(`/assets/${chunk}-[^/]*\\.js$`), async (route) => {
    await held
    await route.continue()
  })
  return release
}

test.describe('confirmation code countdown', () => {
  test('keeps true time across a reload, then shows the resend procedure at expiry', async ({ page }) => {
    await page.clock.install({ time: T0 })
    await page.goto('/timers')
    await startApp(page)
    // Time stands still unless the test moves it, so the figures below are exact.
    await page.clock.pauseAt(new Date(T0.getTime() + 10_000))
    await page.getByRole('button', { name: '「次へ」を押して、コードが送られた' }).click()
    const digits = codeTimer(page).locator('[data-test="digits"]')
    await expect(digits).toHaveText('5:00')
    // The announcement comes a moment after the change, once the screen reader has settled.
    await page.clock.runFor(1000)
    await expect(digits).toHaveText('4:59')
    await expect(codeTimer(page).locator('[data-test="announcer"]')).toContainText('計り始めました')
    await expect(codeTimer(page).locator('[data-test="mail-help"]')).toContainText('迷惑メールフォルダ')

    await page.clock.fastForward('01:29')
    await expect(digits).toHaveText('3:30')
    // Reload: the countdown is a stored deadline, so it goes on from the same point.
    await page.reload()
    await startApp(page) // 3:30.0 or 3:29.5 left (see below), shown rounded up
    await expect(codeTimer(page).locator('[data-test="digits"]')).toHaveText('3:30')
    // The banner shows it on every other page.
    await page.goto('/faq/closed-midway')
    await startApp(page)
    // 3:29.0 or 3:29.5 left: the page starts either at its first paint or at the bootstrap's timer.
    await expect(page.getByRole('link', { name: /確認コードの残り 3:(29|30)/ })).toBeVisible()

    await page.goto('/faq/code-expired')
    await startApp(page)
    // The question's timer block hydrates when the browser is idle, once the tools' code has arrived (real
    // time, on a busy machine): move the page's clock on in small steps until it has, well before time runs out.
    await expect
      .poll(async () => {
        await page.clock.runFor(200)
        return codeTimer(page).locator('[data-test="digits"]').isVisible()
      })
      .toBe(true)
    await page.clock.fastForward('03:31')
    const timer = codeTimer(page)
    await expect(timer.locator('[data-test="digits"]')).toHaveText('0:00')
    await page.clock.runFor(1000)
    await expect(timer.locator('[data-test="resend"]')).toContainText('「キャンセル」')
    await expect(timer.locator('[data-test="resend"]')).toContainText('「次へ」')
    await expect(timer.locator('[data-test="announcer"]')).toContainText('有効期限が過ぎました')
    // One tap starts a new countdown.
    await timer.locator('[data-test="restart"]').click()
    await expect(timer.locator('[data-test="digits"]')).toHaveText('5:00')
    // "I entered the code" ends it, and the banner goes away.
    await timer.locator('[data-test="finish"]').click()
    await expect(page.getByRole('button', { name: '「次へ」を押して、コードが送られた' })).toBeVisible()
    await expect(page.getByRole('link', { name: /確認コードの残り/ })).toHaveCount(0)
  })

  test('a killed page reopened offline still shows the right time', async ({ context, page }) => {
    await page.goto('/timers')
    await waitForOfflineReady(page)
    await page.clock.install({ time: T0 })
    await page.reload()
    await startApp(page)
    await page.clock.pauseAt(new Date(T0.getTime() + 10_000))
    await page.getByRole('button', { name: '「次へ」を押して、コードが送られた' }).click()
    await expect(codeTimer(page).locator('[data-test="digits"]')).toHaveText('5:00')
    await page.close()

    await context.setOffline(true)
    const again = await context.newPage()
    await again.clock.install({ time: new Date(T0.getTime() + 10_000 + 2 * 60_000 + 10_000) })
    await again.goto('/timers')
    await startApp(again) // 2:49.5 left, shown rounded up
    await expect(codeTimer(again).locator('[data-test="digits"]')).toHaveText('2:50')
  })

  test('the reflection wait runs beside the code countdown and ends with the refresh prompt', async ({ page }) => {
    await page.clock.install({ time: T0 })
    await page.goto('/faq/reflection-pending')
    await startApp(page)
    // A tap before the block has hydrated is kept and replayed once it has (the next test): wait for it.
    await page.getByRole('button', { name: '待ち時間を計り始める' }).click()
    await expect(page.locator('.timer-starter[data-kind="reflection"] [data-test="digits"]')).toBeVisible()
    await page.goto('/timers')
    await startApp(page)
    await page.getByRole('button', { name: '「次へ」を押して、コードが送られた' }).click()
    await expect(page.locator('[data-test="digits"]')).toHaveCount(2)
    await page.clock.fastForward('05:01')
    const reflection = page.locator('.timer-starter[data-kind="reflection"]')
    await expect(reflection.locator('[data-test="refresh-prompt"]')).toContainText('「変更済み」')
    await expect(reflection.getByRole('link', { name: 'ITヘルプデスクへの問い合わせ方' })).toBeVisible()
  })

  test.describe("with the page's code held back, as on a slow line", () => {
    // No service worker: the page's requests must all pass the test's hold (a worker's own downloads do not,
    // and once it controls the page it would hand the chunk over from its cache).
    test.use({ serviceWorkers: 'block' })

    test('a tap on the start button before the block has loaded is kept, and the countdown counts from the tap', async ({ page }) => {
      // The tools' code is held back, as on a slow line, until the test lets it through.
      const release = await holdBack(page, 'tools')
      await page.clock.install({ time: T0 })
      await page.goto('/faq/code-expired')
      await startApp(page)
      await page.clock.pauseAt(new Date(T0.getTime() + 10_000))
      await page.getByRole('button', { name: '「次へ」を押して、コードが送られた' }).click()
      await expect(page.getByRole('status').filter({ hasText: '押したボタンの操作を続けます' })).toBeVisible()
      await page.clock.runFor(20_000) // the code takes 20 s to arrive
      await expect(codeTimer(page).locator('[data-test="digits"]')).toHaveCount(0)
      release()
      // Started at the tap, 20 s ago: 4:40 left, not 5:00.
      await expect(codeTimer(page).locator('[data-test="digits"]')).toHaveText('4:40')
      await expect(page.getByRole('status').filter({ hasText: '押したボタンの操作を続けます' })).toHaveCount(0)
      // Focus went to the countdown that replaced the button, as for an ordinary tap.
      await expect(codeTimer(page).locator(':focus')).toHaveCount(1)
    })

    test('a tap on the start button before the app has started is kept, and the countdown counts from the tap', async ({ page }) => {
      // The first view's script is held back, as on a slow line: the page shows its prerendered button.
      const release = await holdBack(page, 'first')
      await page.clock.install({ time: T0 })
      await page.goto('/timers')
      await page.clock.pauseAt(new Date(T0.getTime() + 10_000))
      await page.getByRole('button', { name: '「次へ」を押して、コードが送られた' }).click()
      await page.clock.runFor(20_000)
      expect(await page.evaluate(() => '__vue_app__' in (document.getElementById('app') ?? {}))).toBe(false)
      release()
      await startApp(page)
      // Started at the tap, 20.5 s ago (startApp moves the clock 0.5 s): 4:39.5 left, shown rounded up.
      await expect(codeTimer(page).locator('[data-test="digits"]')).toHaveText('4:40')
      await expect(codeTimer(page).locator(':focus')).toHaveCount(1)
      // The other countdown was not started.
      await expect(page.locator('.timer-starter[data-kind="reflection"] [data-test="digits"]')).toHaveCount(0)
    })
  })

  for (const scheme of ['light', 'dark'] as const) {
    test(`running and expired timers pass axe-core (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme })
      await page.clock.install({ time: T0 })
      await page.goto('/timers')
      await startApp(page)
      await page.getByRole('button', { name: '「次へ」を押して、コードが送られた' }).click()
      const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
      expect((await axe()).violations.map((v) => v.id)).toEqual([])
      await page.clock.fastForward('05:01')
      await expect(codeTimer(page).locator('[data-test="resend"]')).toBeVisible()
      expect((await axe()).violations.map((v) => v.id)).toEqual([])
    })
  }
})
