/**
 * The core journeys, written once and run on every engine: Chromium through Playwright
 * (tests/e2e/journeys.spec.ts) and WebKitGTK through WebDriver (tests/webkit/journeys.test.ts). Each gets a
 * driver (driver.ts) and a copy of the build on a server of its own (site.ts), which it may stop (offline)
 * or change (a new version). Steps are what a user does; checks read the page as the user's assistive
 * technology would (the field's description, the status text), never the app's internals.
 */
import assert from 'node:assert/strict'
import { compileAppFaq } from '../../build/faq-plugin.ts'
import { until, type Driver } from './driver.ts'
import type { ServedCopy } from './site.ts'

export interface Journey {
  name: string
  /** the whole journey's time limit, ms */
  timeout: number
  run(d: Driver, site: ServedCopy): Promise<void>
}

const faq = compileAppFaq()
const title = (id: string): string => {
  const q = faq.questions.find((x) => x.id === id)
  if (!q) throw new Error(`no question ${id}`)
  return q.title
}
const HOME = '利用開始手続きで困ったときに'

// ---- page readers (run in the page: self-contained) ----

const textOf = (sel: string) => document.querySelector(sel)?.textContent ?? null
const exists = (sel: string) => document.querySelector(sel) !== null
/** The app has hydrated: Vue marks its mount container. */
const isHydrated = () => '__vue_app__' in (document.getElementById('app') ?? {})
/** The field's accessible description: the text of the elements its aria-describedby names, in order. */
const description = (sel: string) => {
  const el = document.querySelector(sel)
  if (!el) return null
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
}
const valueOf = (sel: string) => (document.querySelector(sel) as HTMLInputElement | null)?.value ?? null

/** Waits for the page's main heading to be `text`. */
async function heading(d: Driver, text: string, timeout = 15_000): Promise<void> {
  await until(d, `the heading is 「${text}」`, (t) => (document.querySelector('main h1')?.textContent?.trim() === t ? true : false), text, timeout)
}

/** Waits until the app has hydrated and `selector` is enabled (the checkers unlock their fields on mount). */
async function ready(d: Driver, selector: string): Promise<void> {
  await until(
    d,
    `${selector} is enabled after hydration`,
    (sel) => '__vue_app__' in (document.getElementById('app') ?? {}) && (document.querySelector(sel) as HTMLInputElement | null)?.disabled === false,
    selector,
  )
}

/** Waits until the footer says the app works offline (the worker is active with its whole precache). */
async function offlineReady(d: Driver): Promise<void> {
  await until(
    d,
    'the footer says the app works offline (the service worker installed its precache)',
    () => document.querySelector('[data-testid="offline-state"][data-ready="true"]') !== null,
    null,
    60_000,
  )
}

/** Everything the page could have kept: storage, IndexedDB, Cache Storage keys, URL and history state. */
async function traces(d: Driver): Promise<string[]> {
  return d.run(async () => {
    const dump = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i)).map((k) => `${k}=${k === null ? '' : s.getItem(k)}`)
    const found: string[] = [...dump(localStorage), ...dump(sessionStorage)]
    const dbs = 'databases' in indexedDB ? await indexedDB.databases() : []
    found.push(...dbs.map((db) => `indexedDB:${db.name ?? ''}`))
    for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) found.push(req.url)
    found.push(location.href, JSON.stringify(history.state), document.cookie, document.documentElement.outerHTML)
    return found
  })
}

async function noForeignRequests(d: Driver, site: ServedCopy): Promise<void> {
  assert.deepEqual(await d.foreign(site.base), [], 'the app asked another origin')
}

// ---- the journeys ----

