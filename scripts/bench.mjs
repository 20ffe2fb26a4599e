#!/usr/bin/env node
// Performance budgets, measured on the production build in dist/ (run `npm run build` first; `npm run bench`
// does). Headless Chromium with 4x CPU slowdown. The network is shaped in the local server, for every
// figure: 2000 ms before each response and one shared 400 kbit/s line (scripts/serve.mjs), so the service
// worker's own downloads are slowed too and nothing is slowed twice (no DevTools throttling). In the same
// run, a bare page with one line of text is loaded through the same shaping: that is the floor, and the
// page figures are given as ratios to it.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { runnerImport } from 'vite'
import { brotliOf, startServer } from './serve.mjs'
import { extraBenches } from './bench-extra.mjs'

const DIST = 'dist'
const LATENCY = 2000
const KBPS = 400
const CPU = 4
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length
// What the server sends to a browser that takes brotli (every current one): the build's copy of a hashed
// file, else brotli at level 6 (scripts/serve.mjs, deploy/nginx.conf). The budgets are in gzip; this is
// printed beside them.
const br = (file) => brotliOf(file, readFileSync(file)).length
const kbBoth = (gzBytes, brBytes) => `${kb(gzBytes)} (${kb(brBytes)} br)`
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

// Phones draw Japanese with a Japanese font (Android's is Noto Sans CJK, which the CSS names); without
// one the browser draws empty boxes, which lay out faster than real text.
let japaneseFont = ''
try {
  japaneseFont = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim()
} catch {
  // no fontconfig: the warning below says what to install
}
if (!japaneseFont) console.warn('No Japanese font is installed (apt-get install -y fonts-noto-cjk): page figures will be too low.\n')

function walk(dir) {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]))
}

// --- static sizes ---------------------------------------------------------------------------------
const htmlFiles = walk(DIST).filter((f) => f.endsWith('.html'))
const htmlSizes = htmlFiles.map((f) => ({ file: relative(DIST, f), size: gz(f) })).sort((a, b) => b.size - a.size)
const largestHtml = htmlSizes[0]
// Render-blocking: a stylesheet the HTML links in its markup. Pages have their first paint's rules inline
// and add the whole stylesheet from their script after the first paint, which blocks nothing.
const linkedCss = [...new Set(htmlFiles.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1])))]
const renderBlockingCss = linkedCss.reduce((n, f) => Math.max(n, gz(join(DIST, f))), 0)

const sw = readFileSync(join(DIST, 'sw.js'), 'utf8')
// The injected precache list: {"revision":…,"url":"…"} (JSON) or {url:"…",revision:…} (minified).
// src/sw.ts skips the web app manifest that vite-plugin-pwa always lists.
const precacheUrls = [...new Set([...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((m) => m[1]))].filter((u) => !u.endsWith('.webmanifest'))
if (precacheUrls.length === 0) throw new Error('no precache list found in dist/sw.js')
// The offline copy is saved per language (src/lib/languageFiles.ts): what every language needs, then each
// language's own files (its pages file, its search chunk and, for English, its wording chunk).
// The same rule the service worker follows, read from its module through Vite's module runner.
const { module: languageFiles } = await runnerImport('./src/lib/languageFiles.ts')
const { module: locales } = await runnerImport('./src/locales/index.ts')
const codes = Object.keys(locales.languages)
const precacheFor = (lang) => precacheUrls.filter((u) => [null, lang].includes(languageFiles.languageOfFile(u, codes, locales.defaultLanguage)))
const precacheSize = (urls, size = gz) => urls.reduce((n, u) => n + size(join(DIST, u)), 0) + size(join(DIST, 'sw.js'))
const precacheJa = precacheFor('ja')
const precacheEn = precacheFor('en')

// --- browser runs ---------------------------------------------------------------------------------
// The floor: the smallest page there can be, through the same shaping.
const floorDir = mkdtempSync(join(tmpdir(), 'omu-floor-'))
writeFileSync(join(floorDir, 'index.html'), '<!doctype html><html lang="ja"><meta charset="utf-8"><title>floor</title><h1>利用開始手続き</h1>\n')
const floorServer = await startServer({ root: floorDir, port: 0, latency: LATENCY, kbps: KBPS })
const shaped = await startServer({ root: DIST, port: 0, latency: LATENCY, kbps: KBPS })
const base = (s) => `http://127.0.0.1:${s.address().port}`
const browser = await chromium.launch({ executablePath: chromiumPath, args })

async function coldPage() {
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 844 }, serviceWorkers: 'allow' })
  // Every task over 50 ms from the start of the page, for the longest task while hydrating.
  await context.addInitScript(() => {
    window.__longTasks = []
    try {
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true })
    } catch {
      // no long task API: the figure reads as none
    }
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU })
  return { context, page, cdp }
}

