// @vitest-environment happy-dom
/**
 * Search on English pages: the English index (src/search/loadIndexEn.ts) over the English edition, results
 * in English and linked under /en; a Japanese page loads only the Japanese index; the header box that stays
 * on screen across a move to the same page in English searches again, in English.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import type { Router } from 'vue-router'
import { questions as enQuestions } from 'virtual:faq/en'
import { setLanguage } from '@/i18n'
import { questions } from '@/content/faq'
import { createRouter } from '@/router'
import SearchBox from '@/shell/SearchBox.vue'
import SearchView from '@/tools/search/SearchView.vue'
import { loadSearch, searchLanguage, setSearchLoader, type SearchLoader } from '@/composables/useSearch'
import { createSearch as createEnglishSearch } from '@/search/loadIndexEn'
import { createSearch as createJapaneseSearch } from '@/search/loadIndex'
import { useEnglish } from '../fixtures/english'

const LOAD_TIMEOUT = 10_000
const english = createEnglishSearch(enQuestions)
const japanese = createJapaneseSearch(questions('ja'))

let router: Router
const wrappers: VueWrapper[] = []
const asked: string[] = []
// The real indexes, recording which language each load was for.
const recording: SearchLoader = async (lang) => {
  asked.push(lang)
  return lang === 'en' ? english : japanese
}

async function mountAt(component: typeof SearchBox, path: string): Promise<VueWrapper> {
  router = createRouter(true)
  await router.push(path)
  await router.isReady()
  const w = mount(component, { attachTo: document.body, global: { plugins: [router] } })
  wrappers.push(w)
  return w
}
const until = (check: () => void): Promise<void> =>
  vi.waitFor(
    async () => {
      await flushPromises()
      check()
    },
    { timeout: LOAD_TIMEOUT, interval: 20 },
  )

/** The header box at `path`, with `query` typed and its results shown. */
async function boxWithResults(path: string, query: string): Promise<VueWrapper> {
  const w = await mountAt(SearchBox, path)
  const input = w.get<HTMLInputElement>('input[role="combobox"]')
  await input.trigger('focus')
  input.element.value = query
  await input.trigger('input')
  await until(() => expect(w.findAll('[role="option"]').length).toBeGreaterThan(0))
  return w
}

beforeAll(useEnglish)
beforeEach(() => {
  asked.length = 0
  setSearchLoader(recording)
})
afterEach(() => {
  while (wrappers.length) wrappers.pop()!.unmount()
  setSearchLoader()
  setLanguage('ja')
})

describe('the search of each language', () => {
  it('loads the English index for English, from its own module, and the Japanese one otherwise', async () => {
    setSearchLoader()
    expect(searchLanguage('en')).toBe('en')
    expect(searchLanguage('ja')).toBe('ja')
    const q = 'verfication code expired'
    const en = await loadSearch('en')
    expect(en.search(q, 5).map((r) => r.id)).toEqual(english.search(q, 5).map((r) => r.id))
    expect(en.search(q, 5)[0]?.title).toBe(enQuestions.find((x) => x.id === en.search(q, 5)[0]?.id)?.title)
    const ja = await loadSearch('ja')
    expect(ja).not.toBe(en)
    expect(ja.search('無効なキー', 1)[0]?.title).toBe(questions('ja').find((x) => x.id === 'invalid-key')?.title)
  })

  it('/en/search: English results, each linked under /en', async () => {
    const q = '無効なキー'
    const w = await mountAt(SearchView, `/en/search?q=${encodeURIComponent(q)}`)
    await until(() => expect(w.findAll('.results a').length).toBeGreaterThan(0))
    expect(asked).toEqual(['en'])
    const links = w.findAll('.results a')
    const expected = english.search(q, 20)
    expect(links.map((a) => a.find('strong').text())).toEqual(expected.map((r) => r.title))
    expect(links.map((a) => a.attributes('href'))).toEqual(expected.map((r) => `/en/faq/${r.id}${r.anchor ? `#${r.anchor}` : ''}`))
  })

  it('the header box on an English page opens an English result under /en', async () => {
    const w = await boxWithResults('/en', 'pasword')
    expect(w.get('[role="option"]').text()).toContain(english.search('pasword', 6)[0]!.title)
    await w.get('[role="option"]').trigger('click')
    await until(() => expect(router.currentRoute.value.path).toMatch(/^\/en\/faq\//))
    expect(asked).toEqual(['en'])
  })

  it('a Japanese page never loads the English index; a move to English searches again, in English', async () => {
    const w = await boxWithResults('/faq/invalid-key', '無効なキー')
    expect(asked).toEqual(['ja'])
    const jaTitle = w.get('[role="option"]').text()
    await router.push('/en/faq/invalid-key')
    await until(() => expect(w.findAll('[role="option"]')[0]?.text()).toContain(english.search('無効なキー', 6)[0]!.title))
    expect(asked).toEqual(['ja', 'en'])
    expect(w.get('[role="option"]').text()).not.toBe(jaTitle)
  })
})
