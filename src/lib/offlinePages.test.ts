import { describe, expect, it } from 'vitest'
import { parseOfflinePages } from './offlinePages'
import { fallbackPage } from './fallbackPage'
import { APP_PLACEHOLDER, packFrames, pageHtml } from './pageTemplate'
import { workerLangOf, workerTextFor } from '@/locales/worker'

const page = { html: '<main>x</main>', title: 't', description: 'd' }
const good = { template: `<html><body>${APP_PLACEHOLDER}</body></html>`, pages: { '/': page, '/404': page, '/faq/a': page } }

describe('the offline pages file, checked before it is kept', () => {
  it('accepts a whole file', () => {
    expect(parseOfflinePages(JSON.stringify(good))).toEqual({ ...good, frames: [] })
  })

  it('keeps the frame around <main> once, and gives every page back exactly', () => {
    const head = '<!--[--><header>h</header>'
    const foot = '<footer>f</footer><!--]-->'
    const pages = {
      '/': { html: `${head}<main id="main">home</main>${foot}`, title: 't', description: 'd' },
      '/404': { html: `${head}<main id="main">none</main>${foot}`, title: 't', description: 'd' },
      '/search': { html: `<header>other</header><main>s</main>${foot}`, title: 't', description: 'd' },
      '/bare': { html: '<p>no main</p>', title: 't', description: 'd' },
    }
    const packed = packFrames({ template: good.template, pages })
    expect(packed.frames).toEqual([
      [head, foot],
      ['<header>other</header>', foot],
    ])
    expect(packed.pages['/']).toEqual({ ...pages['/'], html: '<main id="main">home</main>', frame: 0 })
    expect(packed.pages['/bare']).toEqual(pages['/bare'])
    const parsed = parseOfflinePages(JSON.stringify(packed))
    for (const [path, page] of Object.entries(pages)) expect(pageHtml(parsed.frames, parsed.pages[path]!), path).toBe(page.html)
  })

  it('refuses damaged frames, or a page naming a frame that is not there', () => {
    const packed = packFrames({ template: good.template, pages: { '/': { ...page, html: '<h>x</h><main>1</main>' }, '/404': page } })
    expect(() => parseOfflinePages(JSON.stringify({ ...packed, frames: [['only one']] }))).toThrow(/frames are damaged/)
    expect(() => parseOfflinePages(JSON.stringify({ ...packed, frames: 'x' }))).toThrow(/frames are damaged/)
    expect(() => parseOfflinePages(JSON.stringify({ ...packed, frames: [] }))).toThrow(/no page for \//)
    expect(() => parseOfflinePages(JSON.stringify({ ...packed, pages: { ...packed.pages, '/faq/c': { ...page, frame: 1.5 } } }))).toThrow(/\/faq\/c is damaged/)
  })

  it('refuses a file cut short, at any length', () => {
    const text = JSON.stringify(good)
    for (let n = 0; n < text.length; n += 7) expect(() => parseOfflinePages(text.slice(0, n)), `cut at ${n}`).toThrow(/offline pages/)
  })

  it('refuses a file without its template, home, not-found page, or with a damaged page, and says which', () => {
    expect(() => parseOfflinePages('null')).toThrow(/not an object/)
    expect(() => parseOfflinePages(JSON.stringify({ ...good, template: '<html></html>' }))).toThrow(/template/)
    expect(() => parseOfflinePages(JSON.stringify({ ...good, pages: { '/404': page } }))).toThrow(/no page for \//)
    expect(() => parseOfflinePages(JSON.stringify({ ...good, pages: { '/': page } }))).toThrow(/no page for \/404/)
    expect(() => parseOfflinePages(JSON.stringify({ ...good, pages: { ...good.pages, '/faq/b': { html: 1 } } }))).toThrow(/\/faq\/b is damaged/)
  })

  it("requires another language's home and not-found page under its prefix", () => {
    const english = { ...good, pages: { '/en': page, '/en/404': page, '/en/faq/a': page } }
    expect(parseOfflinePages(JSON.stringify(english), 'en').pages['/en/faq/a']).toEqual(page)
    expect(() => parseOfflinePages(JSON.stringify(english))).toThrow(/no page for \//)
    expect(() => parseOfflinePages(JSON.stringify(good), 'en')).toThrow(/no page for \/en/)
    expect(() => parseOfflinePages(JSON.stringify({ ...english, pages: { '/en': page } }), 'en')).toThrow(/no page for \/en\/404/)
  })
})

describe("the worker's own page", () => {
  it('says what happened and how to go on, in the language of the path, with nothing to load', () => {
    expect(workerLangOf('/faq/invalid-key')).toBe('ja')
    expect(workerLangOf('/xx/faq/invalid-key')).toBe('ja')
    const html = fallbackPage(workerTextFor('ja'), 'ja', '/faq/invalid-key?x="<b>"')
    expect(html).toContain('<html lang="ja">')
    expect(html).toContain('ページを開けませんでした')
    expect(html).toContain('電波のある場所でこのページを開き直す')
    expect(html).toContain('href="/faq/invalid-key?x=&quot;&lt;b&gt;&quot;"')
    expect(fallbackPage(workerTextFor('ja'), 'ja', "/faq/x?q='a'")).toContain('href="/faq/x?q=&#39;a&#39;"')
    expect(html).not.toMatch(/<script|<link|<style|src=/)
  })
})
