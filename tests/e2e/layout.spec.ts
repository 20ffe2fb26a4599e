import { expect, test, type Page } from '@playwright/test'
import { renderEverything, routes } from './support'

/**
 * At 200 % text on a small phone, nothing may be clipped, overlap other text, or be squeezed so narrow that
 * a short label breaks across lines (a badge turning into a vertical pill), and a wrapped list item with
 * an icon keeps its text clear of the icon (a hanging indent).
 */
async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const name = (el: Element): string => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 24)}"`
    const vw = document.documentElement.clientWidth
    // Hidden for the eye on purpose: a visually-hidden box (a clipped 1 px square) or a box moved off the
    // screen until it is focused (the skip link).
    const hiddenOnPurpose = (el: Element): boolean => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const r = e.getBoundingClientRect()
        if (r.width <= 2 && r.height <= 2 && getComputedStyle(e).overflow !== 'visible') return true
        if (r.right <= 0 || r.bottom <= 0 || r.left >= vw) return true
      }
      return false
    }
    const visible = (el: Element): boolean => {
      const r = el.getBoundingClientRect()
      const s = getComputedStyle(el)
      // checkVisibility also hides what sits in a closed <details>.
      return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) && !hiddenOnPurpose(el)
    }
    const els = [...document.querySelectorAll('body *')].filter((el) => !['SCRIPT', 'STYLE', 'svg', 'path'].includes(el.tagName) && visible(el))
    // Text lines of each element's own text nodes.
    const textBoxes: { el: Element; rects: DOMRect[] }[] = []
    for (const el of els) {
      const rects: DOMRect[] = []
      for (const node of el.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !(node.textContent ?? '').trim()) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        rects.push(...[...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5))
      }
      if (rects.length) textBoxes.push({ el, rects })
    }
    // 1. Clipped: content wider than a box that hides its overflow, or text past the viewport's edge.
    for (const el of els) {
      const s = getComputedStyle(el)
      if (['hidden', 'clip'].includes(s.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) problems.push(`clipped: ${name(el)}`)
    }
    for (const { el, rects } of textBoxes) if (rects.some((r) => r.right > vw + 1 || r.left < -1)) problems.push(`past the screen edge: ${name(el)}`)
    // 2. Squeezed: a short label (≤ 6 characters, no space, counting the text of its inline parts too) in a
    // box of its own broken over several lines (longer text may wrap anywhere: that is how Japanese lines
    // break; a snippet whose highlighted word is a child element is longer text).
    for (const { el, rects } of textBoxes) {
      if (getComputedStyle(el).display === 'inline') continue
      const text = (el.textContent ?? '').trim()
      const lines = new Set(rects.map((r) => Math.round(r.top)))
      if (text.length > 1 && [...text].length <= 6 && !/\s/.test(text) && lines.size > 1) problems.push(`squeezed over ${lines.size} lines: ${name(el)}`)
    }
    // 3. Overlap: text lines of two different elements that cover each other.
    const all = textBoxes.flatMap(({ el, rects }) => rects.map((r) => ({ el, r })))
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const a = all[i]!
        const b = all[j]!
        if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left)
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top)
        if (w > 2 && h > 4) {
          // Fixed or sticky layers (notices, banners) are allowed to float over the page.
          const layered = (el: Element) => { for (let e: Element | null = el; e; e = e.parentElement) { const p = getComputedStyle(e).position; if (p === 'fixed' || p === 'sticky') return true } return false }
          if (!layered(a.el) && !layered(b.el)) problems.push(`overlap: ${name(a.el)} × ${name(b.el)}`)
        }
      }
    }
    // 4. Hanging indent: a wrapped list item that starts with an icon keeps its later lines clear of the icon.
    for (const li of document.querySelectorAll('li')) {
      const icon = li.firstElementChild
      if (!icon || icon.getAttribute('aria-hidden') !== 'true' || !visible(li)) continue
      const iconRight = icon.getBoundingClientRect().right
      // The visible text after the icon (text read only by screen readers is left out).
      const lines: DOMRect[] = []
      const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (icon.contains(n) || !(n.textContent ?? '').trim() || !n.parentElement || !visible(n.parentElement)) continue
        const range = document.createRange()
        range.selectNodeContents(n)
        lines.push(...[...range.getClientRects()].filter((r) => r.width > 0.5))
      }
      if (lines.some((r) => r.left < iconRight - 1)) problems.push(`no hanging indent: ${name(li)}`)
    }
    return [...new Set(problems)]
  })
}

const paths = [...routes.map((r) => r.path), '/tools/password', '/tools/email', '/tools/setup-key', '/tools/omuid', '/timers', '/inquiry', '/search?q=パスワード', '/nowhere']

test.describe('at 200 % text on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('no route clips, overlaps or squeezes its text', async ({ page }) => {
    test.setTimeout(240_000)
    const found: string[] = []
    for (const path of paths) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
      await renderEverything(page)
      found.push(...(await layoutProblems(page)).map((p) => `${path}: ${p}`))
    }
    expect(found).toEqual([])
  })

  test('the checkers’ results too: checklist, markers, findings', async ({ page }) => {
    await page.goto('/tools/password')
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
    await page.getByLabel('新しいパスワード', { exact: true }).fill('abc def\u200bＡ')
    await page.getByLabel('新しいパスワード(確認)').fill('abc')
    await page.getByRole('button', { name: '確認' }).first().click()
    const password = await layoutProblems(page)
    await page.goto('/tools/setup-key')
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
    await page.locator('main textarea').first().fill('  JBSW Y3DP\u3000EHPK3PXP ')
    await page.locator('main [data-test="check"]').first().click()
    const key = await layoutProblems(page)
    expect({ password, key }).toEqual({ password: [], key: [] })
  })
})
