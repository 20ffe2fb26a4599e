/**
 * The companion (/start): the preparation list, the walk through the real screens, progress kept on the
 * device (reload, offline, resume from home), no secret kept after typing into its checkers, axe, English.
 */
import { expect, test, type Page } from '@playwright/test'
import { compileAppEditions } from '../../build/faq-plugin.ts'
import { axeViolations, collectErrors, guardOrigins, hydrated, smallTargets, waitForOfflineReady } from './support'

const { ja, en } = compileAppEditions()
const steps = ja.walk.steps
const title = (id: string, lang: 'ja' | 'en' = 'ja'): string => (lang === 'ja' ? ja : en).walk.text[id]!.title
const KEY = 'omu-start-helper:companion'

test.use({ viewport: { width: 360, height: 740 } })

const current = (page: Page) => page.locator('.walk-list [aria-current="step"]')
const stepHeading = (page: Page) => page.locator('#walk-step-heading')

async function open(page: Page, path = '/start'): Promise<void> {
  await page.goto(path)
  await hydrated(page)
  // The stored progress is read once the page has mounted: the buttons are enabled from then on.
  await expect(page.locator('[data-test="complete"], [data-test="summary"]').first()).toBeVisible()
  await expect(page.locator('[data-walk="start-page"]')).toBeEnabled()
}

test('a full walk on a phone: every screen in order, the facts it cites, the summary at the end', async ({ page, baseURL }) => {
  const errors = collectErrors(page)
  const foreign = guardOrigins(page.context(), baseURL!)
  await open(page)
  await expect(page.locator('.walk-list > li')).toHaveCount(steps.length)
  for (const [i, s] of steps.entries()) {
    await expect(current(page)).toHaveAttribute('data-walk', s.id)
    await expect(stepHeading(page)).toHaveText(title(s.id))
    // Moving on takes the focus to the new step's heading (not on arrival: the page starts at its top).
    if (i > 0) await expect(stepHeading(page)).toBeFocused()
    await expect(page.locator('[data-test="facts"] li')).toHaveCount(s.facts.length)
    for (const fact of ja.walk.text[s.id]!.facts) await expect(page.locator('[data-test="facts"]')).toContainText(fact)
    await page.locator('[data-test="complete"]').click()
  }
  await expect(page.locator('[data-test="summary"]')).toBeVisible()
  await expect(page.locator('#walk-summary-heading')).toBeFocused()
  await expect(page.locator('[data-test="summary"]')).toContainText(ja.questions.find((q) => q.id === 'multiple-devices')!.summary)
  await expect(page.locator('.walk-list .done')).toHaveCount(steps.length)
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  expect(errors).toEqual([])
  expect(foreign).toEqual([])
})

test('ticking the preparation list says what is still missing, and is kept', async ({ page }) => {
  await open(page)
  const status = page.locator('[data-test="prep-status"]')
  await expect(status).toContainText('まだ用意できていないもの：')
  const needed = ['number', 'email', 'authenticator', 'second-screen', 'off-campus']
  for (const id of needed) {
    await expect(status).toContainText(await page.locator(`[data-prep="${id}"] .prep-check span`).innerText())
    await page.locator(`[data-prep="${id}"] input[type="checkbox"]`).check()
  }
  await expect(status).toHaveText('すべてそろいました。手順に進みましょう。')
  await page.reload()
  await hydrated(page)
  for (const id of needed) await expect(page.locator(`[data-prep="${id}"] input[type="checkbox"]`)).toBeChecked()
  await expect(page.locator('[data-prep="guide"] input[type="checkbox"]')).not.toBeChecked()
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? '{}') as { ticks?: string[] }
  expect(stored.ticks).toEqual(needed)
})

test('the confirmation code step starts its countdown', async ({ page }) => {
  await open(page)
  await page.locator('[data-walk="code"]').click()
  await expect(stepHeading(page)).toHaveText(title('code'))
  await expect(page.locator('[data-test="facts"]')).toContainText('確認コードの有効期限は5分程度です。')
  await page.locator('.walk-step [data-kind="code"] [data-test="start"]').click()
  await expect(page.locator('.walk-step [data-kind="code"] [role="timer"], .walk-step [data-kind="code"] time').first()).toBeVisible()
  expect(await page.evaluate(() => localStorage.getItem('omu-start-helper:timers'))).toContain('"code"')
})

test('mid-walk: a reload, then offline, still shows the step; home offers to resume it', async ({ page, context }) => {
  await open(page)
  await waitForOfflineReady(page)
  await page.locator('[data-walk="change-check"]').click()
  await expect(current(page)).toHaveAttribute('data-walk', 'change-check')
  await page.reload()
  await hydrated(page)
  await expect(current(page)).toHaveAttribute('data-walk', 'change-check')
  await context.setOffline(true)
  await page.reload()
  await hydrated(page)
  await expect(current(page)).toHaveAttribute('data-walk', 'change-check')
  await expect(stepHeading(page)).toHaveText(title('change-check'))
  await page.locator('a.brand').click()
  const resume = page.locator('[data-test="resume"]')
  await expect(resume).toHaveText(`前回の続き：${title('change-check')}`)
  await resume.click()
  await expect(page).toHaveURL(/\/start$/)
  await expect(current(page)).toHaveAttribute('data-walk', 'change-check')
  await context.setOffline(false)
})