/** Cold load of the floor page: when its one line of text is painted. */
async function measureFloor() {
  const { context, page } = await coldPage()
  await page.goto(`${base(floorServer)}/`, { waitUntil: 'load', timeout: 120_000 })
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 120_000 })
  const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0].startTime)
  await context.close()
  return fcp
}

/**
 * Cold load through the shaped server: first paint with text, and the JavaScript it took. "First view" JS is
 * every script requested before the app starts hydrating (its 'app-hydrating' mark): what the page needs
 * to become interactive. What loads during and after hydration (the search box's code once the browser is
 * idle, the timer banner, tools embedded further down) is reported separately as "until idle". So are the
 * files a first visit's page prefetches for the worker's install (Sec-Purpose: prefetch; build/prerender-plugin.ts):
 * the page never runs them for its first view, and the worker would download them at the same time anyway.
 */
async function measureCold(path) {
  const { context, page } = await coldPage()
  const scripts = []
  page.on('response', async (res) => {
    // Module preloads are reported as 'other': count every .js response.
    if (!/\.m?js(\?|$)/.test(new URL(res.url()).pathname)) return
    // Counted as gzip, as the budget is (the server sends brotli: printed beside it).
    const file = join(DIST, new URL(res.url()).pathname)
    const forWorker = /prefetch/.test((await res.request().headerValue('sec-purpose')) ?? '')
    scripts.push({ url: res.url(), bytes: gz(file), br: br(file), forWorker })
  })
  await page.goto(base(shaped) + path, { waitUntil: 'load', timeout: 120_000 })
  await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0, null, { timeout: 120_000 })
  await page.waitForLoadState('networkidle', { timeout: 120_000 })
  // Let the idle-time hydration of the search box and the question's blocks happen too.
  await page.waitForTimeout(1500)
  const { fcp, mounted, hydrating, started, longTasks } = await page.evaluate(() => ({
    longTasks: window.__longTasks ?? [],
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    mounted: performance.getEntriesByName('app-mounted')[0]?.startTime ?? NaN,
    hydrating: performance.getEntriesByName('app-hydrating')[0]?.startTime ?? NaN,
    started: Object.fromEntries(performance.getEntriesByType('resource').map((r) => [r.name, r.startTime])),
  }))
  const text = await page.evaluate(() => document.querySelector('main h1')?.textContent ?? '')
  await context.close()
  if (!text) throw new Error(`${path}: no heading text`)
  // A prefetched file the page loads later (the page shell's lazy parts, once idle) is a response of its own,
  // counted where its load starts.
  const forWorker = scripts.filter((s) => s.forWorker)
  const firstViewScripts = scripts.filter((s) => !s.forWorker && (started[s.url] ?? Infinity) <= hydrating)
  const firstView = firstViewScripts.reduce((n, s) => n + s.bytes, 0)
  const firstViewBr = firstViewScripts.reduce((n, s) => n + s.br, 0)
  if (process.env.BENCH_DEBUG) console.log(path, mounted, scripts.map((s) => [s.url.split('/').pop(), s.bytes, started[s.url]]))
  const untilIdle = scripts.filter((s) => !s.forWorker).reduce((n, s) => n + s.bytes, 0)
  const aheadBytes = forWorker.reduce((n, s) => n + s.bytes, 0)
  // The longest task from the start of hydration until everything has hydrated (idle included).
  const longest = longTasks.filter((t) => t.start + t.duration >= hydrating).reduce((m, t) => Math.max(m, t.duration), 0)
  return { fcp, jsBytes: firstView, jsBr: firstViewBr, jsIdle: untilIdle, jsAhead: aheadBytes, mounted, longest }
}

/**
 * Cold visit over the shaped server until the worker is active (it activates only once its whole precache
 * is installed: navigator.serviceWorker.ready), and until the app says so (the footer changes, which also
 * waits for the app to have hydrated and loaded its page frame's lazy parts): the page's own clock, from
 * the start of the navigation. Polling from the test would add its own interval (about 0.3 s at 4x CPU).
 */
