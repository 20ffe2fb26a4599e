import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { APP_PLACEHOLDER, escapeHtml, fillTemplate, routeKey } from './pageTemplate'

const template = `<html><head><title>x</title><meta name="description" content=""></head><body>${APP_PLACEHOLDER}</body></html>`

describe('escapeHtml', () => {
  it('escapes & < > " and \', ampersand first, and leaves everything else as it is', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;')
    expect(escapeHtml('&lt;')).toBe('&amp;lt;')
    expect(escapeHtml('見出し $& \\ / = `')).toBe('見出し $&amp; \\ / = `')
  })
  it('leaves nothing that opens a tag or ends an attribute value, quoted either way, and loses nothing', () => {
    const unescape = (s: string): string => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, r: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[r] ?? r)
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", 'a', 'あ', ';', '#', '😀', 'amp', 'lt;') }), (s) => {
        const out = escapeHtml(s)
        expect(out).not.toMatch(/[<>"']/)
        expect(unescape(out)).toBe(s)
      }),
    )
  })
})

describe('fillTemplate', () => {
  it('puts title, description and the rendered app in place, marked for hydration', () => {
    const out = fillTemplate(template, { path: '/faq/a', html: '<h1>見出し</h1>', title: 'A "quoted" & <b>', description: "説明 $& $1 'x'" })
    expect(out).toBe(
      '<html><head><title>A &quot;quoted&quot; &amp; &lt;b&gt;</title><meta name="description" content="説明 $&amp; $1 &#39;x&#39;"></head>' +
        '<body><div id="app" data-prerendered="/faq/a"><h1>見出し</h1></div></body></html>',
    )
  })
  it("sets the page's language, and its direction when not left-to-right", () => {
    const page = { path: '/', html: '', title: 't', description: 'd' }
    expect(fillTemplate('<html lang="ja"><head></head></html>', { ...page, lang: 'en' })).toBe('<html lang="en"><head></head></html>')
    expect(fillTemplate('<html lang="ja"><head></head></html>', { ...page, lang: 'ar', dir: 'rtl' })).toBe('<html lang="ar" dir="rtl"><head></head></html>')
    expect(fillTemplate('<html lang="ja"><head></head></html>', page)).toBe('<html lang="ja"><head></head></html>')
  })
  it('names the same page in every language in the head, escaped', () => {
    const page = { path: '/faq/a', html: '', title: 't', description: 'd' }
    const out = fillTemplate('<html><head></head></html>', page, [['ja', '/faq/a'], ['en', '/en/faq/a"x']])
    expect(out).toBe('<html><head><link rel="alternate" hreflang="ja" href="/faq/a"><link rel="alternate" hreflang="en" href="/en/faq/a&quot;x">\n</head></html>')
    expect(fillTemplate('<html><head></head></html>', page, [])).toBe('<html><head></head></html>')
  })
  it('gives the empty shell without a page', () => {
    expect(fillTemplate(template, null)).toContain('<div id="app"></div>')
  })
})

describe('routeKey', () => {
  it.each([
    ['/', '/'],
    ['/index.html', '/'],
    ['/faq/invalid-key', '/faq/invalid-key'],
    ['/faq/invalid-key/', '/faq/invalid-key'],
    ['/faq/invalid-key.html', '/faq/invalid-key'],
    ['/step/password//', '/step/password'],
  ])('%s → %s', (input, key) => expect(routeKey(input)).toBe(key))
})
