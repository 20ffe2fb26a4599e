import { describe, expect, it } from 'vitest'
import { manifests } from '../src/locales/manifests.ts'
import { deferEntry, fileForPath, hashPages, inlineCss, installOnlyFiles, linkPages, manifestIn, withManifest } from './prerender-plugin'
import { pagesUrlOf } from '../src/lib/pageTemplate'
import { PAGES_FILE } from '../src/lib/languageFiles'

const built =
  '<head><script type="module" crossorigin src="/assets/index-A.js"></script>\n' +
  '<link rel="modulepreload" crossorigin href="/assets/vue-B.js">\n' +
  '<link rel="stylesheet" crossorigin href="/assets/style-C.css">\n</head>'

describe('prerender helpers', () => {
  it('maps routes to files with clean URLs', () => {
    expect(['/', '/faq/invalid-key', '/step/password', '/404'].map(fileForPath)).toEqual([
      'index.html',
      'faq/invalid-key.html',
      'step/password.html',
      '404.html',
    ])
  })

  it('inlines the stylesheet and names the file it replaced', () => {
    const { html, cssFiles } = inlineCss(built, (href) => (href === '/assets/style-C.css' ? ' body{margin:0} ' : ''))
    expect(cssFiles).toEqual(['/assets/style-C.css'])
    expect(html).toContain('<style>body{margin:0}</style>')
    expect(html).not.toContain('rel="stylesheet"')
  })

  it('starts the entry after the first paint, preloading its chunks and the extra ones then', () => {
    const html = deferEntry(built, ['/assets/sw-D.js'])
    expect(html).not.toMatch(/<script type="module" crossorigin src=/)
    expect(html).not.toContain('<link rel="modulepreload"')
    expect(html).not.toContain('<script type="module">')
    const script = /<script>\{([^<]*)\}<\/script>/.exec(html)?.[1] ?? ''
    expect(script).toContain('["/assets/vue-B.js","/assets/sw-D.js"]')
    expect(script).toContain('import("/assets/index-A.js")')
    // Three signals start it, and only once: the paint entry, a frame's message, a timer.
    expect(script).toContain('PerformanceObserver')
    expect(script).toContain('requestAnimationFrame')
    expect(script).toContain('setTimeout(go,500)')
    expect(script).toContain('if(s++)return')
  })

  it('asks for the whole stylesheet after importing the entry, at low priority (it must not take a connection the first view needs)', async () => {
    for (const worker of [undefined, '/sw.js']) {
      // Without a worker, and on a later visit (a worker was active): no prefetch, the stylesheet at once.
      const page = await runBootstrap(deferEntry(built, [], worker, ['/assets/style-C.css'], worker ? ['/assets/tools-T.js'] : []), { active: true })
      expect(page.requests()).toEqual(['modulepreload /assets/vue-B.js', 'import /assets/index-A.js', 'stylesheet /assets/style-C.css low'])
    }
    expect((await runBootstrap(deferEntry(built), {})).requests()).toEqual(['modulepreload /assets/vue-B.js', 'import /assets/index-A.js'])
  })

  it('registers the service worker as the parser reaches the script (a classic one: a module waits for the whole page), and records what was active', () => {
    const script = /<script>\{([^<]*)\}<\/script>/.exec(deferEntry(built, [], '/sw.js'))?.[1] ?? ''
    const register = script.indexOf('register("/sw.js",{scope:"/"})')
    expect(register).toBeGreaterThan(-1)
    expect(register).toBeLessThan(script.indexOf('const go='))
    expect(script).toContain('window.__omuWorker=')
    // register() first, getRegistration() after it: the worker's download must not wait for a connection.
    expect(register).toBeLessThan(script.indexOf('getRegistration()'))
    // A browser that refuses the worker leaves null, not an unhandled rejection.
    expect(script).toContain('.catch(()=>null)')
    expect(deferEntry(built)).not.toContain('serviceWorker')
  })

  it("on a first visit only, asks for what only the worker's install needs after the first view, the biggest file before the stylesheet", async () => {
    const html = deferEntry(built, [], '/sw.js', ['/assets/style-C.css'], ['/assets/tools-T.js', '/assets/late-L.js', '/assets/wording-W.js'])
    const first = await runBootstrap(html, { active: false })
    expect(first.requests()).toEqual([
      'modulepreload /assets/vue-B.js',
      'import /assets/index-A.js',
      'prefetch /assets/tools-T.js',
      'prefetch /assets/style-C.css',
      'prefetch /assets/late-L.js',
      'prefetch /assets/wording-W.js',
    ])
    // The stylesheet is applied once its prefetch is in, or has failed (it is then asked for again).
    first.loaded('/assets/style-C.css')
    expect(first.requests().at(-1)).toBe('stylesheet /assets/style-C.css low')
    const failed = await runBootstrap(html, { active: false })
    failed.failed('/assets/style-C.css')
    expect(failed.requests().at(-1)).toBe('stylesheet /assets/style-C.css low')
    // Decided by getRegistration() alone: the registration (the worker's script, a round trip) is not awaited.
    const early = await runBootstrap(html, { active: false, registerNever: true })
    expect(early.requests()).toContain('prefetch /assets/tools-T.js')
    // When getRegistration() fails, nothing is asked ahead, and the stylesheet still comes.
    const unsure = await runBootstrap(html, { registrationFails: true })
    expect(unsure.requests()).toEqual(['modulepreload /assets/vue-B.js', 'import /assets/index-A.js', 'stylesheet /assets/style-C.css low'])
    // Without a worker there is nothing to install.
    expect(deferEntry(built, [], undefined, [], ['/assets/tools-T.js'])).not.toContain('tools-T')
  })

  it('lists those files biggest first, leaving out a chunk the build did not make', () => {
    const chunk = (name: string, size: number) => ({ name, fileName: `assets/${name}-H.js`, code: 'x'.repeat(size) })
    const chunks = [chunk('late', 30), chunk('tools', 140), chunk('loadIndexEn', 35), chunk('locale-en-tools', 47), chunk('first', 200), chunk('loadIndex', 48)]
    expect(installOnlyFiles(chunks, 'en')).toEqual(['/assets/tools-H.js', '/assets/locale-en-tools-H.js', '/assets/loadIndexEn-H.js', '/assets/late-H.js'])
    expect(installOnlyFiles(chunks, 'ja')).toEqual(['/assets/tools-H.js', '/assets/loadIndex-H.js', '/assets/late-H.js'])
    // Sized in bytes: 12 Japanese characters are 36 bytes, more than late's 30, fewer characters.
    const wording = { name: 'locale-ja-tools', fileName: 'assets/locale-ja-tools-H.js', code: 'あ'.repeat(12) }
    expect(installOnlyFiles([...chunks, wording], 'ja')).toEqual(['/assets/tools-H.js', '/assets/loadIndex-H.js', '/assets/locale-ja-tools-H.js', '/assets/late-H.js'])
  })

  it('names the offline pages file in a prefetch link the page and its template carry', () => {
    const html = linkPages('<html><head><title>t</title></head><body></body></html>', '/assets/pages-PLACEHOLDER.json')
    const named = hashPages({ template: html, pages: { '/': { html: '<p>a</p>', title: 'a', description: '' } } })
    expect(named.url).toMatch(PAGES_FILE)
    expect(named.template).toContain(`<link rel="prefetch" href="${named.url}" data-pages>`)
    expect(named.template).not.toContain('PLACEHOLDER')
    expect(JSON.parse(named.text)).toEqual({ template: named.template, pages: { '/': { html: '<p>a</p>', title: 'a', description: '' } } })
    const link = named.template.match(/href="([^"]+)"/)?.[1]
    expect(pagesUrlOf({ querySelector: (s: string) => (s === 'link[data-pages]' ? { getAttribute: () => link ?? null } : null) })).toBe(named.url)
    // Another content, another name; the same content, the same name.
    const other = hashPages({ template: html, pages: { '/': { html: '<p>b</p>', title: 'a', description: '' } } })
    expect(other.url).not.toBe(named.url)
    expect(hashPages({ template: html, pages: { '/': { html: '<p>a</p>', title: 'a', description: '' } } }).url).toBe(named.url)
    expect(() => linkPages('<body></body>', named.url)).toThrow(/head/)
  })

  it('refuses a page without an entry script', () => {
    expect(() => deferEntry('<head></head>')).toThrow(/entry/)
  })

  it("gives another language's pages its own web app manifest, one app with the default language's, and the home-screen name", () => {
    const template = '<head><link rel="manifest" href="/manifest.webmanifest"></head>'
    expect(withManifest(template, 'ja')).toBe(
      `<head><link rel="manifest" href="/manifest.webmanifest"><meta name="apple-mobile-web-app-title" content="${manifests.ja!.shortName}"></head>`,
    )
    expect(withManifest(template, 'en')).toBe(
      `<head><link rel="manifest" href="/manifest-en.webmanifest"><meta name="apple-mobile-web-app-title" content="${manifests.en!.shortName}"></head>`,
    )
    expect(() => withManifest('<head></head>', 'en')).toThrow(/manifest/)
    expect(() => withManifest('<head></head>', 'ja')).toThrow(/manifest/)
    const built = { id: '/', name: '日本語の名前', short_name: '短い', start_url: '/', lang: 'ja', icons: [{ src: '/i.png' }] }
    const english = manifestIn(built, 'en')
    expect(english).toMatchObject({ id: '/', start_url: '/en', lang: 'en', icons: built.icons })
    expect(english.name).toMatch(/^Start-up Procedure Helper/)
    expect(() => manifestIn(built, 'xx')).toThrow(/no manifest wording for xx/)
  })

  it("names each language's offline pages file after its language and content", () => {
    const offline = { template: '<link href="/assets/pages-PLACEHOLDER.json" data-pages>', pages: {} }
    const en = hashPages(offline, 'en')
    expect(en.url).toMatch(/^\/assets\/pages\.en-[\w-]{10}\.json$/)
    expect(en.template).toContain(en.url)
    expect(hashPages(offline, 'ja').url).toMatch(PAGES_FILE)
    expect(PAGES_FILE.exec(hashPages(offline, 'ja').url)?.[1]).toBeUndefined()
  })
})

