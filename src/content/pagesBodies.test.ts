// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { ANSWER_ID_ATTR, ANSWER_SELECTOR } from './bodies'
import { extractBodies, pagesJsonBodies } from './pagesBodies'
import type { OfflinePages } from '@/lib/pageTemplate'
import { defaultLanguage } from '@/locales'

/** A prerendered question page's app HTML, as QuestionView renders it. */
const page = (id: string, body: string) => ({
  html: `<main><h1>${id}</h1><div class="answer" data-question="${id}"><p>${body}</p></div></main>`,
  title: id,
  description: '',
})

const pages: OfflinePages['pages'] = {
  '/': { html: '<main>home</main>', title: 'home', description: '' },
  '/faq/a': page('a', '答えA'),
  '/faq/b': page('b', '答え<strong>B</strong>'),
  // garbled: no answer element, an answer for another question, a non-string html
  '/faq/c': { html: '<main><p>途中で切れたページ', title: 'c', description: '' },
  '/faq/d': page('x', '別の質問'),
  '/faq/e': { html: 42 as unknown as string, title: 'e', description: '' },
}

const respond = (body: unknown, status = 200) => () => Promise.resolve(new Response(JSON.stringify(body), { status }))

describe('pages.json body source', () => {
  it('uses the one answer selector the page markup carries', () => {
    expect(ANSWER_SELECTOR).toBe('.answer[data-question]')
  })

  it('extracts each question body from its prerendered page', () => {
    const out = extractBodies(pages, ['a', 'b'], new DOMParser())
    expect(out).toEqual({ a: '<p>答えA</p>', b: '<p>答え<strong>B</strong></p>' })
  })

  it('skips questions whose page is missing or garbled', () => {
    const out = extractBodies(pages, ['a', 'c', 'd', 'e', 'missing', 'constructor'], new DOMParser())
    expect(Object.keys(out)).toEqual(['a'])
    expect(extractBodies(null, ['a'], new DOMParser())).toEqual({})
    expect(extractBodies('pages', ['a'], new DOMParser())).toEqual({})
  })

  it('loads /pages.json and returns the bodies', async () => {
    let asked = 0
    const source = pagesJsonBodies(['a', 'b', 'c'], () => {
      asked++
      return respond({ template: '', pages })()
    })
    expect(await source.loadAll(defaultLanguage)).toEqual({ a: '<p>答えA</p>', b: '<p>答え<strong>B</strong></p>' })
    expect(asked).toBe(1)
  })

  it('fetches the offline pages file the page names in its prefetch link, and says so when it names none', async () => {
    const asked: string[] = []
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url)
      return new Response(JSON.stringify({ template: '', pages }), { status: 200 })
    })
    try {
      document.head.innerHTML = '<link rel="prefetch" href="/assets/pages-abc.json" data-pages>'
      expect(await pagesJsonBodies(['a']).loadAll(defaultLanguage)).toEqual({ a: '<p>答えA</p>' })
      expect(asked).toEqual(['/assets/pages-abc.json'])
      // Another language's file is named by that language's home page.
      const home = '<html><head><link rel="prefetch" href="/assets/pages.en-xyz.json" data-pages></head></html>'
      vi.stubGlobal('fetch', async (url: string) => {
        asked.push(url)
        if (url === '/en') return new Response(home, { status: 200 })
        return new Response(JSON.stringify({ template: '', pages: { '/en/faq/a': { html: `<div ${ANSWER_ID_ATTR}="a" class="answer"><p>Answer A</p></div>` } } }), { status: 200 })
      })
      expect(await pagesJsonBodies(['a']).loadAll('en')).toEqual({ a: '<p>Answer A</p>' })
      expect(asked.slice(1)).toEqual(['/en', '/assets/pages.en-xyz.json'])
      document.head.innerHTML = ''
      vi.stubGlobal('fetch', async (url: string) => {
        asked.push(url)
        return new Response('<html><head></head></html>', { status: 200 })
      })
      await expect(pagesJsonBodies(['a']).loadAll('xx')).rejects.toThrow(/names no offline pages file/)
    } finally {
      vi.unstubAllGlobals()
      document.head.innerHTML = ''
    }
  })

  it('returns no bodies from a file without pages', async () => {
    expect(await pagesJsonBodies(['a'], respond({ template: '' })).loadAll(defaultLanguage)).toEqual({})
    expect(await pagesJsonBodies(['a'], respond(null)).loadAll(defaultLanguage)).toEqual({})
  })

  it('rejects a response that is not OK', async () => {
    await expect(pagesJsonBodies(['a'], respond({ template: '', pages }, 404)).loadAll(defaultLanguage)).rejects.toThrow('pages.json: 404')
    await expect(pagesJsonBodies(['a'], respond({ template: '', pages }, 503)).loadAll(defaultLanguage)).rejects.toThrow('pages.json: 503')
  })

  it("takes another language's bodies from its pages, under /<lang>", async () => {
    const both: OfflinePages['pages'] = { ...pages, '/en/faq/a': page('a', 'Answer A'), '/en/faq/b': page('b', 'Answer <em>B</em>') }
    expect(extractBodies(both, ['a', 'b'], new DOMParser(), 'en')).toEqual({ a: '<p>Answer A</p>', b: '<p>Answer <em>B</em></p>' })
    expect(extractBodies(both, ['a', 'b'], new DOMParser())).toEqual({ a: '<p>答えA</p>', b: '<p>答え<strong>B</strong></p>' })
    // No page in that language yet (the file of a build without them): no bodies, rather than another language's.
    expect(extractBodies(pages, ['a', 'b'], new DOMParser(), 'en')).toEqual({})
    const asked: string[] = []
    const source = pagesJsonBodies(['a'], (lang) => {
      asked.push(lang)
      return respond({ template: '', pages: both })()
    })
    expect(await source.loadAll('en')).toEqual({ a: '<p>Answer A</p>' })
    expect(asked).toEqual(['en'])
  })

  it('rejects a body that is not JSON and a failed request', async () => {
    const notJson = () => Promise.resolve(new Response('<html>offline</html>', { status: 200 }))
    await expect(pagesJsonBodies(['a'], notJson).loadAll(defaultLanguage)).rejects.toThrow()
    await expect(pagesJsonBodies(['a'], () => Promise.reject(new TypeError('Failed to fetch'))).loadAll(defaultLanguage)).rejects.toThrow('Failed to fetch')
  })
})
