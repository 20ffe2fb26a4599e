/**
 * Content-Security-Policy and the other security headers, as served (this spec runs against the Node
 * server and against nginx with the shipped configuration: see playwright.config.ts), and in the browser:
 * no policy violation and no console error on any route, online and offline (pages composed by the
 * service worker), with the worker registered, the manifest and the icons loaded.
 */
import { createHash } from 'node:crypto'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { guardOrigins, hydrated, routes, savedLanguages, waitForOfflineReady } from './support'
import { languages } from '../../src/locales/index.ts'

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  )
}

async function metaPolicy(request: APIRequestContext, path: string): Promise<{ html: string; policy: string }> {
  const html = await (await request.get(path)).text()
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]
  expect(policy, `${path} has a <meta> policy`).toBeTruthy()
  return { html, policy: policy! }
}

test.describe('the policy as served', () => {
  test('every page names the hashes of its own inline script, style and style attributes, and nothing inline besides', async ({ request }) => {
    for (const path of [...routes.map((r) => r.path), '/nowhere', '/en', '/en/faq/resend-code', '/en/tools/email', '/en/start', '/en/nowhere']) {
      const { html, policy } = await metaPolicy(request, path)
      const d = directives(policy)
      expect(policy, path).not.toContain('unsafe-inline')
      expect(policy, path).not.toContain('unsafe-eval')
      expect(d.get('default-src')).toEqual(["'self'"])
      // A <meta> policy cannot carry frame-ancestors (the browser reports it as an error): the header does.
      expect(d.has('frame-ancestors')).toBe(false)
      // The policy must come before the first inline element it governs.
      expect(html.indexOf('http-equiv="Content-Security-Policy"'), path).toBeLessThan(html.search(/<(script|style)\b/))
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !m[1]!.includes('src=')).map((m) => m[2]!)
      const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)
      expect(scripts.length, path).toBe(1)
      expect(styles.length, path).toBe(1)
      // One bootstrap script per language (each preloads its language's wording, src/locales/<lang>/), in
      // one policy for every page; no other inline script.
      expect(d.get('script-src')?.[0]).toBe("'self'")
      expect(d.get('script-src'), path).toContain(sha(scripts[0]!))
      expect(d.get('script-src')).toHaveLength(1 + Object.keys(languages).length)
      // The first paint's rules inline, by hash; the whole stylesheet, a file of this origin, after it.
      expect(d.get('style-src-elem')).toEqual(["'self'", sha(styles[0]!)])
      const attrs = [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]!.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&'))
      for (const value of attrs) expect(d.get('style-src-attr'), `${path}: style="${value}"`).toContain(sha(value))
      expect(d.get('style-src-attr')?.[0]).toBe(attrs.length > 0 ? "'unsafe-hashes'" : "'none'")
    }
  })

  test('every response carries the same policy as a header, with frame-ancestors, and the other security headers', async ({ request }) => {
    const { policy } = await metaPolicy(request, '/')
    const html = await (await request.get('/')).text()
    const pagesFile = /<link rel="prefetch" href="([^"]+)" data-pages>/.exec(html)![1]!
    const cases: [string, number, RegExp][] = [
      ['/', 200, /^no-cache$/],
      ['/faq/resend-code', 200, /^no-cache$/],
      ['/nowhere', 404, /^no-cache$/],
      ['/sw.js', 200, /^no-cache$/],
      ['/manifest.webmanifest', 200, /^no-cache$/],
      [pagesFile, 200, /^public, max-age=31536000, immutable$/],
      ['/icon-192.png', 200, /./],
    ]
    for (const [path, status, cache] of cases) {
      const res = await request.get(path)
      const h = res.headers()
      expect(res.status(), path).toBe(status)
      expect(h['content-security-policy'], path).toBe(`${policy}; frame-ancestors 'none'`)
      expect(h['x-content-type-options'], path).toBe('nosniff')
      expect(h['x-frame-options'], path).toBe('DENY')
      expect(h['referrer-policy'], path).toBe('no-referrer')
      const permissions = h['permissions-policy'] ?? ''
      for (const off of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'hid', 'midi']) expect(permissions, path).toContain(`${off}=()`)
      expect(permissions, path).toContain('clipboard-write=(self)')
      expect(permissions, path).toContain('clipboard-read=(self)')
      expect(h['cache-control'], path).toMatch(cache)
    }
    // The deploy files the build writes beside the site are not part of it.
    for (const path of ['/_headers', '/_nginx-headers.conf']) expect((await request.get(path)).status(), path).toBe(404)
    // Text is compressed.
    expect((await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } })).headers()['content-encoding']).toBe('gzip')
  })
})

