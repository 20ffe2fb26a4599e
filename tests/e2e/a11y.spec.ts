import { expect, test } from '@playwright/test'
import { axeViolations, smallTargets } from './support'

const pages = ['/', '/step/password', '/faq/change-errors', '/faq/two-factor-test-fails', '/nowhere']

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe-core, ${scheme} mode`, () => {
    test.use({ colorScheme: scheme })
    for (const path of pages) {
      test(`${path} has no violations`, async ({ page }) => {
        await page.goto(path)
        await page.waitForLoadState('networkidle')
        expect(await axeViolations(page)).toEqual([])
      })
    }
  })
}

test('everything is reachable by keyboard: skip link, then the steps', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: '本文へ移動' })).toBeFocused()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null)
  expect(focused).toBe(true)
})

test('text scales to 200% without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/faq/change-errors')
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('links and buttons are at least 44 px tall', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of ['/', '/step/password', '/faq/change-errors']) {
    await page.goto(path)
    const small = await smallTargets(page, 'main a, main button, header a, footer a')
    expect(small, path).toEqual([])
  }
})