const offline: Journey = {
  name: 'first visit: the worker takes control, then a deep link and a tool page open cold with the server stopped',
  timeout: 150_000,
  async run(d, site) {
    await d.goto(`${site.base}/faq/resend-code`)
    await offlineReady(d)
    // The worker claims the page that installed it; a reload is controlled in any case.
    await d.reload()
    await until(d, 'the service worker controls the page (it never took control)', () => navigator.serviceWorker.controller !== null)
    // Every script this page runs on is in the worker's cache (the rest of the precache is checked by opening
    // pages with the server stopped, below).
    const uncached = await d.run(async () => {
      const kept = new Set<string>()
      for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) kept.add(req.url)
      const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src)
      const preloads = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href)
      return { total: kept.size, missing: [...scripts, ...preloads].filter((url) => !kept.has(url)) }
    })
    assert.ok(uncached.total > 0, 'the worker cached nothing')
    assert.deepEqual(uncached.missing, [], 'scripts of the page missing from the cache')

    await site.stop()
    // A deep link opened cold: a full navigation the worker answers from its cache, then a reload of it.
    await d.goto(`${site.base}/faq/invalid-key#top`)
    await heading(d, title('invalid-key'))
    assert.match((await d.run(textOf, '.answer')) ?? '', /セットアップキー/)
    await d.reload()
    await heading(d, title('invalid-key'))
    assert.doesNotMatch((await d.run(textOf, 'main')) ?? '', /読み込めませんでした/)
    // A tool page opened cold hydrates from the precached code and checks with the server still stopped.
    await d.goto(`${site.base}/tools/email`)
    await heading(d, 'パスワード再発行用メールアドレスのチェック')
    await ready(d, '[data-test="email-input"]')
    await d.type('[data-test="email-input"]', 'taro@omu.ac.jp')
    await d.click('[data-test="email-submit"]')
    await until(d, 'the OMU address is refused offline', (sel) => document.querySelector(sel)?.textContent?.includes('大学のメールアドレスです') ?? false, '[data-code="omu-domain"]')
    // An unknown path offline: the app's own not-found page, not the browser's error.
    await d.goto(`${site.base}/nowhere`)
    await heading(d, 'ページが見つかりません')
    await noForeignRequests(d, site)
  },
}

// What the practice types: distinctive, so a copy anywhere is easy to find.
const PW_TYPED = 'Ｑuokka-Tree-9041' // a full-width first letter: the one-tap fix has something to do
const PW_FIXED = 'Quokka-Tree-9041'
const PW_SECRET = 'uokka-Tree-9041' // in the typed and the fixed form alike
const EMAIL_SECRET = 'wombat.x7'

const practice: Journey = {
  name: 'password practice: the screen messages are tied to the fields, a one-tap fix, nothing typed kept',
  timeout: 90_000,
  async run(d, site) {
    const NEW = '[data-test="new-password"]'
    const CONFIRM = '[data-test="confirm-password"]'
    await d.goto(`${site.base}/tools/password`)
    await heading(d, 'パスワード変更の練習')
    await ready(d, NEW)
    await d.type(NEW, PW_TYPED)
    await d.type(CONFIRM, 'Quokka-Tree-9042')
    await d.type('[data-test="email-input"]', `${EMAIL_SECRET}@gmail.com`)
    await d.click('[data-test="submit"]')
    await until(d, 'the status says the form was checked', (sel) => document.querySelector(sel)?.textContent?.includes('確認しました') ?? false, '[data-test="status"]')

    // Each screen message is the description of its field, and the field says it is invalid.
    assert.equal(await d.run((sel) => document.querySelector(sel)?.getAttribute('aria-invalid'), NEW), 'true')
    assert.match((await d.run(description, NEW)) ?? '', /使用不可文字が含まれています。/)
    assert.equal(await d.run((sel) => document.querySelector(sel)?.getAttribute('aria-invalid'), CONFIRM), 'true')
    assert.match((await d.run(description, CONFIRM)) ?? '', /「新しいパスワード」と「新しいパスワード\(確認\)」が一致していません。/)

    // One tap fixes the full-width letter in place.
    await d.click('main .field button[data-fix="halfwidth"]')
    await until(d, 'the fix makes the letter half-width', (sel) => (document.querySelector(sel) as HTMLInputElement).value, NEW)
    assert.equal(await d.run(valueOf, NEW), PW_FIXED)
    await d.type(CONFIRM, PW_FIXED)
    await d.click('[data-test="submit"]')
    await until(d, 'the practice says everything is right', (sel) => document.querySelector(sel) !== null, '[data-test="all-clear"]').catch(async (e: Error) => {
      const state = await d.run(() => ({
        status: document.querySelector('[data-test="status"]')?.textContent,
        values: [...document.querySelectorAll('main input')].map((i) => (i as HTMLInputElement).value),
      }))
      throw new Error(`${e.message}; the page: ${JSON.stringify(state)}`, { cause: e })
    })
    assert.equal(await d.run((sel) => document.querySelector(sel)?.getAttribute('aria-invalid'), NEW), 'false')

    // Nothing typed is kept: not in storage, IndexedDB, Cache Storage, the URL, history, cookies or the markup.
    const kept = (await traces(d)).filter((t) => t.includes(PW_SECRET) || t.includes(EMAIL_SECRET) || t.includes(encodeURIComponent(PW_SECRET)))
    assert.deepEqual(kept.map((t) => t.slice(0, 200)), [])
    // Leaving and coming back shows empty fields.
    await d.click('a.brand')
    await heading(d, HOME)
    await d.goto(`${site.base}/tools/password`)
    await ready(d, NEW)
    assert.equal(await d.run(valueOf, NEW), '')
    await noForeignRequests(d, site)
  },
}