/** Records policy violations (in the page, before any of its own script runs) and console errors. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = []
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __violations?: string[] }
      ;(w.__violations ??= []).push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`)
    })
  })
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return
    // The not-found page's own status, which is the point of it.
    if (/^(\/en)?\/nowhere$/.test(new URL(page.url()).pathname) && /status of 404/.test(m.text())) return
    problems.push(`${page.url()}: console ${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`))
  return problems
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])
}

/** Loads a path and waits until its script has started the app and the lazy parts have come. */
async function visit(page: Page, path: string): Promise<string[]> {
  await page.goto(path)
  await hydrated(page, 15_000)
  await page.waitForLoadState('load')
  await page.waitForTimeout(150)
  return (await violations(page)).map((v) => `${path}: ${v}`)
}

test('no policy violation or console error on any route, online and offline, with the worker, manifest and icons', async ({ page, context, baseURL }) => {
  test.setTimeout(180_000)
  const foreign = guardOrigins(context, baseURL!)
  const problems = await watch(page)
  const found: string[] = []
  // Every route behind the Node server; behind nginx, which sends the same files with its own headers, one
  // route of each kind (a page per kind is what the headers can differ by), to keep the suite short.
  const every = [...routes.map((r) => r.path), '/nowhere', '/en', '/en/faq/invalid-key', '/en/tools/password', '/en/start', '/en/nowhere']
  const paths = test.info().project.name === 'nginx' ? every.filter((p) => /^\/(en(\/|$))?(step\/password|faq\/invalid-key|tools\/password|nowhere)?$/.test(p)) : every
  expect(paths.length).toBeGreaterThanOrEqual(8)

  found.push(...(await visit(page, '/')))
  // The service worker registers under the policy (worker-src), and its precache comes in.
  await waitForOfflineReady(page)
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL)).toBe(`${baseURL}/sw.js`)
  // The browser's own manifest fetch (manifest-src), as for installing.
  const cdp = await context.newCDPSession(page)
  const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data?: string }
  expect(manifest.url).toBe(`${baseURL}/manifest.webmanifest`)
  expect(manifest.errors).toEqual([])
  expect(manifest.data).toContain('icon-192.png')
  // The icons: the data: URI favicon and the touch icon, loaded as images under img-src.
  const icons = await page.evaluate(async () => {
    const hrefs = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="apple-touch-icon"]')].map((l) => l.href)
    return Promise.all(
      hrefs.map(
        (href) =>
          new Promise<string>((done) => {
            const img = new Image()
            img.onload = () => done(`${href} ok`)
            img.onerror = () => done(`${href} failed`)
            img.src = href
          }),
      ),
    )
  })
  expect(icons).toEqual([expect.stringMatching(/^data:image\/svg\+xml.* ok$/), expect.stringMatching(/apple-touch-icon.* ok$/)])

  for (const path of paths) found.push(...(await visit(page, path)))
  // The English pages opened online had English saved for offline use.
  await expect.poll(() => savedLanguages(page), { timeout: 30_000 }).toEqual(['en', 'ja'])

  // Offline: every page is composed by the worker from the template, which carries the policy too.
  await context.setOffline(true)
  for (const path of paths) {
    found.push(...(await visit(page, path)))
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), path).toBe(1)
  }
  await context.setOffline(false)

  expect(found).toEqual([])
  expect(problems).toEqual([])
  expect(foreign).toEqual([])
})