async function measureSwReady(path = '/') {
  const { context, page } = await coldPage()
  await page.addInitScript(() => {
    navigator.serviceWorker?.ready.then(() => {
      window.__workerReadyAt = performance.now()
    })
    const seen = () => document.querySelector('[data-testid="offline-state"][data-ready="true"]')
    new MutationObserver((_records, observer) => {
      if (!seen()) return
      window.__offlineReadyAt = performance.now()
      observer.disconnect()
    }).observe(document, { subtree: true, childList: true, attributes: true })
  })
  await page.goto(`${base(shaped)}${path}`, { timeout: 120_000 })
  await page.waitForFunction(() => window.__offlineReadyAt !== undefined, null, { timeout: 180_000 })
  const { ready, said } = await page.evaluate(() => ({ ready: window.__workerReadyAt ?? NaN, said: window.__offlineReadyAt }))
  return { ready, said, context, page }
}

/**
 * With the network off, each route loaded in the same tab (as a link or a reload would), from a settled page, 4x CPU: the time
 * until its text is painted (first contentful paint of that navigation). A new tab is also timed for one
 * route, for reference: it adds the browser's own tab start-up, which no page can avoid.
 */
const OFFLINE_PATHS = ['/', '/step/password', '/faq/change-errors', '/faq/multiple-devices', '/timers', '/tools/password', '/search', '/nowhere']

async function measureOffline(context, prefix = '') {
  await context.setOffline(true)
  const paths = OFFLINE_PATHS.map((p) => (prefix && p === '/' ? prefix : prefix + p))
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU })
  await page.goto(`${base(shaped)}${prefix}/faq/closed-midway`)
  // From a settled page, as when someone taps on: the first page's own start-up (its script compiling and
  // hydrating at 4x CPU, on the same renderer) would otherwise hold the first timed navigation back.
  await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0, null, { timeout: 30_000 })
  await page.waitForTimeout(1500)
  const times = []
  // Nothing of Playwright's may run in the page before its first paint: a locator or a polled function
  // injects Playwright's script (about 50 ms at 4x CPU) ahead of the page's own parsing. So wait for the
  // load event (reported by the browser, nothing injected), then read the paint entry and the heading.
  for (const path of paths) {
    await page.goto(base(shaped) + path, { waitUntil: 'load' })
    // The paint can come after the load event on a slowed CPU: read again until it is there (after load,
    // reading injects nothing ahead of the page's own work).
    let fcp = NaN
    let text = ''
    for (let tries = 0; tries < 25 && !(text && Number.isFinite(fcp)); tries++) {
      await page.waitForTimeout(300)
      ;({ fcp, text } = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        text: document.querySelector('main h1')?.textContent ?? '',
      })))
    }
    if (!text || !Number.isFinite(fcp)) throw new Error(`offline ${path}: no heading text or no paint`)
    times.push({ path, ms: fcp })
  }
  const tab = await context.newPage()
  const tabCdp = await context.newCDPSession(tab)
  await tabCdp.send('Emulation.setCPUThrottlingRate', { rate: CPU })
  await tab.goto(`${base(shaped)}${prefix}/faq/change-errors`, { waitUntil: 'load' })
  await tab.waitForTimeout(300)
  const newTab = await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN)
  return { times, newTab }
}

const floorRuns = []
const homeRuns = []
const deepRuns = []
const enHomeRuns = []
const enDeepRuns = []
for (let i = 0; i < RUNS; i++) {
  floorRuns.push(await measureFloor())
  homeRuns.push(await measureCold('/'))
  deepRuns.push(await measureCold('/faq/change-errors'))
  enHomeRuns.push(await measureCold('/en'))
  enDeepRuns.push(await measureCold('/en/faq/change-errors'))
}

/** A first visit in one language until it works offline, then every route of that language offline. */
async function offlineFigures(home, prefix) {
  const first = await measureSwReady(home)
  // The first visit's tab is closed, as when the phone has put it away: its hydrated app would otherwise keep
  // running on the same renderer's main thread (same site, same process) beside the pages being timed.
  await first.page.close()
  await new Promise((r) => setTimeout(r, 1000))
  const { times, newTab } = await measureOffline(first.context, prefix)
  await first.context.close()
  return { ready: first.ready, said: first.said, times, newTab }
}
const ja = await offlineFigures('/', '')
const en = await offlineFigures('/en', '/en')
const extra = await extraBenches({ browser, cpu: CPU })
await browser.close()
floorServer.close()
shaped.close()

const floor = median(floorRuns)
const ratio = (ms) => `${(ms / floor).toFixed(2)}× (${sec(ms)})`
const worst = (times) => times.reduce((a, b) => (b.ms > a.ms ? b : a))