const email: Journey = {
  name: 'recovery email check: an OMU address refused, a typo offered its fix, the verdict not contradicting it',
  timeout: 60_000,
  async run(d, site) {
    const INPUT = '[data-test="email-input"]'
    const STATUS = '[data-test="email-status"]'
    await d.goto(`${site.base}/tools/email`)
    await ready(d, INPUT)
    await d.type(INPUT, 'taro@omu.ac.jp')
    await d.click('[data-test="email-submit"]')
    await until(d, 'the OMU address is refused', (sel) => document.querySelector(sel)?.textContent?.includes('エラー1件') ?? false, STATUS)
    assert.match((await d.run(textOf, '[data-code="omu-domain"]')) ?? '', /「omu\.ac\.jp」は大学のメールアドレスです/)
    assert.match((await d.run(description, INPUT)) ?? '', /大学のメールアドレスです/)
    assert.equal(await d.run(exists, '[data-test="email-ok"]'), false)

    await d.type(INPUT, 'taro@gmial.com')
    await d.click('[data-test="email-submit"]')
    await until(d, 'the typo is reported as a caution', (sel) => document.querySelector(sel)?.textContent?.trim() === '確認しました。エラーはありません。注意1件があります。', STATUS)
    // The verdict does not say "no problem" while a fix is offered.
    assert.equal(await d.run(exists, '[data-test="email-caution"]'), true)
    assert.equal(await d.run(exists, '[data-test="email-ok"]'), false)
    assert.match(
      (await d.run((sel) => document.querySelector(sel)?.closest('.finding')?.textContent ?? null, 'button[data-fix="did-you-mean"]')) ?? '',
      /gmail\.com/,
      'the suggestion names the address it would give',
    )
    await d.click('button[data-fix="did-you-mean"]')
    await until(d, 'the suggestion is applied', (sel) => (document.querySelector(sel) as HTMLInputElement).value === 'taro@gmail.com', INPUT)
    await until(d, 'the status says it was fixed', (sel) => document.querySelector(sel)?.textContent?.includes('直しました') ?? false, STATUS)
    await noForeignRequests(d, site)
  },
}

const countdown: Journey = {
  name: 'a countdown started, the page reloaded: the remaining time is right, and the banner shows it elsewhere',
  timeout: 60_000,
  async run(d, site) {
    const START = '.timer-starter[data-kind="code"] [data-test="start"]'
    const DIGITS = '.timer-starter[data-kind="code"] [data-test="digits"]'
    await d.goto(`${site.base}/timers`)
    await ready(d, START)
    const before = await d.run(() => Date.now())
    await d.click(START)
    const after = await d.run(() => Date.now())
    await until(d, 'the countdown shows', (sel) => document.querySelector(sel) !== null, DIGITS)
    // Let time pass, so that a countdown started afresh on reload (5:00) would show.
    await new Promise((r) => setTimeout(r, 3_000))
    await d.reload()
    await until(d, 'the countdown shows after the reload', (sel) => '__vue_app__' in (document.getElementById('app') ?? {}) && document.querySelector(sel) !== null, DIGITS)
    const read = await d.run((sel) => {
      const t0 = Date.now()
      const text = document.querySelector(sel)?.textContent?.trim() ?? ''
      return { t0, text, t1: Date.now() }
    }, DIGITS)
    const m = /^(\d+):(\d\d)$/.exec(read.text)
    assert.ok(m, `digits «${read.text}»`)
    const shown = Number(m[1]) * 60 + Number(m[2])
    // The deadline was set between `before` and `after`; the digits show the seconds left rounded up, and
    // may lag the clock by one tick (the display updates once a second).
    const least = Math.ceil((before + 300_000 - read.t1) / 1000)
    const most = Math.ceil((after + 300_000 - read.t0) / 1000) + 1
    assert.ok(shown >= least - 1 && shown <= most, `shown ${read.text} (${shown} s), expected ${least}…${most} s`)
    assert.ok(shown <= 297, `the countdown went on from its deadline, not from 5:00 (shown ${read.text})`)
    // On another page the banner carries it.
    await d.goto(`${site.base}/faq/closed-midway`)
    await until(d, 'the banner shows the code countdown', () => [...document.querySelectorAll('a')].some((a) => /確認コードの残り \d:\d\d/.test(a.textContent ?? '')))
    await noForeignRequests(d, site)
  },
}