interface FakeLink {
  rel?: string
  href?: string
  fetchPriority?: string
  onload?: () => void
  onerror?: () => void
}

/**
 * Runs the bootstrap script deferEntry() writes against a fake page: a worker that was `active` before (or
 * none), getRegistration() that fails, register() that never answers. The first paint is signalled once,
 * then pending promises settle. requests() lists what the page asked for, in order; loaded() and failed()
 * end a prefetch.
 */
async function runBootstrap(html: string, options: { active?: boolean; registrationFails?: boolean; registerNever?: boolean }) {
  const script = /<script>\{([^<]*)\}<\/script>/.exec(html)?.[1]
  if (script === undefined) throw new Error('no bootstrap script')
  const links: FakeLink[] = []
  const asked: string[] = []
  const document = {
    createElement: () => ({}) as FakeLink,
    head: { append: (l: FakeLink) => (links.push(l), asked.push(`${l.rel} ${l.href}${l.fetchPriority ? ` ${l.fetchPriority}` : ''}`)) },
    getElementById: () => null,
  }
  const serviceWorker = {
    register: () => (options.registerNever ? new Promise(() => {}) : Promise.resolve({ scope: '/' })),
    getRegistration: () => (options.registrationFails ? Promise.reject(new Error('refused')) : Promise.resolve(options.active ? { active: {} } : undefined)),
  }
  let paint: (() => void) | undefined
  class PerformanceObserver {
    constructor(callback: () => void) {
      paint = callback
    }
    observe(): void {}
  }
  const run = new Function(
    'document', 'navigator', 'window', 'PerformanceObserver', 'requestAnimationFrame', 'setTimeout', 'addEventListener', '__import',
    script.replace(/\bimport\(/g, '__import('),
  ) as (...args: unknown[]) => void
  const sw = html.includes('serviceWorker') ? { serviceWorker } : {}
  run(document, sw, {}, PerformanceObserver, () => {}, () => {}, () => {}, (url: string) => void asked.push(`import ${url}`))
  paint?.()
  await new Promise((resolve) => setTimeout(resolve, 0))
  const link = (href: string): FakeLink => {
    const found = links.find((l) => l.rel === 'prefetch' && l.href === href)
    if (!found) throw new Error(`no prefetch of ${href}`)
    return found
  }
  return { requests: () => [...asked], loaded: (href: string) => link(href).onload?.(), failed: (href: string) => link(href).onerror?.() }
}