/** The page figures of one language, from its home and deep-link runs. */
function pageRows(label, home, deep, precache, offline) {
  const homeFcp = median(home.map((r) => r.fcp))
  const deepFcp = median(deep.map((r) => r.fcp))
  const jsFirstView = Math.max(median(home.map((r) => r.jsBytes)), median(deep.map((r) => r.jsBytes)))
  const jsFirstViewBr = Math.max(median(home.map((r) => r.jsBr)), median(deep.map((r) => r.jsBr)))
  const jsIdle = Math.max(median(home.map((r) => r.jsIdle)), median(deep.map((r) => r.jsIdle)))
  const jsAhead = Math.max(median(home.map((r) => r.jsAhead)), median(deep.map((r) => r.jsAhead)))
  const hydrated = Math.max(median(home.map((r) => r.mounted)), median(deep.map((r) => r.mounted)))
  const longest = Math.max(median(home.map((r) => r.longest)), median(deep.map((r) => r.longest)))
  const bytes = precacheSize(precache)
  const worstOffline = worst(offline.times)
  return [
    [`${label}: text visible, home, cold (ratio to the floor)`, ratio(homeFcp), '≤ 1.10×', homeFcp <= floor * 1.1],
    [`${label}: text visible, deep-linked question, cold`, ratio(deepFcp), '≤ 1.10×', deepFcp <= floor * 1.1],
    [`${label}: JavaScript loaded for first view, before hydration (gzip)`, kbBoth(jsFirstView, jsFirstViewBr), '≤ 60 KB', jsFirstView <= 60 * 1024],
    [`  … and everything loaded until the network is idle`, kb(jsIdle), '—', true],
    [`  … and prefetched for the worker's install (first visit; never run by the page)`, kb(jsAhead), '—', true],
    [`  hydrated (interactive), slower of the two pages`, sec(hydrated), '—', true],
    [`${label}: longest main-thread task while hydrating, slower page`, longest > 0 ? `${Math.round(longest)} ms` : 'none over 50 ms', '≤ 50 ms', longest <= 50],
    [`${label}: precached for offline (${precache.length} files + worker, gzip)`, kbBoth(bytes, precacheSize(precache, br)), '≤ 120 KB', bytes <= 120 * 1024],
    [`${label}: service worker ready with its precache, cold first visit`, sec(offline.ready), '≤ 8 s', offline.ready <= 8000],
    ['  … the page says so (its footer, once hydrated)', sec(offline.said), '—', true],
    [`${label}: any page with the network off, text painted (worst: ${worstOffline.path})`, sec(worstOffline.ms), '≤ 0.3 s', worstOffline.ms <= 300],
    ['  … the same, opened in a new tab (includes tab start-up)', sec(offline.newTab), '—', true],
  ]
}

const rows = [
  [`floor: a bare one-line page, text visible, cold (median of ${RUNS})`, sec(floor), '—', true],
  [`HTML + render-blocking CSS, largest route (${largestHtml.file}, gzip)`, kbBoth(largestHtml.size + renderBlockingCss, br(join(DIST, largestHtml.file))), '≤ 14 KB', largestHtml.size + renderBlockingCss <= 14 * 1024],
  ...pageRows('Japanese', homeRuns, deepRuns, precacheJa, ja),
  ...pageRows('English', enHomeRuns, enDeepRuns, precacheEn, en),
  ...extra,
]

const w0 = Math.max(...rows.map((r) => r[0].length))
const w1 = Math.max(...rows.map((r) => r[1].length))
console.log(`\nomu-start-helper performance (server-shaped Slow 3G: ${LATENCY} ms per response, one ${KBPS} kbit/s line; CPU ${CPU}x slowdown)\n`)
console.log(`| ${'figure'.padEnd(w0)} | ${'measured'.padEnd(w1)} | budget    |    |`)
console.log(`| ${'-'.repeat(w0)} | ${'-'.repeat(w1)} | --------- | -- |`)
for (const [name, value, budget, ok] of rows) console.log(`| ${name.padEnd(w0)} | ${value.padEnd(w1)} | ${budget.padEnd(9)} | ${ok ? 'ok' : 'NO'} |`)
console.log(`\noffline page loads (FCP): ${[...ja.times, ...en.times].map((o) => `${o.path} ${Math.round(o.ms)} ms`).join(', ')}`)
console.log(`largest HTML files (gzip): ${htmlSizes.slice(0, 3).map((h) => `${h.file} ${kb(h.size)}`).join(', ')}`)
