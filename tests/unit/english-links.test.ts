// @vitest-environment happy-dom
/**
 * On an English page every internal link stays in English: each prerendered page under /en links only to
 * /en pages (the language switch aside, which links to the same page in Japanese), and its search form
 * submits to /en/search. The Japanese pages keep their links (tests/unit/english-content.test.ts checks
 * they are unchanged byte for byte).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { localePath, setLanguage } from '@/i18n'
import { prerenderPaths, render } from '@/entry-server'
import { useEnglish } from '../fixtures/english'

beforeAll(useEnglish)

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html')

/** The internal links of a page, apart from the language switch's. */
function internalLinks(doc: Document): string[] {
  return [...doc.querySelectorAll('a[href]')]
    .filter((a) => !a.closest('.language-switch') && !a.hasAttribute('data-external') && !a.getAttribute('href')!.startsWith('#'))
    .map((a) => a.getAttribute('href')!)
}

describe('localePath', () => {
  it('puts a path under the active language, and leaves it alone in Japanese', () => {
    setLanguage('en')
    expect(localePath('/faq/invalid-key#invalid-key')).toBe('/en/faq/invalid-key#invalid-key')
    expect(localePath('/')).toBe('/en')
    setLanguage('ja')
    expect(localePath('/faq/invalid-key')).toBe('/faq/invalid-key')
    expect(localePath('/inquiry', 'en')).toBe('/en/inquiry')
  })
})

describe('the links of every English page', () => {
  for (const path of prerenderPaths()) {
    const en = `/en${path === '/' ? '' : path}`
    it(`${en}: every internal link and the search form stay under /en`, async () => {
      const doc = parse((await render(en)).html)
      const links = internalLinks(doc)
      expect(links.length).toBeGreaterThan(0)
      expect(links.filter((href) => href !== '/en' && !href.startsWith('/en/') && !href.startsWith('/en?'))).toEqual([])
      expect(doc.querySelector('form[role="search"]')?.getAttribute('action')).toBe('/en/search')
      // The switch still offers the same page in Japanese.
      expect(doc.querySelector('.language-switch a')?.getAttribute('href')).toBe(path === '/404' ? '/404' : path)
    })
  }

  it('the Japanese pages link to Japanese pages', async () => {
    const doc = parse((await render('/faq/invalid-key')).html)
    const links = internalLinks(doc)
    expect(links.length).toBeGreaterThan(3)
    expect(links.filter((href) => href.startsWith('/en'))).toEqual([])
  })
})