const search: Journey = {
  name: 'search: part of a screen message typed, a result opened at that message',
  timeout: 60_000,
  async run(d, site) {
    const BOX = 'header input[role="combobox"]'
    const FIRST = 'header [role="listbox"] [role="option"]'
    await d.goto(`${site.base}/`)
    await heading(d, HOME)
    await until(d, 'the app has hydrated', isHydrated)
    // Typed the way a phone sends it, one character after another: part of 「使用許可文字以外が含まれています。」.
    await d.type(BOX, '使用許可文字以外')
    await until(
      d,
      'the first result is the question that explains it',
      ([sel, t]) => document.querySelector(sel)?.textContent?.includes(t) ?? false,
      [FIRST, title('change-errors')] as [string, string],
    )
    assert.equal(await d.run((sel) => document.querySelector(sel)?.getAttribute('aria-expanded'), BOX), 'true')
    await d.click(FIRST)
    await heading(d, title('change-errors'))
    const url = new URL(await d.url())
    assert.equal(url.pathname, '/faq/change-errors')
    assert.equal(url.hash, '#unusable-characters')
    await noForeignRequests(d, site)
  },
}

const update: Journey = {
  name: 'a new build served: the update prompt appears without a reload, and applies on request',
  timeout: 120_000,
  async run(d, site) {
    await d.goto(`${site.base}/faq/resend-code`)
    await offlineReady(d)
    await d.reload()
    await offlineReady(d)
    await until(d, 'the service worker controls the page', () => navigator.serviceWorker.controller !== null)
    assert.equal(await d.run(exists, '.pwa-update'), false)
    await d.run(() => {
      ;(window as unknown as { stay: number }).stay = 1
    })
    site.publishNewVersion('v2')
    await d.run(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update()
    })
    await until(d, 'the update prompt appears', (sel) => document.querySelector(sel)?.textContent?.includes('新しい版があります') ?? false, '.pwa-update', 60_000)
    // The page was not reloaded to show it.
    assert.equal(await d.run(() => (window as unknown as { stay?: number }).stay ?? null), 1)
    await d.click('.pwa-update button.primary')
    await until(d, 'the page reloads on the new version', () => !('stay' in window) && document.readyState === 'complete', null, 30_000)
    await until(
      d,
      'the new version controls the page and none waits',
      async () => {
        const reg = await navigator.serviceWorker.getRegistration()
        return navigator.serviceWorker.controller !== null && reg !== undefined && reg.waiting === null
      },
      null,
      30_000,
    )
    assert.equal(await d.run(exists, '.pwa-update'), false)
    await noForeignRequests(d, site)
  },
}

/** The pages with fields to type into: every tool, the companion, the search page, English too. */
const FIELD_PAGES = ['/', '/tools/password', '/tools/email', '/tools/setup-key', '/tools/omuid', '/inquiry', '/start', '/timers', '/search', '/en/tools/password']