test('home offers no resume without progress; start over asks, clears, and can be undone', async ({ page }) => {
  await page.goto('/')
  await hydrated(page)
  await expect(page.locator('[data-test="companion-link"]')).toBeVisible()
  await expect(page.locator('[data-test="resume"]')).toHaveCount(0)
  await page.locator('[data-test="companion-link"]').click()
  await expect(page).toHaveURL(/\/start$/)
  await expect(page.locator('[data-walk="qr-code"]')).toBeEnabled()
  await page.locator('[data-walk="qr-code"]').click()
  await page.locator('[data-test="start-over"]').click()
  await page.locator('[data-test="start-over-yes"]').click()
  await expect(current(page)).toHaveAttribute('data-walk', 'start-page')
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull()
  await page.locator('[data-test="undo"]').click()
  await expect(current(page)).toHaveAttribute('data-walk', 'qr-code')
})

test('a damaged stored value is reported after hydration and cleaned, without a hydration error', async ({ page }) => {
  const errors = collectErrors(page)
  await page.addInitScript((k) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(k, '{"v":1,"step":"nowhere","done":["code","???"]}')
      sessionStorage.setItem('seeded', '1')
    }
  }, KEY)
  await page.goto('/start')
  await hydrated(page)
  await expect(page.locator('[data-test="damage-notice"]')).toBeVisible()
  await expect(current(page)).toHaveAttribute('data-walk', 'start-page')
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!)).toMatchObject({ step: 'start-page', done: ['code'] })
  expect(errors).toEqual([])
})

test('no secret is kept after typing into the embedded checkers', async ({ page }) => {
  const SECRETS = ['himitsu.address@example.jp', 'Zq7secretOmuid', 'JBSWY3DPEHPK3PXPSECRET']
  await open(page)
  await page.locator('[data-walk="password-form"]').click()
  await page.locator('.walk-step .email-check input').fill(SECRETS[0]!)
  await page.locator('[data-walk="id-check"]').click()
  await page.locator('.walk-step input[type="text"]').first().fill(SECRETS[1]!)
  await page.locator('[data-walk="qr-code"]').click()
  await page.locator('.walk-step input[type="text"], .walk-step textarea').first().fill(SECRETS[2]!)
  await page.keyboard.press('Enter')
  await page.locator('[data-walk="code"]').click()
  const kept = await page.evaluate(async () => {
    const dump = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i)).map((k) => `${k}=${k === null ? '' : s.getItem(k)}`)
    return [...dump(localStorage), ...dump(sessionStorage), ...(await indexedDB.databases()).map((d) => d.name ?? ''), location.href, JSON.stringify(history.state)].join('\n')
  })
  expect(kept).toContain(KEY)
  for (const s of SECRETS) expect(kept).not.toContain(s)
})

test('at 200 % text on a 360 px phone: no horizontal scroll, targets at least 44 px', async ({ page }) => {
  await open(page)
  for (const id of ['code', 'password-form', 'done']) {
    await page.locator(`[data-walk="${id}"]`).click()
    if (id === 'done') await page.locator('[data-test="complete"]').click()
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), id).toBeLessThanOrEqual(0)
    const small = await smallTargets(page, 'main a, main button, main label')
    expect(small, id).toEqual([])
    await page.evaluate(() => (document.documentElement.style.fontSize = ''))
  }
})

for (const scheme of ['light', 'dark'] as const) {
  test(`axe-core, ${scheme} mode: the start and a step with its checkers`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await open(page)
    expect(await axeViolations(page)).toEqual([])
    await page.locator('[data-walk="password-form"]').click()
    await expect(page.locator('.walk-step .email-check input')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
}

test('the English page: English steps and facts, the screens quoted in Japanese; home resumes in English', async ({ page }) => {
  const errors = collectErrors(page)
  await open(page, '/en/start')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prepare and go through the procedure')
  await expect(stepHeading(page)).toHaveText(title('start-page', 'en'))
  await page.locator('[data-walk="resume-prompt"]').click()
  await expect(page.locator('[data-test="shows"]')).toContainText('「以前に中断した手順から再開しますか?」')
  await page.locator('[data-walk="code"]').click()
  await expect(page.locator('[data-test="facts"]')).toContainText('The confirmation code is valid for about 5 minutes.')
  await page.goto('/en')
  await hydrated(page)
  await expect(page.locator('[data-test="resume"]')).toHaveText(`Continue: ${title('code', 'en')}`)
  expect(errors).toEqual([])
})
