/**
 * Damaged countdown storage must never break hydration: the prerendered HTML has no timers (the server has
 * no storage), so whatever the browser stored may only show once the page has hydrated.
 */
import { expect, test, type Page } from '@playwright/test'
import { collectErrors, hydrated } from './support'

const KEY = 'omu-start-helper:timers'

/** Corrupted values, built in the page from its own clock (relative times stay relative). */
const SHAPES = [
  'invalid-json',
  'json-null',
  'json-string',
  'json-array',
  'wrong-version',
  'countdowns-not-array',
  'wrong-types',
  'unknown-kind',
  'far-future-deadline',
  'far-past',
  'started-in-future',
  'start-after-deadline',
  'duplicates',
  'huge-array',
  'valid-running',
] as const
type Shape = (typeof SHAPES)[number]

function writeShape({ key, shape }: { key: string; shape: Shape }): void {
  const now = Date.now()
  const v = (countdowns: unknown) => JSON.stringify({ v: 1, countdowns })
  const values: Record<Shape, () => string> = {
    'invalid-json': () => '{"v":1,"countdowns":[',
    'json-null': () => 'null',
    'json-string': () => '"code"',
    'json-array': () => '[1,2,3]',
    'wrong-version': () => JSON.stringify({ v: 99, countdowns: [] }),
    'countdowns-not-array': () => JSON.stringify({ v: 1, countdowns: { kind: 'code' } }),
    'wrong-types': () => v([{ kind: 'code', startedAt: String(now), deadline: null }, 'x', 7]),
    'unknown-kind': () => v([{ kind: 'nap', startedAt: now, deadline: now + 60_000 }]),
    'far-future-deadline': () => v([{ kind: 'code', startedAt: now + 1e12, deadline: now + 1e12 + 300_000 }]),
    'far-past': () => v([{ kind: 'code', startedAt: 0, deadline: 300_000 }]),
    // Started 30 s from now (the clock was put back): kept, drawn with the "clock adjusted" note.
    'started-in-future': () => v([{ kind: 'code', startedAt: now + 30_000, deadline: now + 330_000 }]),
    'start-after-deadline': () => v([{ kind: 'reflection', startedAt: now, deadline: now - 1 }]),
    duplicates: () =>
      v([
        { kind: 'code', startedAt: now - 10_000, deadline: now + 290_000 },
        { kind: 'code', startedAt: now - 20_000, deadline: now + 280_000 },
      ]),
    'huge-array': () => v(Array.from({ length: 20_000 }, (_, i) => ({ kind: i % 2 ? 'code' : 'reflection', startedAt: 'x', deadline: i }))),
    'valid-running': () => v([{ kind: 'reflection', startedAt: now - 60_000, deadline: now + 240_000 }]),
  }
  try {
    localStorage.setItem(key, values[shape]())
  } catch {
    // The huge value may exceed the quota in some browsers: then nothing is stored, which is fine too.
  }
}

/** Waits until the app has hydrated, the idle-hydrated widgets too, and the after-mount parts rendered. */
async function settle(page: Page): Promise<void> {
  await hydrated(page)
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })))
  }
  await page.waitForTimeout(200)
}

// Every part that reads the stored countdowns: the timers page (both countdowns and the banner) and a
// question with a countdown block (the block and the banner). The banner is the same on every other page.
const PAGES = ['/timers', '/faq/code-expired'] as const

for (const path of PAGES) {
  test(`damaged timer storage never causes a hydration mismatch on ${path}`, async ({ page }) => {
    test.setTimeout(120_000)
    const errors = collectErrors(page)
    await page.goto(path)
    await settle(page)
    for (const shape of SHAPES) {
      // Init scripts run in the order they were added, so the latest shape is what the page reads.
      await page.addInitScript(writeShape, { key: KEY, shape })
      await page.reload()
      await settle(page)
      const mismatches = errors.filter((e) => /hydration/i.test(e))
      expect(mismatches, `${path} with ${shape}`).toEqual([])
      // The page still works: the heading is there and the app did not throw.
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(errors.filter((e) => e.startsWith('pageerror')), `${path} with ${shape}`).toEqual([])
    }
  })
}

test('a damaged value is reported on the timers page after hydration, once, and then cleaned up', async ({ page }) => {
  await page.addInitScript(writeShape, { key: KEY, shape: 'wrong-types' as Shape })
  const errors = collectErrors(page)
  await page.goto('/timers')
  await settle(page)
  // Both starters say the stored value was damaged (it concerned every kind).
  await expect(page.locator('.timer-starter [data-test="damage-notice"]')).toHaveCount(2)
  expect(errors.filter((e) => /hydration/i.test(e))).toEqual([])
  // Nothing usable was left, so the damaged value is gone and will not be met again.
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull()
})

test('a huge damaged list shows each reason once, not once per entry', async ({ page }) => {
  await page.addInitScript(writeShape, { key: KEY, shape: 'huge-array' as Shape })
  await page.goto('/timers')
  await settle(page)
  const items = page.locator('.timer-starter[data-kind="code"] [data-test="damage-notice"] li')
  await expect(items.first()).toBeVisible()
  expect(await items.count()).toBeLessThanOrEqual(8)
})