const ios: Journey = {
  name: 'iOS: fields large enough not to zoom, the safe areas kept, the home-screen icon and name',
  timeout: 90_000,
  async run(d, site) {
    for (const path of FIELD_PAGES) {
      await d.goto(`${site.base}${path}`)
      await until(d, `${path} has loaded`, () => document.readyState === 'complete')
      // iOS zooms the page into a field whose text is smaller than 16 px when it gets focus.
      const small = await d.run(() =>
        [...document.querySelectorAll('input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), textarea, select')]
          .map((el) => ({ el: el.outerHTML.slice(0, 100), size: parseFloat(getComputedStyle(el).fontSize) }))
          .filter((f) => !(f.size >= 16)),
      )
      assert.deepEqual(small, [], `${path}: fields under 16 px`)
      const head = await d.run(() => ({
        viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
        title: document.querySelector('meta[name="apple-mobile-web-app-title"]')?.getAttribute('content') ?? null,
        icon: (document.querySelector('link[rel="apple-touch-icon"]') as HTMLLinkElement | null)?.href ?? null,
        manifest: (document.querySelector('link[rel="manifest"]') as HTMLLinkElement | null)?.href ?? null,
      }))
      // The page reaches the notch and the home indicator (viewport-fit=cover)…, and zooming stays allowed.
      assert.match(head.viewport, /(^|,)\s*width=device-width\s*(,|$)/, path)
      assert.match(head.viewport, /(^|,)\s*viewport-fit=cover\s*(,|$)/, path)
      assert.doesNotMatch(head.viewport, /user-scalable\s*=\s*(no|0)|maximum-scale/, path)
      // The home screen's name is the manifest's short name, in the page's language.
      assert.ok(head.manifest && head.icon, `${path}: manifest ${head.manifest}, icon ${head.icon}`)
      const manifest = (await (await fetch(head.manifest)).json()) as { short_name: string; display: string }
      assert.equal(head.title, manifest.short_name, `${path}: the home-screen name`)
      assert.equal(manifest.display, 'standalone')
    }
    // …and everything that touches the screen's edges keeps inside the safe area (env() is 0 here, so the
    // stylesheet is read: each edge's padding names its inset).
    await d.goto(`${site.base}/timers`)
    // The page paints with its first view's rules inline and adds the whole stylesheet once its script runs.
    await until(d, 'the whole stylesheet has loaded', () =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((l) => l.sheet !== null && /\/assets\/style-[^/]*\.css$/.test(l.href)),
    )
    const rules = await d.run(() => {
      const found: Record<string, string[]> = {}
      const walk = (list: CSSRuleList) => {
        for (const r of [...list]) {
          if (r instanceof CSSStyleRule) {
            for (const prop of ['padding-left', 'padding-right', 'padding-top', 'padding-bottom', 'padding', 'bottom']) {
              const v = r.style.getPropertyValue(prop)
              if (v.includes('safe-area-inset')) (found[r.selectorText] ??= []).push(`${prop}: ${v}`)
            }
          } else if ('cssRules' in r) walk((r as CSSGroupingRule).cssRules)
        }
      }
      for (const sheet of [...document.styleSheets]) walk(sheet.cssRules)
      return found
    })
    const uses = (selector: string, prop: string, inset: string) =>
      assert.ok((rules[selector] ?? []).some((v) => v.startsWith(`${prop}:`) && v.includes(`safe-area-inset-${inset}`)), `${selector} ${prop} keeps the ${inset} inset: ${JSON.stringify(rules)}`)
    uses('.wrap', 'padding-left', 'left')
    uses('.wrap', 'padding-right', 'right')
    uses('.site-header', 'padding-top', 'top')
    uses('.site-footer', 'padding-bottom', 'bottom')
    uses('.pwa', 'bottom', 'bottom')
    // The home-screen icon: 180 × 180 (the iPhone's size) and opaque (iOS fills transparency with black).
    const icon = await d.run(async () => {
      const img = new Image()
      img.src = (document.querySelector('link[rel="apple-touch-icon"]') as HTMLLinkElement).href
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.naturalWidth
      canvas.height = img.naturalHeight
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data
      let transparent = 0
      for (let i = 3; i < data.length; i += 4) if (data[i]! < 255) transparent++
      return { width: img.naturalWidth, height: img.naturalHeight, transparent }
    })
    assert.deepEqual(icon, { width: 180, height: 180, transparent: 0 })
    await noForeignRequests(d, site)
  },
}

export const journeys: Journey[] = [offline, practice, email, countdown, search, update, ios]
